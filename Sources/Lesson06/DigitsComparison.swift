import WorkbookBasics
import WorkbookReference

/// The digits, split 80/20 (seeded), pixels scaled to 0…1, for section 4.
struct DigitsData {
  let trainFeatures: Matrix
  let trainTargets: Matrix
  let testFeatures: Matrix
  let testClasses: [Int]

  static func load() throws -> DigitsData {
    let digits = try BundledDataset.digits.load()
    var generator = SeededGenerator(seed: 1797)
    let split = Split(shuffling: digits.count, testFraction: 0.2, using: &generator)
    let (train, test) = (digits.subset(split.train), digits.subset(split.test))
    let maximum = digits.features.max()
    return DigitsData(
      trainFeatures: train.features / maximum,
      trainTargets: oneHot(classNumbers(train.targets, classCount: 10), classCount: 10),
      testFeatures: test.features / maximum, testClasses: classNumbers(test.targets, classCount: 10))
  }

  /// The row order of training epoch `epoch` (seeded, the same for every network).
  func order(epoch: Int) -> [Int] {
    var generator = SeededGenerator(seed: 600 + UInt64(epoch))
    return generator.permutation(trainFeatures.rows)
  }
}

/// A deep digits classifier: `depth` dense layers (64 → width → … → 10), `activation` after
/// every hidden one, optionally with batch normalisation between each hidden dense layer and its
/// activation.
func digitsNetwork(
  depth: Int, width: Int, activation: ActivationLayer.Function, initializer: Initializer, batchNorm: Bool,
  seed: UInt64
) -> Sequential {
  var generator = SeededGenerator(seed: seed)
  return Sequential(
    denseSizes: [64] + Array(repeating: width, count: depth - 1) + [10], activation: activation,
    initializer: initializer, batchNorm: batchNorm, loss: SoftmaxCrossEntropyLoss(), using: &generator)
}

/// What one training run produced, epoch by epoch.
struct ComparisonRun {
  /// The mean training loss of each epoch completed.
  var losses: [Double] = []
  /// The test accuracy after each epoch completed.
  var accuracies: [Double] = []
  /// Why training stopped early, if it did.
  var failure: TrainingError?

  /// The first epoch (from 1) whose test accuracy reached `target`, if any.
  func epochReaching(_ target: Double) -> Int? {
    accuracies.firstIndex { $0 >= target }.map { $0 + 1 }
  }
}

/// Trains `network` for `epochs` epochs (batches of 32), measuring the test accuracy after each.
func trainAndTrack(
  _ network: Sequential, on data: DigitsData, epochs: Int, learningRate: Double
) -> ComparisonRun {
  var network = network
  var run = ComparisonRun()
  for epoch in 0..<epochs {
    do {
      let losses = try network.train(
        features: data.trainFeatures, targets: data.trainTargets, epochs: 1, batchSize: 32,
        learningRate: learningRate, order: { _ in data.order(epoch: epoch) })
      run.losses.append(losses[0])
    } catch {
      run.failure = error
      return run
    }
    let predicted = argmaxPerRow(network.predict(data.testFeatures))
    run.accuracies.append(accuracy(predicted: predicted, expected: data.testClasses))
  }
  return run
}
