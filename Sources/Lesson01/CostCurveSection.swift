import WorkbookBasics

/// Section 5: the notes' cost table J(θ) and gradient descent walking down it.
let costCurveSection = WalkthroughSection("A cost curve: J(θ) for X = Y = (1, 2, 3)") { page in
  page.paragraph(
    """
    The notes shrink the problem to one parameter so the whole loss fits on a page: three \
    points on the line y = x, the model h(x) = θ·x without a bias, and the cost \
    J(θ) = 1/(2m)·Σ(θx − y)². The 1/2 only tidies the derivative; J is half our MSE.
    """)
  let notes: [(theta: Double, printed: String)] = [(-1, "9.33"), (0, "2.33"), (1, "0"), (2, "2.33"), (3, "9.33")]
  let x = OneParameterProblem.x
  var rows = [[String]]()
  var allMatch = true
  for (theta, printed) in notes {
    let cost = OneParameterProblem.cost(theta)
    let predictions = (theta * x).values.map { formatNumber($0, decimals: 0) }.joined(separator: ", ")
    rows.append([formatNumber(theta, decimals: 0), "(\(predictions))", formatNumber(cost), printed])
    allMatch = allMatch && abs(cost - (Double(printed) ?? .nan)) < 0.005
  }
  page.table(TextTable(headers: ["θ", "h(x) = θx", "J(θ)", "notes"], rows: rows))
  page.line()
  page.check("the notes' table, to their two decimals", holds: allMatch, detail: "J(θ) = (θ − 1)²·14/6 for this data")
  page.line()
  let grid = stride(from: -1.0, through: 3.0, by: 0.05).map { OneParameterProblem.cost($0) }
  page.line("  J(θ) for θ from −1 to 3: a bowl with its floor at θ = 1.")
  page.plot(LinePlot(grid, width: 50, height: 8, xLabel: "θ", xRange: (-1, 3)))
  page.line()
  page.paragraph(
    """
    The slope dJ/dθ tells gradient descent which way is down: negative left of the minimum \
    (increase θ), zero at it, positive right of it (decrease θ).
    """)
  for theta in [0.0, 1, 2] {
    page.value("dJ/dθ at θ = \(formatNumber(theta, decimals: 0))", OneParameterProblem.slope(theta))
  }
  page.line()
  let (start, rate) = (4.0, 0.1)
  page.text(
    "Gradient descent from θ = \(formatNumber(start, decimals: 0)) with α = \(formatNumber(rate, decimals: 1)) "
      + "(θ ← θ − α·dJ/dθ; the notes write the learning rate as α here, and as λ on other slides; it is "
      + "the same η as in section 4):")
  let path = OneParameterProblem.descend(from: start, learningRate: rate, steps: 8)
  page.table(
    TextTable(
      headers: ["step", "θ", "J(θ)", "dJ/dθ"],
      rows: path.enumerated().map { step, theta in
        [
          "\(step)", formatFixed(theta), formatFixed(OneParameterProblem.cost(theta)),
          formatFixed(OneParameterProblem.slope(theta)),
        ]
      }))
  page.line()
}
