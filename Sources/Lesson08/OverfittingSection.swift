import WorkbookBasics
import WorkbookReference

/// Section 4: a wide network on 100 digits, its training and validation curves, and early
/// stopping on them.
let overfittingSection = WalkthroughSection("A network that overfits, and early stopping") { page in
  let task = try OverfittingTask.load()
  page.paragraph(
    """
    Now a network. A 64-256-10 ReLU network has \(task.network().parameterCount) parameters; \
    give it only \(task.trainX.rows) training digits, train it with Adam \
    (η = \(formatNumber(OverfittingTask.rate, decimals: 3))) for \(OverfittingTask.epochs) epochs, \
    and measure the \(task.validationX.rows) validation digits after every epoch, as the notes' \
    training loop does:
    """)
  var network = task.network()
  let history = try task.train(&network)
  page.line("training loss, epochs 1 to \(OverfittingTask.epochs):")
  page.plot(
    LinePlot(
      history.trainingLoss, height: 6, logarithmic: true, xLabel: "epoch", xRange: (1, Double(OverfittingTask.epochs))))
  page.line("validation loss, the same epochs:")
  page.plot(LinePlot(history.validationLoss, height: 6, xLabel: "epoch", xRange: (1, Double(OverfittingTask.epochs))))
  let best = history.validationLoss.indices.min { history.validationLoss[$0] < history.validationLoss[$1] } ?? 0
  let last = history.validationLoss.count - 1
  let trainingAccuracy = OverfittingTask.accuracy(network, task.trainX, task.trainY)
  let lowestTraining = history.trainingLoss.indices.min { history.trainingLoss[$0] < history.trainingLoss[$1] } ?? 0
  page.paragraph(
    """
    The training loss falls from \(formatNumber(history.trainingLoss[0])) to its lowest, \
    \(formatNumber(history.trainingLoss[lowestTraining])), after epoch \(lowestTraining + 1), and \
    ends at \(formatNumber(history.trainingLoss[last])); the network ends classifying \
    \(formatNumber(trainingAccuracy * 100, decimals: 1))% of its training digits right. The \
    validation loss is lowest after epoch \(best + 1) (\(formatNumber(history.validationLoss[best]))) \
    and ends higher, at \(formatNumber(history.validationLoss[last])) after epoch \(last + 1): the curves part, and the \
    gap between them is what the network has learnt about its \(task.trainX.rows) digits that \
    does not hold for others.
    """)
  page.check(
    "the validation loss is lowest before the last epoch and ends at least 10% above its lowest",
    holds: best < last && history.validationLoss[last] > 1.1 * history.validationLoss[best],
    detail: "lowest \(formatNumber(history.validationLoss[best])) after epoch \(best + 1), "
      + "last \(formatNumber(history.validationLoss[last]))")
  page.line()
  page.errata(
    """
    Note 004 defines overfitting as the training cost falling while the cost on the test \
    set rises. The curve to watch is the validation cost, as the caption of the notes' own \
    figure says: a test set watched during training is no longer a test set (section 1).
    """)
  // Early stopping on the same run, with two patiences.
  let lastTest = OverfittingTask.accuracy(network, task.testX, task.testY)
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
      formatNumber(OverfittingTask.accuracy(kept, task.testX, task.testY) * 100, decimals: 1),
    ])
  }
  rows.append([
    "none", "\(OverfittingTask.epochs)", "\(OverfittingTask.epochs)", formatNumber(history.validationLoss[last]),
    formatNumber(lastTest * 100, decimals: 1),
  ])
  page.paragraph(
    """
    Early stopping (note 002) watches the validation loss, stops once it has not improved for \
    a number of epochs (the patience), and keeps the network of its best epoch. The same run \
    with two patiences, each kept network scored once on the \(task.testX.rows) test digits:
    """)
  page.table(
    TextTable(headers: ["patience", "stopped after", "kept epoch", "its val. loss", "test %"], rows: rows))
  page.line()
  page.paragraph(
    """
    The validation loss is noisy from epoch to epoch, so a short patience can stop at an early \
    dip: compare the kept epochs with the lowest point of the full run, epoch \(best + 1). The \
    patience is itself a setting to choose on validation data.
    """)
  page.check(
    "each kept network is the one with the lowest validation loss its run saw",
    holds: keptLosses.allSatisfy { abs($0.kept - $0.lowest) < 1e-12 },
    detail: keptLosses.map { formatNumber($0.kept) }.joined(separator: " and "))
}
