import Foundation
import WorkbookBasics
import WorkbookReference

/// A network of the capstone's family and how it is trained: the recipe of section 3 by
/// default, and, with other settings, the plainer networks sections 4, 6 and 7 compare.
struct CapstoneModel {
  /// The dense widths, input first.
  var widths = [64, 128, 64, 10]
  /// The hidden layers' function.
  var activation = ActivationLayer.Function.relu
  /// Batch normalisation before each hidden activation.
  var batchNorm = true
  /// The dropout rate after each hidden ReLU (0 for none).
  var dropout = 0.2
  /// The last layer's starting weights are He's times this.
  var lastLayerScale = 0.1
  /// The seed of the weights and of the dropout masks.
  var seed: UInt64 = 9
  /// AdamW's peak rate in the one-cycle schedule, or its constant rate.
  var peakRate = 0.005
  /// AdamW's decoupled weight decay (0 makes it Adam).
  var weightDecay = 0.01
  /// A one-cycle schedule over `epochs`, or a constant rate.
  var oneCycle = true
  var epochs = 25
  var batchSize = 32
  var patience = 10
  /// The seed of the first epoch's batch order (each epoch adds its number).
  var orderSeed: UInt64 = 9000

  /// A fresh network: Dense → BatchNorm → ReLU (or `activation`) → Dropout for each hidden
  /// layer, then Dense.
  func network() -> Sequential {
    var generator = SeededGenerator(seed: seed)
    let dense = Sequential(
      denseSizes: widths, activation: activation, initializer: .heNormal, batchNorm: batchNorm,
      loss: SoftmaxCrossEntropyLoss(), using: &generator)
    var layers = [any Layer]()
    for (index, layer) in dense.layers.enumerated() {
      if index == dense.layers.count - 1, var last = layer as? Dense {
        last.weights = last.weights * lastLayerScale
        layers.append(last)
        continue
      }
      layers.append(layer)
      if dropout > 0, layer is ActivationLayer {
        layers.append(Dropout(rate: dropout, seed: seed + UInt64(index)))
      }
    }
    return Sequential(layers, loss: dense.loss)
  }

  /// The steps of the whole schedule: every batch of every epoch.
  func totalSteps(rows: Int) -> Int { epochs * ((rows + batchSize - 1) / batchSize) }

  /// Trains `network` on the training digits with AdamW, validating each epoch and stopping
  /// early; keeps the network of the lowest validation loss.
  /// - Parameters:
  ///   - onEpoch: sees every epoch's report (after the stopping rule has).
  ///   - onStep: sees every update.
  func trainKeepingBest(
    _ network: Sequential, on data: CapstoneData, onEpoch: (EpochReport) -> Void = { _ in },
    onStep: ((StepReport) -> Void)? = nil
  ) throws -> KeptRun {
    var trained = network
    var optimizer = AdamW(weightDecay: weightDecay)
    var stopper = EarlyStopping(patience: patience)
    let rows = data.trainX.rows
    let schedule: any LearningRateSchedule =
      oneCycle ? OneCycleRate(maximumRate: peakRate, steps: totalSteps(rows: rows)) : ConstantRate(peakRate)
    let start = Date()
    let history = try trained.train(
      features: data.trainX, targets: data.trainY, optimizer: &optimizer, schedule: schedule,
      options: TrainingOptions(epochs: epochs, batchSize: batchSize, validation: data.validation),
      order: { epoch in Self.epochOrder(epoch: epoch, rows: rows, seed: orderSeed) },
      onEpoch: { report in
        let decision = stopper.decide(report)
        onEpoch(report)
        return decision
      }, onStep: onStep)
    return KeptRun(
      best: stopper.bestNetwork ?? trained, bestEpoch: stopper.bestEpoch, final: trained, history: history,
      seconds: Date().timeIntervalSince(start))
  }

  /// The shuffled row order of epoch `epoch` (from 0), the same for every run of a seed.
  static func epochOrder(epoch: Int, rows: Int, seed: UInt64 = 9000) -> [Int] {
    var shuffle = SeededGenerator(seed: seed + UInt64(epoch))
    return shuffle.permutation(rows)
  }
}

/// What a run with early stopping produced.
struct KeptRun: Sendable {
  /// The network of the epoch with the lowest validation loss.
  let best: Sequential
  /// That epoch, from 1.
  let bestEpoch: Int
  /// The network after the last epoch that ran.
  let final: Sequential
  /// The losses, accuracies and rates of every epoch.
  let history: History
  /// Seconds the training took.
  let seconds: Double

  /// How many epochs ran.
  var epochs: Int { history.trainingLoss.count }
}
