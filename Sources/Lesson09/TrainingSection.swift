import WorkbookBasics
import WorkbookReference

/// Section 3: the full recipe, trained with a validation pass each epoch and early stopping.
let trainingSection = WalkthroughSection("Training, with validation and early stopping") { page in
  let run = try TrainedCapstone.shared()
  let model = run.model
  let history = run.history
  let epochs = history.trainingLoss.count
  let stepsPerEpoch = (run.data.trainX.rows + model.batchSize - 1) / model.batchSize
  page.paragraph("The recipe, every choice from an earlier lesson:")
  page.table(
    TextTable(
      headers: ["choice", "here", "lesson"],
      rows: [
        ["weights", "He normal (last layer × \(formatNumber(model.lastLayerScale, decimals: 1)))", "5"],
        ["normalisation", "batch norm before each hidden ReLU", "6"],
        ["regularisation", "dropout p = \(formatNumber(model.dropout, decimals: 1)) after each hidden ReLU", "8"],
        ["optimizer", "AdamW, decoupled decay λ = \(formatNumber(model.weightDecay, decimals: 2))", "7, 8"],
        [
          "schedule", "one-cycle, peak η = \(formatNumber(model.peakRate, decimals: 3)) over \(model.epochs) epochs",
          "7",
        ],
        ["batches", "\(model.batchSize) digits, reshuffled every epoch (\(stepsPerEpoch) steps)", "1"],
        ["stopping", "patience \(model.patience) on the validation loss; keep the best", "8"],
      ]))
  page.line()
  page.paragraph(
    """
    Each epoch runs the mini-batches, then one validation pass with the network in inference \
    mode (batch norm on its running statistics, dropout off), as the library's train does:
    """)
  page.code([
    "for epoch in 1...\(model.epochs):",
    "    for each batch of \(model.batchSize) training digits (a new order each epoch):",
    "        forward (training mode), loss, backward",
    "        η ← one-cycle(step);  AdamW step on every parameter",
    "    forward the \(run.data.validationX.rows) validation digits (inference mode): loss, accuracy",
    "    a new lowest validation loss? keep this network",
    "    \(model.patience) epochs without one? stop",
  ])
  page.paragraph(
    """
    On a terminal a progress bar shows the epochs as they run; it is drawn on standard error \
    and erased, so the printed walkthrough is the same with or without one.
    """)
  page.timing("training: \(formatDuration(run.seconds)) for \(epochs) epochs")
  page.line()
  let range = (1.0, Double(epochs))
  page.line("training loss (the mean of each epoch's batch losses):")
  page.plot(LinePlot(history.trainingLoss, height: 6, logarithmic: true, xLabel: "epoch", xRange: range))
  page.line("validation loss, after each epoch:")
  page.plot(LinePlot(history.validationLoss, height: 6, logarithmic: true, xLabel: "epoch", xRange: range))
  page.paragraph(
    """
    Every fifth epoch, with the training loss measured two ways: during the epoch (the mean of \
    its batch losses, with dropout on and the weights changing), and after it in inference \
    mode, as the validation loss is:
    """)
  page.table(
    TextTable(
      headers: ["epoch", "train loss, during", "after", "validation loss", "train %", "validation %"],
      rows: Array(1...epochs).filter { $0 == 1 || $0 % 5 == 0 || $0 == run.bestEpoch || $0 == epochs }.map { epoch in
        [
          epoch == run.bestEpoch ? "\(epoch) (best)" : "\(epoch)", formatNumber(history.trainingLoss[epoch - 1]),
          formatNumber(run.trainingLossAfter[epoch - 1]), formatNumber(history.validationLoss[epoch - 1]),
          formatNumber(run.trainingAccuracy[epoch - 1] * 100, decimals: 1),
          formatNumber(history.validationAccuracy[epoch - 1] * 100, decimals: 1),
        ]
      }))
  page.line()
  let lowest = history.validationLoss.indices.min { history.validationLoss[$0] < history.validationLoss[$1] } ?? 0
  let bestAccuracy = run.best.classificationAccuracy(features: run.data.validationX, targets: run.data.validationY)
  let schedule = OneCycleRate(maximumRate: model.peakRate, steps: model.totalSteps(rows: run.data.trainX.rows))
  let stoppedEarly = epochs < model.epochs
  page.paragraph(
    """
    The validation loss is lowest after epoch \(run.bestEpoch) \
    (\(formatNumber(history.validationLoss[lowest]))). \
    \(stoppedEarly
      ? "\(model.patience) epochs without a lower one stop the run after epoch \(epochs), before the schedule's end."
      : "The run goes the schedule's full \(epochs) epochs: the patience of \(model.patience) never runs out.") \
    The network kept is epoch \(run.bestEpoch)'s, with \(formatPercent(bestAccuracy, decimals: 1)) of the \
    validation digits right. Epoch \(run.bestEpoch) ends at step \(run.bestEpoch * stepsPerEpoch) of the schedule's \
    \(schedule.steps), after the peak at step \(schedule.peakStep), where η has come down to \
    \(formatScientific(schedule.rate(atStep: run.bestEpoch * stepsPerEpoch - 1))) from \
    \(formatNumber(model.peakRate, decimals: 3)): early stopping keeps a network from part-way \
    through the one-cycle's cool-down, not from its end.
    """)
  page.check(
    "the network kept is the one of the lowest validation loss",
    holds: lowest + 1 == run.bestEpoch
      && abs(
        run.best.loss.loss(predicted: run.best.predict(run.data.validationX), expected: run.data.validationY)
          - history.validationLoss[lowest]) < 1e-12,
    detail: "epoch \(run.bestEpoch), validation loss \(formatNumber(history.validationLoss[lowest]))")
}
