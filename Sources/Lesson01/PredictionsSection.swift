import WorkbookBasics
import WorkbookReference

/// Section 1: what regression is, and the predictions of a batch, without and with a bias.
let predictionsSection = WalkthroughSection("A batch of predictions: N = X·W, then P = X·W + b") { page in
  page.paragraph(
    """
    Supervised learning starts from examples whose answers we know. With structured data each \
    example is a row of numbers (its features) and a target. When the target is a quantity, a \
    price or a temperature, the task is regression; when it is a category, it is classification.
    """)
  page.paragraph(
    """
    Linear regression guesses each target as a weighted sum of the features plus a constant \
    baseline. Throughout the workbook a batch X holds one observation per row: m rows, n \
    features, so X is m × n; the weights W are n × 1 and each prediction is the dot product of \
    a row of X with W. For all m rows at once, that is one matrix product.
    """)
  let (X, W, b) = (WorkedBatch.X, WorkedBatch.W, WorkedBatch.b)
  page.matrix("X (3 observations, 3 features)", X)
  page.matrix("W", W)
  let N = X.matmul(W)
  page.line("  N = X·W, one row at a time:")
  for row in 0..<X.rows {
    page.line("    N\(subscripted(row + 1)) = \(writtenOut(X.row(row), times: W)) = \(formatNumber(N[row, 0]))")
  }
  page.line()
  page.paragraph(
    """
    A line through the origin is rarely right, so the model adds an intercept b, the same \
    number for every observation. Adding a 1 × 1 matrix to a 3 × 1 one adds it to each row.
    """)
  let P = LinearModel(weights: W, bias: b).predict(X)
  page.matrix("b", b)
  page.matrix("P = X·W + b", P)
  let shift = P - N
  page.check(
    "the bias moves every prediction by the same amount",
    holds: shift.max() - shift.min() < 1e-12 && abs(shift[0, 0] - b[0, 0]) < 1e-12,
    detail: "P − N = \(formatNumber(shift[0, 0])) on every row")
  page.line()
}
