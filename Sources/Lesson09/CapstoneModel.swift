import WorkbookBasics
import WorkbookReference

/// The capstone's network and how it is trained.
struct CapstoneModel {
  /// The dense widths, input first.
  var widths = [64, 128, 64, 10]
  /// Batch normalisation before each hidden ReLU.
  var batchNorm = true
  /// The dropout rate after each hidden ReLU (0 for none).
  var dropout = 0.2
  /// The last layer's starting weights are He's times this.
  var lastLayerScale = 0.1
  /// The seed of the weights and of the dropout masks.
  var seed: UInt64 = 9
  /// AdamW's peak rate in the one-cycle schedule.
  var peakRate = 0.005
  /// AdamW's decoupled weight decay.
  var weightDecay = 0.01
  var epochs = 40
  var batchSize = 32
  var patience = 10

  /// A fresh network: Dense → BatchNorm → ReLU → Dropout for each hidden layer, then Dense.
  func network() -> Sequential {
    var generator = SeededGenerator(seed: seed)
    let dense = Sequential(
      denseSizes: widths, activation: .relu, initializer: .heNormal, batchNorm: batchNorm,
      loss: SoftmaxCrossEntropyLoss(), using: &generator)
    var layers = [any Layer]()
    for (index, layer) in dense.layers.enumerated() {
      if index == dense.layers.count - 1, var last = layer as? Dense {
        last.weights = last.weights * lastLayerScale
        layers.append(last)
        continue
      }
      layers.append(layer)
      if dropout > 0, let activation = layer as? ActivationLayer, activation.function == .relu {
        layers.append(Dropout(rate: dropout, seed: seed + UInt64(index)))
      }
    }
    return Sequential(layers, loss: dense.loss)
  }

  /// Trains `network` on the training set with AdamW and a one-cycle schedule, validating
  /// each epoch.
  func train(
    _ network: inout Sequential, on data: CapstoneData, onEpoch: (EpochReport) -> EpochDecision = { _ in .proceed },
    onStep: ((StepReport) -> Void)? = nil
  ) throws -> History {
    var optimizer = AdamW(weightDecay: weightDecay)
    let rows = data.trainX.rows
    let steps = totalSteps(rows: rows)
    return try network.train(
      features: data.trainX, targets: data.trainY, optimizer: &optimizer,
      schedule: OneCycleRate(maximumRate: peakRate, steps: steps),
      options: TrainingOptions(epochs: epochs, batchSize: batchSize, validation: data.validation),
      order: { Self.epochOrder(epoch: $0, rows: rows) }, onEpoch: onEpoch, onStep: onStep)
  }

  /// The steps of the whole schedule: every batch of every epoch.
  func totalSteps(rows: Int) -> Int { epochs * ((rows + batchSize - 1) / batchSize) }

  /// The shuffled row order of epoch `epoch` (from 0), the same for every run.
  static func epochOrder(epoch: Int, rows: Int) -> [Int] {
    var shuffle = SeededGenerator(seed: 9000 + UInt64(epoch))
    return shuffle.permutation(rows)
  }
}
