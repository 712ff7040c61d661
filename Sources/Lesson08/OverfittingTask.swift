import WorkbookBasics
import WorkbookReference

/// The over-fitting task of sections 4 to 6: a wide network on a small slice of the digits.
struct OverfittingTask {
  /// The training digits (pixels in [0, 1]) and their one-hot targets.
  let trainX: Matrix
  let trainY: Matrix
  /// 400 validation digits.
  let validationX: Matrix
  let validationY: Matrix
  /// 400 test digits, scored once per model.
  let testX: Matrix
  let testY: Matrix

  /// Epochs of every run.
  static let epochs = 150
  /// Rows per batch.
  static let batchSize = 32
  /// How many digits the networks train on.
  static let trainingRows = 100
  /// How many digits are held out for validation, and as many again for testing.
  static let heldOutRows = 400
  /// Adam's rate for every run.
  static let rate = 0.01
  /// The hidden layer's width unless a run says otherwise.
  static let width = 256

  /// The slices, from one seeded shuffle of the bundled digits.
  static func load() throws -> OverfittingTask {
    let digits = try ClassifierDigits.load()
    var generator = SeededGenerator(seed: 808)
    let order = generator.permutation(digits.count)
    let validationEnd = trainingRows + heldOutRows
    let train = digits.rows(at: Array(order[..<trainingRows]))
    let validation = digits.rows(at: Array(order[trainingRows..<validationEnd]))
    let test = digits.rows(at: Array(order[validationEnd..<(validationEnd + heldOutRows)]))
    return OverfittingTask(
      trainX: train.features, trainY: train.targets, validationX: validation.features,
      validationY: validation.targets, testX: test.features, testY: test.targets)
  }

  /// A fresh 64-`width`-10 ReLU network (He initialisation), with dropout at `dropout` after
  /// the hidden layer when it is above 0.
  func network(width: Int = Self.width, dropout: Double = 0) -> Sequential {
    var generator = SeededGenerator(seed: 81)
    let dense = Sequential(
      denseSizes: [64, width, 10], activation: .relu, initializer: .heNormal, loss: SoftmaxCrossEntropyLoss(),
      using: &generator)
    guard dropout > 0 else { return dense }
    var layers = dense.layers
    layers.insert(Dropout(rate: dropout, seed: 82), at: 2)
    return Sequential(layers, loss: dense.loss)
  }

  /// The validation data, with accuracy.
  var validation: ValidationData { ValidationData(features: validationX, targets: validationY, reportsAccuracy: true) }

  /// Trains `network` on the training digits with Adam for `epochs`, validating each epoch.
  func train(
    _ network: inout Sequential, optimizer: some Optimizer = Adam(), weightDecay: WeightDecay = .none,
    onEpoch: (EpochReport) -> EpochDecision = { _ in .proceed }
  ) throws -> History {
    try Self.fit(
      &network, features: trainX, targets: trainY, optimizer: optimizer, weightDecay: weightDecay,
      validation: validation, onEpoch: onEpoch)
  }

  /// Trains `network` on `features` and `targets` with every run's settings: Adam (unless
  /// `optimizer` says otherwise) at `rate` for `epochs`, in seeded batch orders.
  static func fit(
    _ network: inout Sequential, features: Matrix, targets: Matrix, optimizer: some Optimizer = Adam(),
    weightDecay: WeightDecay = .none, validation: ValidationData? = nil,
    onEpoch: (EpochReport) -> EpochDecision = { _ in .proceed }
  ) throws -> History {
    var optimizer = optimizer
    let rows = features.rows
    return try network.train(
      features: features, targets: targets, optimizer: &optimizer, schedule: ConstantRate(rate),
      options: TrainingOptions(epochs: epochs, batchSize: batchSize, validation: validation, weightDecay: weightDecay),
      order: { epoch in
        var shuffle = SeededGenerator(seed: 900 + UInt64(epoch))
        return shuffle.permutation(rows)
      }, onEpoch: onEpoch)
  }
}
