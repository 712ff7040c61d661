import WorkbookBasics
import WorkbookReference

/// Section 4: a wide network on 100 digits, its training and validation curves, and early
/// stopping on them.
let overfittingSection = WalkthroughSection("A network that overfits, and early stopping") { page in
  let task = try OverfittingTask.load()
  let shape = "\(task.trainX.columns)-\(OverfittingTask.width)-\(task.trainY.columns)"
  page.paragraph(
    """
    Now a network. A \(shape) ReLU network has \(task.network().parameterCount) parameters; \
    give it only \(task.trainX.rows) training digits, train it with Adam \
    (η = \(formatNumber(OverfittingTask.rate, decimals: 3))) for \(OverfittingTask.epochs) epochs, \
    and measure the \(task.validationX.rows) validation digits after every epoch. That is the \
    notes' training loop with its validation pass, as the library's train runs it:
    """)
  page.line("    for epoch in 1...\(OverfittingTask.epochs):")
  page.line("        for each batch of \(OverfittingTask.batchSize) training digits:")
  page.line("            predict, loss, backpropagate, one Adam step")
  page.line("        predict the \(task.validationX.rows) validation digits (no update)")
  page.line("        record the validation loss and accuracy")
  page.line()
  var network = task.network()
  // A rule that never stops keeps the network of the lowest validation loss.
  var tracker = EarlyStopping(patience: OverfittingTask.epochs + 1)
  let history = try task.train(&network) { tracker.decide($0) }
  page.line("training loss, epochs 1 to \(OverfittingTask.epochs):")
  page.plot(
    LinePlot(
      history.trainingLoss, height: 6, logarithmic: true, xLabel: "epoch", xRange: (1, Double(OverfittingTask.epochs))))
  page.line("validation loss, the same epochs:")
  page.plot(LinePlot(history.validationLoss, height: 6, xLabel: "epoch", xRange: (1, Double(OverfittingTask.epochs))))
  let best = history.validationLoss.indices.min { history.validationLoss[$0] < history.validationLoss[$1] } ?? 0
  let last = history.validationLoss.count - 1
  let trainingAccuracy = network.classificationAccuracy(features: task.trainX, targets: task.trainY)
  let lowestTraining = history.trainingLoss.indices.min { history.trainingLoss[$0] < history.trainingLoss[$1] } ?? 0
  let atBest = tracker.bestNetwork ?? network
  let (bestSplit, lastSplit) = (LossSplit(atBest, task), LossSplit(network, task))
  page.paragraph(
    """
    The training loss falls from \(formatNumber(history.trainingLoss[0])) to its lowest, \
    \(formatNumber(history.trainingLoss[lowestTraining])), after epoch \(lowestTraining + 1), and \
    ends at \(formatNumber(history.trainingLoss[last])); the network ends classifying \
    \(formatNumber(trainingAccuracy * 100, decimals: 1))% of its training digits right. The \
    validation loss is lowest after epoch \(best + 1) (\(formatNumber(history.validationLoss[best]))) \
    and ends higher, at \(formatNumber(history.validationLoss[last])) after epoch \(last + 1): the \
    curves part.
    """)
  page.paragraph(
    """
    The validation accuracy does not fall with it: \(formatPercent(bestSplit.accuracy)) after \
    epoch \(best + 1), \(formatPercent(lastSplit.accuracy)) after epoch \(last + 1). The loss \
    measures confidence as well as choices. On the validation digits the network gets right, \
    the mean loss goes from \(formatNumber(bestSplit.rightLoss)) to \
    \(formatNumber(lastSplit.rightLoss)); on those it gets wrong, from \
    \(formatNumber(bestSplit.wrongLoss)) to \(formatNumber(lastSplit.wrongLoss)). On the digits \
    it gets right it grows surer; on those it gets wrong it gives the true class less and less \
    probability, and those digits are what lift the validation loss here.
    """)
  page.check(
    "the validation loss is lowest before the last epoch and ends at least 10% above its lowest",
    holds: best < last && history.validationLoss[last] > 1.1 * history.validationLoss[best],
    detail: "lowest \(formatNumber(history.validationLoss[best])) after epoch \(best + 1), "
      + "last \(formatNumber(history.validationLoss[last]))")
  page.check(
    "after the lowest validation loss, the loss on misclassified digits grows by over 20%, on the rest it falls",
    holds: lastSplit.wrongLoss > 1.2 * bestSplit.wrongLoss && lastSplit.rightLoss < bestSplit.rightLoss,
    detail: "wrong \(formatNumber(bestSplit.wrongLoss)) → \(formatNumber(lastSplit.wrongLoss)), right "
      + "\(formatNumber(bestSplit.rightLoss)) → \(formatNumber(lastSplit.rightLoss))")
  page.line()
  page.errata(
    """
    Note 004 defines overfitting as the training cost falling while the cost on the test \
    set rises. The curve to watch is the validation cost, as the caption of the notes' own \
    figure says: a test set watched during training is no longer a test set (section 1).
    """)
  page.errata(
    """
    Note 002's training loop indents its validation pass outside the epoch loop, so it would \
    run once, after all the training. Its step 7 prints the epoch number with the validation \
    loss: the pass belongs inside the loop, once per epoch, as above.
    """)
  // Early stopping on the same run, with two patiences.
  let lastTest = network.classificationAccuracy(features: task.testX, targets: task.testY)
  var rows = [[String]]()
  var keptLosses = [(kept: Double, lowest: Double)]()
  for patience in [5, 20] {
    var stopper = EarlyStopping(patience: patience)
    var stopped = task.network()
    let stoppedHistory = try task.train(&stopped) { stopper.decide($0) }
    let kept = stopper.bestNetwork ?? stopped
    keptLosses.append(
      (
        kept.loss.loss(predicted: kept.predict(task.validationX), expected: task.validationY),
        stoppedHistory.validationLoss.min() ?? .nan
      ))
    rows.append([
      "\(patience)", "\(stoppedHistory.trainingLoss.count)", "\(stopper.bestEpoch)",
      formatNumber(stopper.bestLoss),
      formatNumber(kept.classificationAccuracy(features: task.testX, targets: task.testY) * 100, decimals: 1),
    ])
  }
  rows.append([
    "none", "\(OverfittingTask.epochs)", "\(OverfittingTask.epochs)", formatNumber(history.validationLoss[last]),
    formatNumber(lastTest * 100, decimals: 1),
  ])
  page.paragraph(
    """
    Note 002 names early stopping without a rule; the usual one watches the validation loss, \
    stops once it has not improved for a number of epochs (the patience), and keeps the \
    network of its best epoch. The same run with two patiences, each kept network scored \
    once on the \(task.testX.rows) test digits:
    """)
  page.table(
    TextTable(headers: ["patience", "stopped after", "kept epoch", "its val. loss", "test %"], rows: rows))
  page.line()
  page.paragraph(
    """
    The validation loss is noisy from epoch to epoch, so a short patience can stop at an early \
    dip: compare the kept epochs with the lowest point of the full run, epoch \(best + 1). The \
    patience is itself a setting to choose on validation data. The test column is there to \
    report, not to choose by: picking the patience with the best test score would make the \
    test set a validation set.
    """)
  page.check(
    "each kept network is the one with the lowest validation loss its run saw",
    holds: keptLosses.allSatisfy { abs($0.kept - $0.lowest) < 1e-12 },
    detail: keptLosses.map { formatNumber($0.kept) }.joined(separator: " and "))
}

/// A network's validation accuracy, and its mean loss on the digits it classifies right and
/// on those it gets wrong.
private struct LossSplit {
  let accuracy: Double
  let rightLoss: Double
  let wrongLoss: Double

  init(_ network: Sequential, _ task: OverfittingTask) {
    let predicted = argmaxPerRow(network.predict(task.validationX))
    let right = zip(predicted, argmaxPerRow(task.validationY)).map { $0 == $1 }
    let meanLoss = { (rows: [Int]) in
      network.loss.loss(
        predicted: network.predict(task.validationX.rows(at: rows)), expected: task.validationY.rows(at: rows))
    }
    accuracy = Double(right.filter { $0 }.count) / Double(right.count)
    rightLoss = meanLoss(right.indices.filter { right[$0] })
    wrongLoss = meanLoss(right.indices.filter { !right[$0] })
  }
}
