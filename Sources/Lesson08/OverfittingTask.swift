import WorkbookBasics
import WorkbookReference

/// The over-fitting task of sections 4 to 7: a wide network on a small slice of the digits.
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
  /// Adam's rate for every run.
  static let rate = 0.01

  /// The slices, from one seeded shuffle of the bundled digits.
  static func load() throws -> OverfittingTask {
    let digits = try BundledDataset.digits.load()
    let x = digits.features / 16
    let y = oneHot(classNumbers(digits.targets, classCount: 10), classCount: 10)
    var generator = SeededGenerator(seed: 808)
    let order = generator.permutation(x.rows)
    let (train, validation, test) = (
      Array(order[..<trainingRows]), Array(order[trainingRows..<(trainingRows + 400)]),
      Array(order[(trainingRows + 400)..<(trainingRows + 800)])
    )
    return OverfittingTask(
      trainX: x.rows(at: train), trainY: y.rows(at: train), validationX: x.rows(at: validation),
      validationY: y.rows(at: validation), testX: x.rows(at: test), testY: y.rows(at: test))
  }

  /// A fresh 64-256-10 ReLU network (He initialisation), with dropout at `dropout` after the
  /// hidden layer when it is above 0.
  func network(dropout: Double = 0) -> Sequential {
    var generator = SeededGenerator(seed: 81)
    let dense = Sequential(
      denseSizes: [64, 256, 10], activation: .relu, initializer: .heNormal, loss: SoftmaxCrossEntropyLoss(),
      using: &generator)
    guard dropout > 0 else { return dense }
    var layers = dense.layers
    layers.insert(Dropout(rate: dropout, seed: 82), at: 2)
    return Sequential(layers, loss: dense.loss)
  }

  /// The validation data, with accuracy.
  var validation: ValidationData { ValidationData(features: validationX, targets: validationY, reportsAccuracy: true) }

  /// Trains `network` with Adam for `epochs`, validating each epoch.
  func train(
    _ network: inout Sequential, optimizer: some Optimizer = Adam(), weightDecay: WeightDecay = .none,
    onEpoch: (EpochReport) -> EpochDecision = { _ in .proceed }
  ) throws -> History {
    var optimizer = optimizer
    return try network.train(
      features: trainX, targets: trainY, optimizer: &optimizer, schedule: ConstantRate(Self.rate),
      options: TrainingOptions(
        epochs: Self.epochs, batchSize: Self.batchSize, validation: validation, weightDecay: weightDecay),
      order: { epoch in
        var shuffle = SeededGenerator(seed: 900 + UInt64(epoch))
        return shuffle.permutation(Self.trainingRows)
      }, onEpoch: onEpoch)
  }

  /// The share of rows of x that `network` classifies as y says.
  static func accuracy(_ network: Sequential, _ x: Matrix, _ y: Matrix) -> Double {
    let right = zip(argmaxPerRow(network.predict(x)), argmaxPerRow(y)).filter { $0 == $1 }.count
    return Double(right) / Double(x.rows)
  }
}
