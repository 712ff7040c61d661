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
    \(formatNumber(fitted.standardDeviations[0, 0], decimals: 0)). At w = 0 the largest raw \
    gradient is \(formatNumber(spread, decimals: 0)) times the smallest:
    """)
  let firstScaled = LinearModel.zeros(features: raw.columns).gradients(features: fitted.transform(raw), targets: Y)
    .weights
  page.table(
    TextTable(
      headers: ["feature", "mean", "std", "dL/dw at w = 0, raw", "… standardised"],
      rows: diabetes.featureNames.indices.map { j in
        [
          diabetes.featureNames[j], formatNumber(fitted.means[0, j]), formatNumber(fitted.standardDeviations[0, j]),
          formatNumber(firstRaw[j, 0]), formatNumber(firstScaled[j, 0]),
        ]
      }))
  page.line()
  page.paragraph(
    """
    The sizes of the gradients are a symptom; the cause is the shape of the loss. The MSE of \
    a linear model is a bowl whose curvature along each of its main directions is an \
    eigenvalue of H = (2/m)·AᵀA, with A = [1 | X]. One learning rate serves every direction, \
    and it must stay below 2/λ_max or the steepest direction diverges. With η = 1/λ_max the \
    flattest direction then covers only λ_min/λ_max of its remaining distance per step, so \
    the number of steps grows with the condition number κ = λ_max/λ_min. Two things stretch \
    the bowl, and standardising, (x − mean)/std, has one step for each:
    """)
  page.bullets([
    """
    A feature far from 0: raising its weight by δ and lowering the bias by mean·δ changes \
    the predictions only by δ·(x − mean), small when the spread is small next to the mean, \
    so the bowl has a long, nearly flat valley. Centring (x − mean) removes it.
    """,
    """
    Features of different sizes: the curvature along a weight is twice its feature's mean \
    square, (2/m)·Σx². Scaling (÷ std) evens them out.
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
/// correlation matrix, which only correlated features (here s1 and s2) make large.
private func explainTheRemainingCondition(
  of standardised: Matrix, names: [String], κ: Double, on page: inout Page
) throws {
  let correlations = 1 / Double(standardised.rows) * standardised.transposed().matmul(standardised)
  var pair = (0, 1)
  for i in 0..<correlations.rows {
    for j in (i + 1)..<correlations.columns where abs(correlations[i, j]) > abs(correlations[pair.0, pair.1]) {
      pair = (i, j)
    }
  }
  let correlationCondition = conditionNumber(ofSymmetric: correlations)
  page.paragraph(
    """
    The κ that standardising leaves comes from correlated features. Once the features are \
    centred, the bias is a direction of its own, and the rest of H is twice the features' \
    correlation matrix; the most correlated pair is \(names[pair.0]) and \(names[pair.1]), \
    at \(formatNumber(correlations[pair.0, pair.1], decimals: 2)). Their weights trade off \
    against each other the way an uncentred weight traded off against the bias. No rescaling \
    of single columns removes that; rotating the features (PCA whitening) would.
    """)
  page.check(
    "the standardised κ is the condition number of the correlation matrix",
    holds: abs(κ / correlationCondition - 1) < 1e-9,
    detail: "κ \(formatNumber(κ)), correlation matrix \(formatNumber(correlationCondition))")
}
