import WorkbookBasics
import WorkbookReference

/// Section 3: the backward pass, step by step, then in one line, gradient-checked.
let backwardSection = WalkthroughSection("The backward pass") { page in
  let X = try SmallBatch.load()
  let (gamma, beta) = (SmallBatch.gamma, SmallBatch.beta)
  let epsilon = 1e-5
  let m = Double(X.rows)
  var generator = SeededGenerator(seed: 63)
  let dZ = Matrix.randomNormal(rows: X.rows, columns: X.columns, using: &generator)
  page.paragraph(
    """
    To train γ and β, and the layers below, we need dL/dγ, dL/dβ and dL/dx from dL/dz. \
    The new part is that μ_B and σ²_B are computed from every row, so each x reaches the \
    loss along three paths: directly through x̂, through μ_B and through σ²_B (lesson 5's \
    paths add up). On section 1's batch, with a random dL/dz (seeded) standing for what \
    the layers above send down:
    """)
  page.matrix("dz", dZ)
  page.line()
  let mean = X.mean(axis: 0)
  let centred = X - mean
  let variance = (centred * centred).mean(axis: 0)
  let deviation = variance.map { ($0 + epsilon).squareRoot() }
  let xHat = centred / deviation
  let dBeta = dZ.sum(axis: 0)
  let dGamma = (dZ * xHat).sum(axis: 0)
  let dXHat = dZ * gamma
  let dVariance = (dXHat * centred).sum(axis: 0) * deviation.map { -0.5 / ($0 * $0 * $0) }
  let dMean = -1 * (dXHat / deviation).sum(axis: 0) + dVariance * (-2 / m) * centred.sum(axis: 0)
  let dX = dXHat / deviation + dVariance * (2 / m) * centred + dMean / m
  let steps: [(String, String, Matrix)] = [
    ("dβ", "Σ dz", dBeta),
    ("dγ", "Σ dz ⊙ x̂", dGamma),
    ("dσ²", "Σ dx̂ ⊙ (x − μ) · (−½)(σ² + ε)^(−3/2)", dVariance),
    ("dμ", "−Σ dx̂ / √(σ² + ε) + dσ² · (−2/m) Σ (x − μ)", dMean),
  ]
  page.paragraph("Step by step, with dx̂ = dz ⊙ γ (sums over the batch, one value per feature):")
  for (name, formula, value) in steps {
    page.line("  \(name.padding(toLength: 4, withPad: " ", startingAt: 0)) = \(formula)")
    page.line("         = \(formatTuple(value))")
  }
  page.line()
  page.paragraph("and the three paths into each x added up:")
  page.line("  dx = dx̂ / √(σ² + ε)  +  dσ² · 2(x − μ)/m  +  dμ / m")
  page.matrix("dx", dX)
  page.line()
  page.paragraph(
    """
    The term Σ (x − μ) in dμ is always 0, and substituting the rest gives the compact form \
    the library and exercise 6.4 use:
    """)
  page.line("  dx = (1 / (m·√(σ² + ε))) ⊙ (m·dx̂ − Σ dx̂ − x̂ ⊙ Σ (dx̂ ⊙ x̂))")
  page.line()
  var layer = BatchNorm(features: X.columns, epsilon: epsilon)
  layer.parameters = [gamma, beta]
  _ = layer.forward(X, training: true)
  let compact = layer.backward(dZ)
  page.check(
    "the compact form (the library's backward) equals the step-by-step one",
    holds: relativeError(compact, dX) < 1e-10,
    detail: "relative difference \(formatNumber(relativeError(compact, dX), decimals: 1))")
  page.line()
  func loss(_ input: Matrix, _ parameters: [Matrix]) -> Double {
    var probe = BatchNorm(features: input.columns, epsilon: epsilon)
    probe.parameters = parameters
    return (probe.forward(input, training: true) * dZ).sum()
  }
  let numeric = [
    numericGradient(of: { loss($0, [gamma, beta]) }, at: X),
    numericGradient(of: { loss(X, [$0, beta]) }, at: gamma),
    numericGradient(of: { loss(X, [gamma, $0]) }, at: beta),
  ]
  let analytic = [compact] + layer.parameterGradients
  let names = ["dx", "dγ", "dβ"]
  page.paragraph("Against centred differences of L = Σ z ⊙ dz (whose gradient at z is dz):")
  page.table(
    TextTable(
      headers: ["gradient", "relative error"],
      rows: names.indices.map { [names[$0], formatNumber(relativeError(analytic[$0], numeric[$0]), decimals: 1)] }))
  page.line()
  let worst = names.indices.map { relativeError(analytic[$0], numeric[$0]) }.max() ?? .nan
  page.check(
    "all three gradients match centred differences", holds: worst < 1e-6,
    detail: "largest relative error \(formatNumber(worst, decimals: 1))")
  page.line()
  let columnSums = compact.sum(axis: 0)
  let alongXHat = (compact * xHat).sum(axis: 0)
  page.paragraph(
    """
    Every column of dx sums to zero: Σ dx = \(fixedTuple(columnSums)). Adding a constant to \
    a feature shifts μ_B by the same constant and leaves x̂ unchanged, so the loss cannot \
    change in that direction and the gradient has no part along it: the layers below \
    receive a centred gradient whatever their scale. Stretching a feature would leave x̂ \
    unchanged too if ε were 0; with ε, Σ dx ⊙ x̂ = \(formatTuple(alongXHat, decimals: 1)) is \
    small but not zero, largest for RM, whose variance is closest to ε.
    """)
  page.check(
    "Σ dx vanishes in every column", holds: columnSums.values.allSatisfy { abs($0) < 1e-12 * (compact.norm() + 1) },
    detail: "largest \(formatNumber(columnSums.values.map(abs).max() ?? .nan, decimals: 1))")
}
