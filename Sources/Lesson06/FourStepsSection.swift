import WorkbookBasics
import WorkbookReference

/// Section 1: the notes' four steps on a 4 × 3 batch, each intermediate printed.
let fourStepsSection = WalkthroughSection("The four steps on one small batch") { page in
  let X = try SmallBatch.load()
  let m = X.rows
  page.paragraph(
    """
    A layer's inputs can sit on wildly different scales, and during training those scales \
    drift as the layers below learn. Batch normalisation standardises every feature over \
    the current mini-batch, then lets the network pick the scale it wants. Take a batch of \
    m = \(m) Boston suburbs and three features (\(SmallBatch.featureNames.joined(separator: ", ")): \
    rooms, age in %, tax rate):
    """)
  page.matrix("X", X)
  page.line()
  let epsilon = 1e-5
  let mean = X.mean(axis: 0)
  let centred = X - mean
  let variance = (centred * centred).mean(axis: 0)
  let deviation = variance.map { ($0 + epsilon).squareRoot() }
  let normalised = centred / deviation
  let output = SmallBatch.gamma * normalised + SmallBatch.beta
  page.paragraph("Step 1, the mean of each feature over the batch, μ_B = (1/m)·Σ x:")
  page.line("  μ_B  = \(formatTuple(mean))")
  page.line()
  page.paragraph(
    """
    Step 2, the variance of each feature over the batch, σ²_B = (1/m)·Σ (x − μ_B)². It \
    divides by m, not m − 1: this is the batch's own spread, not an estimate of a population's.
    """)
  page.line("  σ²_B = \(formatTuple(variance))")
  page.line()
  page.paragraph(
    """
    Step 3, standardise: x̂ = (x − μ_B)/√(σ²_B + ε), with ε = \(formatNumber(epsilon)) so that \
    a feature that is constant in the batch does not divide by zero:
    """)
  page.matrix("x̂", normalised)
  page.line()
  let normalisedMeans = normalised.mean(axis: 0)
  let normalisedVariances = (normalised * normalised).mean(axis: 0)
  let expectedVariances = variance.map { $0 / ($0 + epsilon) }
  page.check(
    "every column of x̂ has mean 0 and variance σ²_B/(σ²_B + ε), just under 1",
    holds: normalisedMeans.values.allSatisfy { abs($0) < 1e-12 }
      && relativeError(normalisedVariances, expectedVariances) < 1e-12,
    detail: "means \(fixedTuple(normalisedMeans)), variances \(fixedTuple(normalisedVariances, decimals: 6))")
  page.line()
  page.paragraph(
    """
    RM varies little within the batch (σ²_B = \(formatNumber(variance[0, 0]))), so ε shows: its \
    x̂ has variance \(formatFixed(normalisedVariances[0, 0], decimals: 6)) rather than 1.
    """)
  page.paragraph(
    """
    Step 4, scale and shift by the learned γ and β, z = γ ⊗ x̂ + β, entry by entry in each \
    column. With γ = \(formatTuple(SmallBatch.gamma, decimals: 1)) and \
    β = \(formatTuple(SmallBatch.beta, decimals: 1)):
    """)
  page.matrix("z", output)
  page.line()
  var layer = BatchNorm(features: X.columns, epsilon: epsilon)
  layer.parameters = [SmallBatch.gamma, SmallBatch.beta]
  let fromLayer = layer.forward(X, training: true)
  page.check(
    "the library's BatchNorm layer gives the same z", holds: relativeError(fromLayer, output) < 1e-14,
    detail: "largest relative difference \(formatNumber(relativeError(fromLayer, output), decimals: 1))")
  page.line()
  page.paragraph(
    """
    γ and β are learned like weights. With γ = √(σ²_B + ε) and β = μ_B the layer would give \
    back its input unchanged, so normalising never takes away what the network could \
    express; it changes how easy it is to learn. Every column of z now has mean β and \
    standard deviation |γ|, whatever the scale of the feature: here \
    \(fixedTuple(output.mean(axis: 0))) and \
    \(fixedTuple((((output - output.mean(axis: 0)) * (output - output.mean(axis: 0))).mean(axis: 0)).map { $0.squareRoot() })).
    """)
  var generator = SeededGenerator(seed: 606)
  let W = Matrix.randomNormal(rows: X.columns, columns: 2, using: &generator)
  func throughBatchNorm(bias: Matrix) -> Matrix {
    var dense = Dense(weights: W, bias: bias)
    var norm = BatchNorm(features: 2, epsilon: epsilon)
    return norm.forward(dense.forward(X, training: true), training: true)
  }
  let withoutBias = throughBatchNorm(bias: .zeros(rows: 1, columns: 2))
  let withBias = throughBatchNorm(bias: Matrix(row: [5, -3]))
  page.paragraph(
    """
    One consequence: a dense layer's bias placed before batch norm does nothing, since step 1 \
    subtracts every column's mean, bias included. β takes over its role, which is why such \
    dense layers are usually built without one (bias=False in PyTorch, use_bias=False in \
    Keras). Checked on a small dense layer in front:
    """)
  page.check(
    "a dense bias of (5, −3) before batch norm leaves z unchanged",
    holds: relativeError(withBias, withoutBias) < 1e-9,
    detail: "largest relative difference \(formatNumber(relativeError(withBias, withoutBias), decimals: 1))")
}
