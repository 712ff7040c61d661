import WorkbookBasics
import WorkbookReference

/// Section 2: the mean squared error of the batch, term by term.
let meanSquaredErrorSection = WalkthroughSection("How wrong? The mean squared error") { page in
  page.paragraph(
    """
    To improve the predictions we first need one number that says how bad they are: the loss. \
    For regression the usual choice is the mean squared error: square each miss, so that \
    misses in either direction count and large ones count a lot, then average over the batch.
    \
    L = (1/m) · Σ (yᵢ − pᵢ)²
    """)
  let model = LinearModel(weights: WorkedBatch.W, bias: WorkedBatch.b)
  let P = model.predict(WorkedBatch.X)
  let Y = WorkedBatch.Y
  let residuals = Y - P
  let squares = residuals * residuals
  page.table(
    TextTable(
      headers: ["i", "yᵢ", "pᵢ", "yᵢ − pᵢ", "(yᵢ − pᵢ)²"],
      rows: (0..<Y.rows).map { i in
        [
          "\(i + 1)", formatNumber(Y[i, 0]), formatNumber(P[i, 0]), formatNumber(residuals[i, 0]),
          formatNumber(squares[i, 0]),
        ]
      }))
  page.line()
  let byHand = squares.sum() / Double(Y.rows)
  let loss = meanSquaredError(predicted: P, expected: Y)
  page.line(
    "  L = (\(squares.values.map { formatNumber($0) }.joined(separator: " + "))) / \(Y.rows) = \(formatNumber(byHand))")
  page.check(
    "the library's meanSquaredError agrees", holds: relativeError(byHand, loss) < 1e-15,
    detail: "MSE = \(formatNumber(loss))")
  page.line()
  page.errata(
    """
    Note 002's slide on linear regression as a one-layer network writes its loss as \
    Σ(ŷᵢ − yᵢ)² and calls it the mean squared error. That is the sum of squared errors \
    (\(formatNumber(squares.sum())) here); the mean divides it by m, giving \(formatNumber(byHand)).
    """)
}
