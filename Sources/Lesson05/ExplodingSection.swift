import WorkbookBasics
import WorkbookReference

/// The learning rates section 7 tries.
let explodingLearningRates = [0.001, 0.01, 0.03, 0.1, 0.3]
/// Epochs per run in sections 7 and 8.
let bostonEpochs = 20
/// Rows per batch in sections 7 and 8.
let bostonBatchSize = 32

/// Section 7: exploding gradients in practice: the loss becomes ∞ or NaN, caught and reported.
let explodingSection = WalkthroughSection("Exploding: when the loss becomes ∞ or NaN") { page in
  let boston = try BostonData.load()
  page.paragraph(
    """
    The notes' symptoms of exploding gradients: values out of range, infinities, and great \
    sensitivity to the learning rate. The network below has a single hidden layer, so what \
    blows up here is not a product over many layers: it is a step too large for the loss's \
    curvature (step-size instability), as the smaller rates in the table below show. \
    Train a small network (\(boston.features.columns) → \(BostonData.hiddenUnits) ReLU → 1, He \
    initialisation) on the Boston prices for \(bostonEpochs) epochs at several learning rates. \
    The training loop checks every output, loss and gradient and stops at the first one that is \
    not a finite number, saying where, instead of printing nan for the remaining epochs:
    """)
  var rows = [[String]]()
  var failures = [String]()
  for learningRate in explodingLearningRates {
    var network = boston.network()
    do {
      let losses = try network.train(
        features: boston.features, targets: boston.targets, epochs: bostonEpochs, batchSize: bostonBatchSize,
        learningRate: learningRate, order: boston.order)
      rows.append([
        formatNumber(learningRate), formatNumber(losses[0]), formatNumber(losses[bostonEpochs - 1]), "trained",
      ])
    } catch let error as TrainingError {
      rows.append([formatNumber(learningRate), "·", "·", failedAt(error)])
      failures.append("η = \(formatNumber(learningRate)): \(error)")
    }
  }
  page.table(
    TextTable(headers: ["η", "loss, epoch 1", "loss, epoch \(bostonEpochs)", "outcome"], rows: rows))
  page.line()
  if let first = failures.first { page.paragraph("What the loop reports for \(first)") }
  page.check(
    "the smaller rates train and the largest diverges", holds: !failures.isEmpty && failures.count < rows.count,
    detail: "\(failures.count) of \(rows.count) runs diverged")
  page.line()
  page.paragraph(
    """
    Between "too slow" and "blows up" there is only a narrow band. What happens at the edge: \
    one large gradient makes a large step, the next prediction is further off, so the next \
    gradient is larger still, and within a few steps the numbers overflow to ∞; then ∞ − ∞ \
    gives NaN, and NaN spreads to every weight it touches. Once a weight is NaN training \
    cannot recover, which is why the loop stops at once and names the step.
    """)
}

/// What stopped a run and where, e.g. "output ∞ at epoch 1, step 7".
func failedAt(_ error: TrainingError) -> String {
  let what: String
  switch error {
  case .diverged(_, _, let loss): what = "loss \(formatNumber(loss))"
  case .gradientNotFinite: what = "gradient"
  case .outputNotFinite(_, _, let value): what = "output \(formatNumber(value))"
  case .dataNotFinite(let name, let row, let column, _): what = "data \(name)[\(row), \(column)]"
  case .batchTooSmall(_, _, let rows, _, _, _, _): what = "a batch of \(rows)"
  case .parameterNotFinite(_, _, let layer): what = "a parameter of \(layer)"
  }
  return "\(what) at epoch \(error.epoch), step \(error.step)"
}
