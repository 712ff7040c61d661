import WorkbookBasics
import WorkbookReference

/// Section 11: the notes' real-data run on Boston housing, RMSE, and feature importance.
let bostonSection = WalkthroughSection("Real data: Boston house prices") { page in
  if let caveat = BundledDataset.boston.caveat { page.note(caveat) }
  let (train, test) = try BundledDataset.bostonAsInTheBook()
  page.paragraph(
    """
    \(train.count + test.count) towns, \(train.featureNames.count) features, target \
    \(train.targetName) (median home value in $1000s). As in the book the notes follow, every \
    feature is standardised over all rows and the book's fixed split holds out \(test.count) \
    rows for testing, leaving \(train.count) for training. (Fitting the scaler on all rows lets \
    the test rows shape it; a cleaner experiment fits it on the training rows only.)
    """)
  page.paragraph(
    """
    Why hold rows out at all? A model is meant for towns it has not seen, and its error on \
    its own training rows flatters it: a flexible enough model can fit those rows, noise \
    included, and still predict new ones badly (overfitting), while a too simple one misses \
    on both (underfitting). The test rows play the part of new data, so they must not be \
    used to fit anything. A later lesson, on generalisation, measures both effects.
    """)
  // The figures the notes print (note 000), quoted for comparison.
  let (notesMeanOfTest, notesRMSE, notesRatio) = (22.0776, 5.0508, 0.2291)
  let meanTest = test.targets.mean()
  page.value("mean of y_test", meanTest, note: "notes: \(formatNumber(notesMeanOfTest))")
  page.check(
    "the book's split gives the notes' mean of y_test", holds: abs(meanTest - notesMeanOfTest) < 5e-5,
    detail: formatNumber(meanTest))
  page.line()
  let (batchSize, bookRate, epochs) = (23, 0.001, 63)
  let rate = bookRate * Double(batchSize)
  page.paragraph(
    """
    Train by mini-batch gradient descent: batches of \(batchSize) rows, a fresh shuffle every \
    epoch, random starting weights, \(epochs) epochs (about as many updates as the book's 1000). The \
    book's learning rate \
    is \(formatNumber(bookRate, decimals: 3)), but its gradient is the sum-of-squares one \
    (section 3), \(batchSize) times ours for a batch of \(batchSize), so the same steps need \
    η = \(formatNumber(rate, decimals: 3)) here.
    """)
  var generator = SeededGenerator(seed: 180_708)
  let start = LinearModel(
    weights: .randomNormal(rows: train.featureNames.count, columns: 1, using: &generator),
    bias: .randomNormal(rows: 1, columns: 1, using: &generator))
  let orders = (0..<epochs).map { _ in generator.permutation(train.count) }
  let run = try MiniBatchGradientDescent(learningRate: rate, batchSize: batchSize).train(
    start, features: train.features, targets: train.targets, epochs: epochs, order: { orders[$0] })
  page.line("  Mean batch loss per epoch (\(run.stepLosses.count) updates in \(epochs) epochs):")
  page.plot(LinePlot(run.epochMeanLosses, width: 50, height: 8, logarithmic: true, xLabel: "epoch"))
  page.line()
  let descentRMSE = rootMeanSquaredError(predicted: run.model.predict(test.features), expected: test.targets)
  let exact = try fitByNormalEquation(features: train.features, targets: train.targets)
  let exactRMSE = rootMeanSquaredError(predicted: exact.predict(test.features), expected: test.targets)
  page.table(
    TextTable(
      headers: ["model", "test RMSE", "RMSE / mean(y_test)"],
      rows: [
        ["mini-batch gradient descent", formatNumber(descentRMSE), formatNumber(descentRMSE / meanTest)],
        ["least squares (normal equation)", formatNumber(exactRMSE), formatNumber(exactRMSE / meanTest)],
        ["the notes", formatNumber(notesRMSE), formatNumber(notesRatio)],
      ]))
  page.line()
  let exactPredictions = exact.predict(test.features)
  let meanAbsoluteError = (exactPredictions - test.targets).map(abs).mean()
  let baseline = Matrix(rows: test.count, columns: 1, repeating: train.targets.mean())
  let baselineRMSE = rootMeanSquaredError(predicted: baseline, expected: test.targets)
  let residualSquares = ((test.targets - exactPredictions) * (test.targets - exactPredictions)).sum()
  let totalSquares = ((test.targets - meanTest) * (test.targets - meanTest)).sum()
  let rSquared = 1 - residualSquares / totalSquares
  page.paragraph(
    """
    RMSE is in the target's units, thousands of dollars, but it is not the typical miss: \
    squaring weights the large misses, so it sits above the mean absolute error. To judge it, \
    compare a model that ignores the features and always predicts the training mean, and R², \
    the share of the test targets' variance the model explains:
    """)
  page.value("least squares: mean absolute error", meanAbsoluteError)
  page.value("baseline (always the training mean): test RMSE", baselineRMSE)
  page.value("least squares: R² on the test rows", rSquared)
  page.check(
    "the linear model beats the baseline and RMSE exceeds the typical miss",
    holds: exactRMSE < baselineRMSE && meanAbsoluteError < exactRMSE,
    detail:
      "RMSE \(formatNumber(exactRMSE)) vs baseline \(formatNumber(baselineRMSE)); MAE \(formatNumber(meanAbsoluteError))"
  )
  let (changedRow, oldCRIM) = (445, 0.6718)
  let correctedCRIM = try BundledDataset.boston.load().features[changedRow, 0]
  let (oldTrain, oldTest) = try BundledDataset.bostonAsInTheBook { $0.features[changedRow, 0] = oldCRIM }
  let oldFit = try fitByNormalEquation(features: oldTrain.features, targets: oldTrain.targets)
  let oldRMSE = rootMeanSquaredError(predicted: oldFit.predict(oldTest.features), expected: oldTest.targets)
  page.note(
    """
    The notes' RMSE \(formatNumber(notesRMSE)) cannot be reproduced exactly from this data, for two reasons. It \
    comes from the book's own stochastic run (its random start and shuffles), not from the \
    least-squares optimum, which is \(formatNumber(exactRMSE)). And the book used an old copy \
    of the data in which row \(changedRow) has CRIM = \(formatNumber(oldCRIM)) instead of the original \
    \(formatNumber(correctedCRIM)) (fixed in \
    scikit-learn 0.20). With that old value least squares gives \(formatNumber(oldRMSE)); the \
    book's run gave \(formatNumber(notesRMSE)). Our own descent run gave \(formatNumber(descentRMSE)): any \
    well-trained linear model lands near 5.0, while the mean of y_test, \(formatNumber(meanTest)), matches \
    exactly.
    """)
  page.check(
    "least squares on the old data reproduces the published check",
    holds: abs(oldRMSE - 5.0482) < 5e-5 && abs(exactRMSE - 5.0476) < 5e-5,
    detail: "\(formatNumber(oldRMSE)) (old row 445) vs \(formatNumber(exactRMSE)) (corrected)")
  page.line()
  page.paragraph(
    """
    Because every feature was standardised, the size of a weight says how much the prediction \
    moves per standard deviation of that feature: a rough measure of importance. (Correlated \
    features share credit, so read it as a hint, not a verdict.)
    """)
  let weights = exact.weights.values
  let ranked = weights.indices.sorted { abs(weights[$0]) > abs(weights[$1]) }
  let largest = abs(weights[ranked[0]])
  page.table(
    TextTable(
      headers: ["feature", "weight", "|weight|"],
      rows: ranked.map { j in
        [
          train.featureNames[j], formatNumber(weights[j]),
          String(repeating: "█", count: Int((abs(weights[j]) / largest * 30).rounded())),
        ]
      }))
  page.line()
  page.paragraph(
    """
    LSTAT (the share of lower-status residents) carries the largest weight, as in the book. \
    Note also where B ranks: a model that uses a variable built on a racist assumption learns to \
    rely on it. That is the reason to question a data set before fitting it.
    """)
  page.check(
    "LSTAT is the most important feature", holds: train.featureNames[ranked[0]] == "LSTAT",
    detail: "\(train.featureNames[ranked[0]]) has |w| = \(formatNumber(largest))")
  page.line()
}
