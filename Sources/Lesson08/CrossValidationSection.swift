import WorkbookBasics
import WorkbookReference

/// Section 6: choosing the hidden width by stratified 5-fold cross-validation on the 100
/// training digits, then one final test score.
let crossValidationSection = WalkthroughSection("Choosing the width by cross-validation") { page in
  let task = try OverfittingTask.load()
  let folds = 5
  let widths = [4, 8, 16, 64, 256]
  let classes = argmaxPerRow(task.trainY)
  var generator = SeededGenerator(seed: 85)
  let splits = stratifiedKFoldSplits(classes: classes, folds: folds, using: &generator)
  page.paragraph(
    """
    Section 1 said k-fold cross-validation can choose a setting without a separate \
    validation set. Suppose the \(task.trainX.rows) training digits were all the labelled \
    data there is, apart from the test set. Stratified \(folds)-fold cross-validation cuts \
    them into \(folds) folds of \(splits[0].validation.count), each holding every digit within one \
    of its share, then for each candidate width trains a fresh network on the other \
    \(splits[0].training.count) digits and scores it on the held-out fold, \(folds) times. \
    Every run has section 4's settings (Adam, \(OverfittingTask.epochs) epochs):
    """)
  // Each fold's class counts against the whole set's, for the stratification check.
  let foldCounts = splits.map { fold in (0..<10).map { digit in fold.validation.filter { classes[$0] == digit }.count }
  }
  let wholeCounts = (0..<10).map { digit in classes.filter { $0 == digit }.count }
  let balanced = foldCounts.allSatisfy { counts in
    zip(counts, wholeCounts).allSatisfy { abs(Double($0) - Double($1) / Double(folds)) < 1 }
  }
  var summaries = [SampleSummary]()
  var foldScores = [[Double]]()
  var widestFoldRange = 0.0
  var trainingMeans = [Double]()
  var rows = [[String]]()
  for width in widths {
    var trainingScores = [Double]()
    let scores = try crossValidate(splits) { training, validation in
      var network = task.network(width: width)
      let (x, y) = (task.trainX.rows(at: training), task.trainY.rows(at: training))
      _ = try OverfittingTask.fit(&network, features: x, targets: y)
      trainingScores.append(network.classificationAccuracy(features: x, targets: y))
      return network.classificationAccuracy(
        features: task.trainX.rows(at: validation), targets: task.trainY.rows(at: validation))
    }
    let summary = SampleSummary(scores)
    foldScores.append(scores)
    trainingMeans.append(SampleSummary(trainingScores).mean)
    widestFoldRange = max(widestFoldRange, (scores.max() ?? 0) - (scores.min() ?? 0))
    summaries.append(summary)
    rows.append(
      ["\(width)"] + scores.map { formatNumber($0 * 100, decimals: 0) } + [
        formatNumber(summary.mean * 100, decimals: 1), formatNumber(summary.standardDeviation * 100, decimals: 1),
        formatNumber(summary.standardError * 100, decimals: 1),
        formatNumber((trainingMeans.last ?? 0) * 100, decimals: 1),
      ])
  }
  page.table(
    TextTable(
      headers: ["width"] + (1...folds).map { "fold \($0)" } + ["mean", "s.d.", "s.e.", "train"], rows: rows))
  page.line()
  page.check(
    "every fold holds each digit within one of its share of the \(task.trainX.rows)", holds: balanced,
    detail: "digit counts \(wholeCounts.map(String.init).joined(separator: " ")); fold 1 has "
      + foldCounts[0].map(String.init).joined(separator: " "))
  page.line()
  // The one-standard-error rule: the narrowest width within one standard error of the best mean.
  // Means equal in exact arithmetic can differ in their last bits, so ties are within 1e-12.
  let bestMean = summaries.map(\.mean).max() ?? 0
  let best = summaries.firstIndex { $0.mean > bestMean - 1e-12 } ?? 0
  let threshold = summaries[best].mean - summaries[best].standardError
  let chosen = summaries.firstIndex { $0.mean >= threshold } ?? best
  let tied = widths.indices.filter { summaries[$0].mean >= threshold }
  // The same folds score every width, so two widths are compared fold by fold.
  let differences = zip(foldScores[best], foldScores[0]).map { $0 - $1 }
  let paired = SampleSummary(differences)
  let pairedGap = paired.mean / paired.standardError
  let lowestTraining = trainingMeans.min() ?? 0
  page.paragraph(
    """
    Accuracies are in %. One fold is \(splits[0].validation.count) digits, so one digit more \
    or less right moves a fold's score by \(formatNumber(100 / Double(splits[0].validation.count), decimals: 0)) \
    points, and the folds of one width differ by up to \
    \(formatNumber(widestFoldRange * 100, decimals: 0)) points. The standard deviation (s.d.) \
    measures that spread, and s.e. = s.d./√\(folds) is the usual error bar on the mean. It \
    treats the \(folds) scores as independent, which they are not: any two folds' training \
    sets share \(task.trainX.rows - 2 * splits[0].validation.count) of their \
    \(splits[0].training.count) digits. It understates the uncertainty; the test score \
    below is one sign of it. The \
    train column is the mean accuracy on each fold's own \(splits[0].training.count) training \
    digits: every width fits them (at least \(formatNumber(lowestTraining * 100, decimals: 1))%), \
    so the widths differ in how they do on digits they have not seen.
    """)
  page.paragraph(
    """
    Every width is scored on the same folds, so compare two widths fold by fold. Width \
    \(widths[0]) scores below width \(widths[best]) on \(differences.filter { $0 > 0 }.count) of the \
    \(folds) folds, by \(formatNumber(paired.mean * 100, decimals: 1)) points on average, which is \
    \(formatNumber(pairedGap, decimals: 1)) standard errors of those differences: clearly worse. \
    Widths \(tied.map { "\(widths[$0])" }.joined(separator: ", ")) have means within one standard \
    error of the best, so these folds cannot rank them. The one-standard-error rule (Hastie, \
    Tibshirani and Friedman) takes the simplest setting within one standard error of the best \
    mean, \(formatNumber(summaries[best].mean * 100, decimals: 1)) − \
    \(formatNumber(summaries[best].standardError * 100, decimals: 1)) = \
    \(formatNumber(threshold * 100, decimals: 1)): width \(widths[chosen])\
    \(chosen == best ? ", which here also has the best mean" : "")\
    \(chosen > 0 ? "; width \(widths[chosen - 1]), at \(formatNumber(summaries[chosen - 1].mean * 100, decimals: 1))%, is below the threshold" : "").
    """)
  page.check(
    "width \(widths[0]) is below the best width by more than 2 standard errors, fold by fold",
    holds: pairedGap > 2,
    detail: "a mean difference of \(formatNumber(paired.mean * 100, decimals: 1)) points, "
      + "standard error \(formatNumber(paired.standardError * 100, decimals: 1))")
  page.line()
  // The choice made, train on all the training digits and score the test set once.
  var final = task.network(width: widths[chosen])
  _ = try OverfittingTask.fit(&final, features: task.trainX, targets: task.trainY)
  let testAccuracy = final.classificationAccuracy(features: task.testX, targets: task.testY)
  let chosenEstimate = summaries[chosen]
  let estimate = chosenEstimate.mean
  let sampleError = (estimate * (1 - estimate) / Double(task.trainX.rows)).squareRoot()
  let testError = (testAccuracy * (1 - testAccuracy) / Double(task.testX.rows)).squareRoot()
  let combinedError = (sampleError * sampleError + testError * testError).squareRoot()
  let gapInErrors = abs(testAccuracy - estimate) / chosenEstimate.standardError
  let gapInCombined = abs(testAccuracy - estimate) / combinedError
  page.paragraph(
    """
    With the width chosen, train it once more on all \(task.trainX.rows) training digits, \
    and only now score the \(task.testX.rows) test digits: \
    \(formatNumber(testAccuracy * 100, decimals: 1))%. That is the score to report. It lies \
    \(formatNumber(gapInErrors, decimals: 1)) of the folds' standard errors \
    \(testAccuracy < estimate ? "below" : "above") the cross-validated \
    \(formatNumber(estimate * 100, decimals: 1))% ± \
    \(formatNumber(chosenEstimate.standardError * 100, decimals: 1)): that error bar is too \
    narrow. All the folds come from one sample of \(task.trainX.rows) digits, and an accuracy \
    near \(formatNumber(estimate * 100, decimals: 0))% measured on \(task.trainX.rows) digits has \
    a standard error of √(p(1 − p)/\(task.trainX.rows)) = \
    \(formatNumber(sampleError * 100, decimals: 1)) points from the sample alone; the test \
    score on \(task.testX.rows) digits has its own \
    √(p(1 − p)/\(task.testX.rows)) = \(formatNumber(testError * 100, decimals: 1)). Together they \
    make √(\(formatNumber(sampleError * 100, decimals: 1))² + \
    \(formatNumber(testError * 100, decimals: 1))²) = \(formatNumber(combinedError * 100, decimals: 1)) \
    points, and the gap is \(formatNumber(gapInCombined, decimals: 1)) of those. The chosen \
    width's mean is also the best of \(widths.count) scored on the same folds, which makes it \
    optimistic. Cross-validation's own spread understates its uncertainty (Bengio and \
    Grandvalet, 2004). And the test score is no reason to go back and change the width: that \
    would make the test set a validation set.
    """)
  page.check(
    "the test score lies more than one fold standard error from the estimate, within 2.5 combined ones",
    holds: gapInErrors > 1 && gapInCombined < 2.5,
    detail: "test \(formatNumber(testAccuracy * 100, decimals: 1))%, cross-validated "
      + "\(formatNumber(estimate * 100, decimals: 1))%; \(formatNumber(gapInErrors, decimals: 1)) and "
      + "\(formatNumber(gapInCombined, decimals: 1)) standard errors")
}
