import WorkbookBasics
import WorkbookReference

/// Section 7: gradient descent on raw vs standardised features of the diabetes data.
let featureScalingSection = WalkthroughSection("Feature scaling: the same data, raw and standardised") { page in
  let diabetes = try BundledDataset.diabetes.load()
  let raw = diabetes.features
  let scaled = Standardizer(fittedTo: raw).transform(raw)
  let Y = diabetes.targets
  page.paragraph(
    """
    The diabetes data set has \(diabetes.count) patients and \(raw.columns) features on very \
    different scales: sex is coded 1 or 2, while total cholesterol s1 runs in the hundreds. \
    Gradient descent takes steps in proportion to the gradient, and each weight's gradient \
    grows with the size of its feature, so one learning rate cannot suit every weight: it must \
    be small enough for the largest feature, and then the others barely move.
    """)
  let deviations = Standardizer(fittedTo: raw).standardDeviations
  let firstRaw = LinearModel.zeros(features: raw.columns).gradients(features: raw, targets: Y).weights
  let firstScaled = LinearModel.zeros(features: raw.columns).gradients(features: scaled, targets: Y).weights
  page.table(
    TextTable(
      headers: ["feature", "std", "dL/dw at w = 0, raw", "… standardised"],
      rows: diabetes.featureNames.indices.map { j in
        [
          diabetes.featureNames[j], formatNumber(deviations[0, j]), formatNumber(firstRaw[j, 0]),
          formatNumber(firstScaled[j, 0]),
        ]
      }))
  page.line()
  let (budget, tolerance) = (5000, 0.001)
  page.paragraph(
    """
    Standardising, (x − mean) / std per feature, puts every feature on the same scale. To \
    compare fairly, give each run the same recipe for its learning rate: η = 1/λ, where λ is the \
    largest curvature of its loss (the top eigenvalue of (2/m)·AᵀA with A = [1 | X]; descent \
    diverges past 2/λ). Then count full-batch steps until the loss is within \(formatNumber(100 * tolerance, decimals: 1)) % of the best \
    possible, which the normal equation gives directly.
    """)
  var rows = [[String]]()
  var stepsTaken = [Int?]()
  for (name, X) in [("raw", raw), ("standardised", scaled)] {
    let A = designMatrix(X)
    let curvature = largestEigenvalue(ofSymmetric: 2 / Double(X.rows) * A.transposed().matmul(A))
    let best = try fitByNormalEquation(features: X, targets: Y)
    let bestLoss = meanSquaredError(predicted: best.predict(X), expected: Y)
    let run = try MiniBatchGradientDescent(learningRate: 1 / curvature, batchSize: X.rows).train(
      LinearModel.zeros(features: X.columns), features: X, targets: Y, epochs: budget,
      order: { _ in Array(0..<X.rows) }, stopWhen: { $0 <= bestLoss * (1 + tolerance) })
    let finalLoss = run.stepLosses.last ?? .nan
    let converged = finalLoss <= bestLoss * (1 + tolerance)
    stepsTaken.append(converged ? run.stepLosses.count - 1 : nil)
    rows.append([
      name, formatNumber(curvature), formatNumber(1 / curvature), formatNumber(bestLoss),
      converged ? "\(run.stepLosses.count - 1)" : "> \(budget)", formatNumber(finalLoss),
    ])
  }
  page.table(
    TextTable(
      headers: [
        "features", "curvature λ", "η = 1/λ", "best MSE",
        "steps needed", "final MSE",
      ], rows: rows))
  page.line()
  page.check(
    "standardising makes gradient descent converge where raw features stall",
    holds: stepsTaken[0] == nil && stepsTaken[1] != nil,
    detail: "raw: not within \(budget) steps; standardised: \(stepsTaken[1].map(String.init) ?? "—") steps")
  let rawFit = try fitByNormalEquation(features: raw, targets: Y)
  let scaledFit = try fitByNormalEquation(features: scaled, targets: Y)
  let difference = relativeError(rawFit.predict(raw), scaledFit.predict(scaled))
  page.check(
    "the normal equation needs no scaling: both give the same predictions",
    holds: difference < 1e-9, detail: "largest relative difference \(formatNumber(difference))")
  page.line()
}
