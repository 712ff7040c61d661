import WorkbookBasics

/// Early stopping (note 002): watch the validation loss after each epoch, stop once it has not
/// improved for `patience` epochs, and keep the network of the best epoch.
///
/// ```
/// improved  ⇔  loss < best − minimumImprovement
/// stop      ⇔  no improvement in the last `patience` epochs
/// ```
/// Use it in `train(optimizer:…)`'s `onEpoch`, then take `bestNetwork`:
///
/// ```
/// var stopper = EarlyStopping(patience: 3)
/// try network.train(…, options: TrainingOptions(…, validation: data)) { stopper.decide($0) }
/// network = stopper.bestNetwork ?? network
/// ```
public struct EarlyStopping: Sendable {
  /// How many epochs without improvement are allowed before stopping.
  public let patience: Int
  /// How much lower than the best a loss must be to count as an improvement (≥ 0).
  public let minimumImprovement: Double
  /// The lowest validation loss so far.
  public private(set) var bestLoss = Double.infinity
  /// The epoch (from 1) of `bestLoss`, 0 before the first.
  public private(set) var bestEpoch = 0
  /// Epochs seen so far.
  public private(set) var epochsSeen = 0
  /// The network after the best epoch, when `decide` was given reports.
  public private(set) var bestNetwork: Sequential?

  /// A rule with `patience` ≥ 1 epochs and an improvement threshold ≥ 0.
  public init(patience: Int, minimumImprovement: Double = 0) {
    require(patience >= 1, "EarlyStopping: the patience must be at least 1 epoch, got \(patience)")
    require(
      minimumImprovement >= 0 && minimumImprovement.isFinite,
      "EarlyStopping: the minimum improvement must be a finite number ≥ 0, got \(formatNumber(minimumImprovement))")
    self.patience = patience
    self.minimumImprovement = minimumImprovement
  }

  /// Records one epoch's validation loss and says whether to go on.
  /// - Parameter validationLoss: the loss after the epoch.
  /// - Returns: `.stop` once `patience` epochs in a row have not improved on the best.
  /// - Precondition: the loss is a number (not NaN).
  public mutating func observe(validationLoss: Double) -> EpochDecision {
    require(!validationLoss.isNaN, "EarlyStopping: epoch \(epochsSeen + 1)'s validation loss is NaN")
    epochsSeen += 1
    if validationLoss < bestLoss - minimumImprovement {
      bestLoss = validationLoss
      bestEpoch = epochsSeen
    }
    return epochsSeen - bestEpoch >= patience ? .stop : .proceed
  }

  /// `observe` for a training report, keeping the report's network when it is the best.
  /// - Precondition: the training has validation data.
  public mutating func decide(_ report: EpochReport) -> EpochDecision {
    guard let loss = report.validationLoss else {
      fatalError("EarlyStopping: epoch \(report.epoch) has no validation loss; give the training ValidationData")
    }
    let decision = observe(validationLoss: loss)
    if bestEpoch == epochsSeen { bestNetwork = report.network }
    return decision
  }
}
