import WorkbookBasics
import WorkbookReference

/// Section 7: why raw features stall gradient descent (conditioning), and the two steps of
/// standardising, centring and scaling, measured one at a time on the diabetes data.
let featureScalingSection = WalkthroughSection("Feature scaling: the same data, raw and standardised") { page in
  let diabetes = try BundledDataset.diabetes.load()
  let raw = diabetes.features
  let fitted = Standardizer(fittedTo: raw)
  let Y = diabetes.targets
  let firstRaw = LinearModel.zeros(features: raw.columns).gradients(features: raw, targets: Y).weights
  let sizes = firstRaw.values.map(abs)
  let spread = (sizes.max() ?? 0) / (sizes.min() ?? 1)
  page.paragraph(
    """
    The diabetes data set has \(diabetes.count) patients and \(raw.columns) features on very \
    different scales: sex is coded 1 or 2, while total cholesterol s1 runs in the hundreds. \
    Most features also sit far from 0: the mean age is about \
    \(formatNumber(fitted.means[0, 0], decimals: 0)) years, with a spread of \
    \(formatNumber(fitted.standardDeviations[0, 0], decimals: 0)). At the start of training \
    (w = 0, b = 0) the largest raw gradient is \(formatNumber(spread, decimals: 0)) times the \
    smallest:
    """)
  let firstScaled = LinearModel.zeros(features: raw.columns).gradients(features: fitted.transform(raw), targets: Y)
    .weights
  page.table(
    TextTable(
      headers: ["feature", "mean", "std", "dL/dw (raw)", "dL/dw (standardised)"],
      rows: diabetes.featureNames.indices.map { j in
        [
          diabetes.featureNames[j], formatNumber(fitted.means[0, j]), formatNumber(fitted.standardDeviations[0, j]),
          formatNumber(firstRaw[j, 0]), formatNumber(firstScaled[j, 0]),
        ]
      }))
  page.line()
  let rising = diabetes.featureNames.indices.filter { firstScaled[$0, 0] > 0 }.map { diabetes.featureNames[$0] }
  if raw.values.allSatisfy({ $0 > 0 }) && Y.values.allSatisfy({ $0 > 0 }) {
    page.paragraph(
      """
      (Raw, every gradient is negative because every feature and every target is positive. \
      Standardised, a gradient's sign is the opposite of its feature's correlation with the \
      target: patients with higher \(rising.joined(separator: ", ")) tend to progress less.)
      """)
  }
  page.paragraph(
    """
    The sizes of the gradients are a symptom; the cause is the shape of the loss. In \
    section 6 one step multiplied the distance to the minimum by (1 − α·c), with c the \
    bowl's curvature. With many parameters the bowl curves differently in different \
    directions. Its main directions and their curvatures are the eigenvectors and \
    eigenvalues λ of H = (2/m)·AᵀA, the matrix of the MSE's second derivatives, where \
    A = [1 | X] is X with a column of ones for the bias (here λ is a curvature, not a \
    learning rate; section 6's c has no 2 because its J was half the MSE). Along each main \
    direction a step multiplies the distance by (1 − η·λ). One learning rate serves every \
    direction, so it must stay below 2/λ_max or the steepest direction diverges; with \
    η = 1/λ_max the flattest direction then covers only λ_min/λ_max of its remaining \
    distance per step. So the number of steps grows with the condition number \
    κ = λ_max/λ_min: only the ratio matters, because each version below sets its own η \
    from its own λ_max. Two things stretch the bowl, and standardising, (x − mean)/std, has \
    one step for each:
    """)
  page.bullets([
    """
    A feature far from 0: raising its weight by δ and lowering the bias by mean·δ changes \
    the predictions only by δ·(x − mean), small when the spread is small next to the mean. \
    The loss barely changes along that direction, so its curvature is tiny: a long, nearly \
    flat valley. Centring (x − mean) removes it.
    """,
    """
    Features of different spreads: once they are centred, the curvature along a weight is \
    twice its feature's variance. Scaling (÷ std) makes every one 2.
    """,
  ])
  let columns = raw.columns
  let noShift = Matrix.zeros(rows: 1, columns: columns)
  let noScale = Matrix.ones(rows: 1, columns: columns)
  let variants: [(name: String, features: Matrix)] = [
    ("raw", raw),
    ("centred only", Standardizer(means: fitted.means, standardDeviations: noScale).transform(raw)),
    ("scaled only", Standardizer(means: noShift, standardDeviations: fitted.standardDeviations).transform(raw)),
    ("both: standardised", fitted.transform(raw)),
  ]
  let (budget, tolerance) = (5000, 0.001)
  page.paragraph(
    """
    Below, each version of the features gets the same recipe, η = 1/λ_max, and full-batch \
    steps are counted until the loss is within \(formatNumber(100 * tolerance, decimals: 1)) % of \
    the best possible, which the normal equation gives directly (at most \(budget) steps).
    """)
  var rows = [[String]]()
  var conditions = [Double]()
  var stepsTaken = [Int?]()
  for (name, X) in variants {
    let A = designMatrix(X)
    let curvatures = symmetricEigenvalues(2 / Double(X.rows) * A.transposed().matmul(A))
    let (flattest, steepest) = (curvatures[0], curvatures[curvatures.count - 1])
    let best = try fitByNormalEquation(features: X, targets: Y)
    let bestLoss = meanSquaredError(predicted: best.predict(X), expected: Y)
    let run = try MiniBatchGradientDescent(learningRate: 1 / steepest, batchSize: X.rows).train(
      LinearModel.zeros(features: X.columns), features: X, targets: Y, epochs: budget,
      order: { _ in Array(0..<X.rows) }, stopWhen: { $0 <= bestLoss * (1 + tolerance) })
    let finalLoss = run.stepLosses.last ?? .nan
    let converged = finalLoss <= bestLoss * (1 + tolerance)
    conditions.append(steepest / flattest)
    stepsTaken.append(converged ? run.stepLosses.count - 1 : nil)
    rows.append([
      name, formatNumber(steepest), formatNumber(flattest), formatNumber(steepest / flattest),
      converged ? "\(run.stepLosses.count - 1)" : "> \(budget)", formatNumber(finalLoss),
    ])
  }
  page.table(
    TextTable(
      headers: ["features", "λ_max", "λ_min", "κ", "steps needed", "final MSE"], rows: rows))
  page.line()
  let bestSingleStep = min(conditions[1], conditions[2])
  page.check(
    "centring alone or scaling alone leaves κ large; only both together bring it down",
    holds: bestSingleStep > 100 * conditions[3] && conditions[0] > bestSingleStep,
    detail: """
      κ raw \(formatNumber(conditions[0])), centred only \(formatNumber(conditions[1])), \
      scaled only \(formatNumber(conditions[2])), both \(formatNumber(conditions[3]))
      """)
  page.check(
    "only the standardised features converge within \(budget) steps",
    holds: stepsTaken[0] == nil && stepsTaken[1] == nil && stepsTaken[2] == nil && stepsTaken[3] != nil,
    detail: "standardised: \(stepsTaken[3].map(String.init) ?? "—") steps; the others stop short")
  page.line()
  try explainTheRemainingCondition(of: fitted.transform(raw), names: diabetes.featureNames, κ: conditions[3], on: &page)
  let rawFit = try fitByNormalEquation(features: raw, targets: Y)
  let scaledFit = try fitByNormalEquation(features: fitted.transform(raw), targets: Y)
  let difference = relativeError(rawFit.predict(raw), scaledFit.predict(fitted.transform(raw)))
  page.check(
    "the normal equation needs no scaling: both give the same predictions",
    holds: difference < 1e-9, detail: "largest relative difference \(formatNumber(difference))")
  page.line()
}

/// What is left after standardising: κ equals the condition number of the features'
/// correlation matrix, which features that nearly repeat a mix of the others make large.
private func explainTheRemainingCondition(
  of standardised: Matrix, names: [String], κ: Double, on page: inout Page
) throws {
  let correlations = 1 / Double(standardised.rows) * standardised.transposed().matmul(standardised)
  let correlationCondition = conditionNumber(ofSymmetric: correlations)
  // How well each feature is predicted from the other nine (R² of a least-squares fit).
  let explained = try (0..<standardised.columns).map { j -> Double in
    let others = Matrix.hstack((0..<standardised.columns).filter { $0 != j }.map { standardised.column($0) })
    let target = standardised.column(j)
    let fit = try fitByNormalEquation(features: others, targets: target)
    let residual = meanSquaredError(predicted: fit.predict(others), expected: target)
    return 1 - residual / meanSquaredError(predicted: .zeros(rows: target.rows, columns: 1), expected: target)
  }
  let most = explained.indices.max { explained[$0] < explained[$1] } ?? 0
  page.paragraph(
    """
    The κ that standardising leaves comes from features that nearly repeat each other. Once \
    the features are standardised, the bias is a main direction of its own, with curvature \
    2, and the rest of H is twice the features' correlation matrix R. R's eigenvalues average \
    1, so the bias's 2 lies between 2·λ_min(R) and 2·λ_max(R), and κ is exactly R's \
    condition number. Fitted from the other \(standardised.columns - 1) features, \(names[most]) is predicted with \
    R² = \(formatNumber(explained[most], decimals: 3)): it is almost a mix of them, so its weight \
    and theirs can trade off, moving together along a direction where the loss barely \
    changes, the way an uncentred weight traded off against the bias. No rescaling of single \
    columns removes that; rotating the features onto R's main directions and scaling each \
    (PCA whitening) would.
    """)
  page.check(
    "the standardised κ is the condition number of the correlation matrix",
    holds: abs(κ / correlationCondition - 1) < 1e-9,
    detail: "κ \(formatNumber(κ)), correlation matrix \(formatNumber(correlationCondition))")
}
