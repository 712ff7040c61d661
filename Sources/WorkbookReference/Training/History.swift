import WorkbookBasics

/// What a training run recorded, epoch by epoch, like Keras's `History`.
public struct History: Sendable, Equatable {
  /// The mean batch loss of each epoch.
  public var trainingLoss: [Double] = []
  /// The validation loss after each epoch (empty without validation data).
  public var validationLoss: [Double] = []
  /// The validation accuracy after each epoch (empty unless asked for: a regression has none).
  public var validationAccuracy: [Double] = []
  /// η at every update, in order.
  public var learningRates: [Double] = []
  /// Whether `onEpoch` stopped the run before its last epoch.
  public var stoppedEarly = false

  /// An empty history.
  public init() {}
}

/// Data held out from training, measured after every epoch.
public struct ValidationData: Sendable {
  /// X, with the training data's columns.
  public let features: Matrix
  /// Y, the shape of the network's output.
  public let targets: Matrix
  /// Whether to report accuracy: the share of rows whose largest output is the target's
  /// class (one-hot targets with at least 2 columns).
  public let reportsAccuracy: Bool

  /// Validation data; `reportsAccuracy` needs one-hot targets with at least 2 classes.
  public init(features: Matrix, targets: Matrix, reportsAccuracy: Bool) {
    require(
      features.rows == targets.rows && features.rows > 0,
      "ValidationData: X is \(features.shapeDescription) and Y is \(targets.shapeDescription); they need the "
        + "same number of rows, at least 1")
    require(
      !reportsAccuracy || targets.columns >= 2,
      "ValidationData: accuracy needs one-hot targets with at least 2 classes, got \(targets.shapeDescription)")
    (self.features, self.targets, self.reportsAccuracy) = (features, targets, reportsAccuracy)
  }
}

/// How to train, apart from the data, the optimizer and the schedule.
public struct TrainingOptions: Sendable {
  /// Passes over the data.
  public var epochs: Int
  /// Rows per update.
  public var batchSize: Int
  /// How the gradients are limited before each update.
  public var clipping: GradientClipping
  /// Data measured after every epoch, if any.
  public var validation: ValidationData?
  /// How the weights are decayed (weights only; none by default).
  public var weightDecay: WeightDecay

  /// Options: `epochs` ≥ 0 passes in batches of `batchSize` ≥ 1 rows.
  public init(
    epochs: Int, batchSize: Int, clipping: GradientClipping = .none, validation: ValidationData? = nil,
    weightDecay: WeightDecay = .none
  ) {
    require(epochs >= 0, "TrainingOptions: the number of epochs cannot be negative, got \(epochs)")
    require(batchSize > 0, "TrainingOptions: the batch size must be positive, got \(batchSize)")
    weightDecay.check("TrainingOptions")
    (self.epochs, self.batchSize, self.clipping, self.validation) = (epochs, batchSize, clipping, validation)
    self.weightDecay = weightDecay
  }
}
