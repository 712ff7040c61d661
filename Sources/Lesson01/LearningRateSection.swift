import WorkbookBasics

/// Section 6: learning rates that crawl, converge, and diverge, with the threshold derived.
let learningRateSection = WalkthroughSection("The learning rate: too small, about right, too large") { page in
  let curvature = OneParameterProblem.slope(2) - OneParameterProblem.slope(1)  // J is a parabola: slope = c·(θ − 1)
  let threshold = 2 / curvature
  page.paragraph(
    """
    For this bowl the slope is a straight line, dJ/dθ = c·(θ − 1) with c = (1/m)·Σx² = \
    \(formatNumber(curvature)). One step multiplies the distance to the minimum by (1 − α·c). \
    When |1−α·c| < 1 the distance shrinks; past α = 2/c = \(formatNumber(threshold)) it grows \
    every step and θ flies off. Tiny α is safe but slow.
    """)
  let rates = [0.01, 0.1, 1 / curvature, 0.4, 0.5]
  let steps = [1, 2, 5, 20]
  var rows = [[String]]()
  for rate in rates {
    let path = OneParameterProblem.descend(from: 4, learningRate: rate, steps: steps.last ?? 0)
    let factor = abs(1 - rate * curvature)
    let verdict: String
    switch rate * curvature {
    case ..<0.2: verdict = "crawls"
    case ..<(1 - 1e-12): verdict = "converges"
    case ..<(1 + 1e-12): verdict = "exact in 1"
    case ..<2: verdict = "zig-zags in"
    default: verdict = "diverges"
    }
    rows.append([formatNumber(rate)] + steps.map { formatFixed(path[$0]) } + [formatFixed(factor), verdict])
  }
  page.table(TextTable(headers: ["α"] + steps.map { "θ after \($0)" } + ["|1 − αc|", "behaviour"], rows: rows))
  page.line()
  let (large, small, count) = (rates[rates.count - 1], rates[0], steps[steps.count - 1])
  let diverging = OneParameterProblem.descend(from: 4, learningRate: large, steps: count)
  let crawling = OneParameterProblem.descend(from: 4, learningRate: small, steps: count)
  page.check(
    "α = \(formatNumber(large, decimals: 1)) is past 2/c and diverges",
    holds: large > threshold && abs(diverging[count] - 1) > abs(diverging[0] - 1),
    detail: "|θ − 1| grew from \(formatNumber(abs(diverging[0] - 1))) to \(formatNumber(abs(diverging[count] - 1)))")
  page.check(
    "α = \(formatNumber(small, decimals: 2)) is safe but slow",
    holds: abs(crawling[count] - 1) < abs(crawling[0] - 1) && abs(crawling[count] - 1) > 1,
    detail: "after \(count) steps θ = \(formatNumber(crawling[count])), still far from 1")
  page.line()
}
