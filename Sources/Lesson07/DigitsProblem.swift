import WorkbookBasics
import WorkbookReference

/// The 8×8 digits split for this lesson: 1 437 training rows and 360 test rows (seeded), pixels
/// scaled to [0, 1], and a small network to train on them.
struct DigitsProblem {
  /// Training pixels, 1437 × 64.
  let trainX: Matrix
  /// Training targets, one-hot, 1437 × 10.
  let trainY: Matrix
  /// Test pixels, 360 × 64.
  let testX: Matrix
  /// Test targets, one-hot.
  let testY: Matrix

  /// Loads and splits the bundled digits.
  static func load() throws -> DigitsProblem {
    let digits = try ClassifierDigits.load()
    var generator = SeededGenerator(seed: 707)
    let order = generator.permutation(digits.count)
    let (train, test) = (digits.rows(at: Array(order[..<1437])), digits.rows(at: Array(order[1437...])))
    return DigitsProblem(trainX: train.features, trainY: train.targets, testX: test.features, testY: test.targets)
  }

  /// A fresh 64-32-10 ReLU network, He-initialised from `seed`.
  func network(seed: UInt64) -> Sequential {
    var generator = SeededGenerator(seed: seed)
    return Sequential(
      denseSizes: [64, 32, 10], activation: .relu, initializer: .heNormal, loss: SoftmaxCrossEntropyLoss(),
      using: &generator)
  }

  /// The row order of each epoch, seeded by `seed` and the epoch.
  func order(seed: UInt64) -> (Int) -> [Int] {
    let rows = trainX.rows
    return { epoch in
      var generator = SeededGenerator(seed: seed &* 1000 &+ UInt64(epoch))
      return generator.permutation(rows)
    }
  }

  /// The share of test digits the network classifies right.
  func testAccuracy(_ network: Sequential) -> Double { network.classificationAccuracy(features: testX, targets: testY) }

  /// The share of training digits the network classifies right.
  func trainingAccuracy(_ network: Sequential) -> Double {
    network.classificationAccuracy(features: trainX, targets: trainY)
  }

  /// The range test's sweep in this lesson: η from 1e-5 to 10 over 200 steps, the loss
  /// averaged with weight 0.9 on the past (a lag of about 10 steps).
  static let rangeTestSweep = (lowest: 1e-5, highest: 10.0, steps: 200, smoothing: 0.9)

  /// The range test for `optimizer` on seed 1's network, with the lesson's sweep.
  func rangeTest(for optimizer: some Optimizer) -> RangeTestResult {
    let sweep = Self.rangeTestSweep
    return network(seed: 1).learningRateRangeTest(
      features: trainX, targets: trainY, optimizer: optimizer, batchSize: 32, lowest: sweep.lowest,
      highest: sweep.highest, steps: sweep.steps, smoothing: sweep.smoothing, order: order(seed: 74))
  }

  /// "1e-05 to 10 over 200 steps": the sweep, for the text.
  static var rangeTestDescription: String {
    let sweep = rangeTestSweep
    return "\(formatNumber(sweep.lowest, decimals: 0)) to \(formatNumber(sweep.highest, decimals: 0)) over "
      + "\(sweep.steps) steps"
  }
}
