import WorkbookBasics

/// Why training stopped early, with the epoch and step (both from 1) where it happened.
public enum TrainingError: Error, CustomStringConvertible, Equatable {
  /// The loss became NaN or infinite: the learning rate is almost always too large.
  case diverged(epoch: Int, step: Int, loss: Double)
  /// The loss was still finite but a gradient was not (it overflowed in the backward pass).
  case gradientNotFinite(epoch: Int, step: Int, layer: String)
  /// The network's output overflowed before the loss could be computed.
  case outputNotFinite(epoch: Int, step: Int, value: Double)
  /// The data holds a NaN or ±∞ at `name[row, column]` (rows of the whole data set); training
  /// did not start, so `epoch` and `step` are 0.
  case dataNotFinite(name: String, row: Int, column: Int, value: Double)
  /// A layer (or model) held a NaN or ∞ parameter before the step: set by hand, or left by
  /// a divergence that was not stopped.
  case parameterNotFinite(epoch: Int, step: Int, layer: String)
  /// A batch had fewer rows than a layer needs (a short last batch and `BatchNorm`).
  case batchTooSmall(epoch: Int, step: Int, rows: Int, layer: String, minimum: Int, batchSize: Int, examples: Int)

  /// The failed step's error, placed at `epoch` and `step`. (A batch's data error is never
  /// placed: the trainer checks the whole data set before the first step.)
  init(_ failure: StepError, epoch: Int, step: Int) {
    switch failure {
    case .dataNotFinite(let name, let row, let column, let value):
      self = .dataNotFinite(name: name, row: row, column: column, value: value)
    case .outputNotFinite(let value): self = .outputNotFinite(epoch: epoch, step: step, value: value)
    case .lossNotFinite(let loss): self = .diverged(epoch: epoch, step: step, loss: loss)
    case .gradientNotFinite(let layer): self = .gradientNotFinite(epoch: epoch, step: step, layer: layer)
    case .parameterNotFinite(let layer): self = .parameterNotFinite(epoch: epoch, step: step, layer: layer)
    }
  }

  /// The epoch where training stopped, from 1 (0 when it never started).
  public var epoch: Int { place.epoch }

  /// The step within that epoch, from 1 (0 when training never started).
  public var step: Int { place.step }

  private var place: (epoch: Int, step: Int) {
    switch self {
    case .diverged(let epoch, let step, _), .gradientNotFinite(let epoch, let step, _),
      .outputNotFinite(let epoch, let step, _), .batchTooSmall(let epoch, let step, _, _, _, _, _),
      .parameterNotFinite(let epoch, let step, _):
      return (epoch, step)
    case .dataNotFinite: return (0, 0)
    }
  }

  /// Says where training stopped and what to try.
  public var description: String {
    let place = "at epoch \(epoch), step \(step)"
    switch self {
    case .diverged(_, _, let loss):
      return "training diverged: the loss became \(formatNumber(loss)) \(place); "
        + "try a smaller learning rate or standardise the features"
    case .gradientNotFinite(_, _, let layer):
      return "training diverged: a gradient of \(layer) became NaN or ∞ \(place) "
        + "(the loss was still finite); try a smaller learning rate or clip the gradients"
    case .outputNotFinite(_, _, let value):
      return "training diverged: the network's output became \(formatNumber(value)) \(place); "
        + "try a smaller learning rate or clip the gradients"
    case .parameterNotFinite(_, _, let layer):
      return "training stopped \(place): " + StepError.parameterNotFinite(layer: layer).description
    case .dataNotFinite(let name, let row, let column, let value):
      return "training did not start: "
        + StepError.dataNotFinite(name: name, row: row, column: column, value: value).description
    case .batchTooSmall(_, _, let rows, let layer, let minimum, let batchSize, let examples):
      let problem =
        batchSize < minimum
        ? "batches of \(batchSize) are too small for \(layer), which needs at least \(minimum) rows"
        : "that batch has \(rows) row\(rows == 1 ? "" : "s") but \(layer) needs at least \(minimum) "
          + "(\(examples) examples in batches of \(batchSize) leave \(rows) over)"
      guard examples >= minimum else {
        return "training stopped \(place): \(problem); the data has only \(examples) example"
          + "\(examples == 1 ? "" : "s"), so no batch size works: add examples or leave out \(layer)"
      }
      return "training stopped \(place): \(problem); choose a batch size that leaves 0 or at least \(minimum) "
        + "over, such as \(Self.batchSizes(near: batchSize, examples: examples, minimum: minimum))"
    }
  }

  /// The nearest batch sizes below and above `batchSize` for which every batch has at least
  /// `minimum` rows, e.g. "31 or 33" for 33 examples in batches of 32 (at most `examples`
  /// candidates are tried, so a huge batch size cannot hang or overflow).
  static func batchSizes(near batchSize: Int, examples: Int, minimum: Int) -> String {
    let fitting = (minimum...Swift.max(minimum, examples)).filter { size in
      examples % size == 0 || examples % size >= minimum
    }
    let below = fitting.last { $0 < batchSize }
    let above = fitting.first { $0 > batchSize }
    return [below, above].compactMap { $0.map(String.init) }.joined(separator: " or ")
  }
}

/// Stops with a message naming `operation` unless η is a finite number ≥ 0 (a negative rate
/// climbs the loss instead of descending it).
func requireUsableLearningRate(_ learningRate: Double, _ operation: String) {
  require(
    learningRate >= 0 && learningRate.isFinite,
    "\(operation): the learning rate η must be a finite number ≥ 0, got \(formatNumber(learningRate))")
}

/// The checks both trainers make before the first epoch: matching rows, at least one example,
/// a usable η, a number of epochs ≥ 0. Then throws `.dataNotFinite` naming the first NaN or ∞
/// of X or Y, so that bad data is never blamed on the learning rate.
func checkTrainingArguments(
  features: Matrix, targets: Matrix, epochs: Int, learningRate: Double, _ operation: String
) throws(TrainingError) {
  require(
    features.rows == targets.rows,
    "\(operation): X is \(features.shapeDescription) but Y is \(targets.shapeDescription) — they need the same "
      + "number of rows")
  require(features.rows > 0, "\(operation): there are no examples (X is \(features.shapeDescription))")
  require(epochs >= 0, "\(operation): the number of epochs cannot be negative, got \(epochs)")
  requireUsableLearningRate(learningRate, operation)
  do {
    try throwIfDataNotFinite(features, "X")
    try throwIfDataNotFinite(targets, "Y")
  } catch {
    throw TrainingError(error, epoch: 0, step: 0)
  }
}

/// The batches of one epoch, stopping with a message naming `operation` when `order` gave no
/// rows (an epoch with no batches would report a loss of 0) or a row outside 0..<`rows`.
func epochBatches(_ order: [Int], size: Int, epoch: Int, rows: Int, _ operation: String) -> [[Int]] {
  require(!order.isEmpty, "\(operation): order(\(epoch)) gave no rows, so epoch \(epoch + 1) would have no batches")
  if let bad = order.first(where: { !(0..<rows).contains($0) }) {
    fatalError("\(operation): order(\(epoch)) gave row \(bad), but X has rows 0..<\(rows)")
  }
  return miniBatches(of: order, size: size)
}
