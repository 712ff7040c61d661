import Foundation
import WorkbookBasics
import WorkbookReference

/// The capstone network of section 3, trained once and shared by the sections that look at it
/// (diagnostics, the result, keeping the model), so `--section 5` alone trains it too.
struct TrainedCapstone: Sendable {
  /// The split and standardised digits.
  let data: CapstoneData
  /// The recipe.
  let model: CapstoneModel
  /// The run: the network kept, its epoch, the history.
  let run: KeptRun
  /// Every step's update-to-weight ratio and weight-gradient norm, per dense layer.
  let steps: StepTrace
  /// The training accuracy after each epoch, in inference mode.
  let trainingAccuracy: [Double]
  /// The training loss after each epoch, in inference mode (as the validation loss is measured).
  let trainingLossAfter: [Double]

  /// The network kept.
  var best: Sequential { run.best }
  /// The losses, accuracies and rates of every epoch.
  var history: History { run.history }
  /// The epoch of the network kept, from 1.
  var bestEpoch: Int { run.bestEpoch }
  /// The network after the last epoch that ran.
  var finalNetwork: Sequential { run.final }
  /// Seconds the training took.
  var seconds: Double { run.seconds }

  /// The shared run, trained on first use.
  static func shared() throws -> TrainedCapstone {
    try cache.value { try TrainedCapstone.train(CapstoneModel(), label: "training the capstone network") }
  }

  private static let cache = OnceCache<TrainedCapstone>()

  /// Trains `model` from scratch with early stopping, a progress bar on a terminal, and every
  /// step traced.
  static func train(_ model: CapstoneModel, label: String) throws -> TrainedCapstone {
    let data = try CapstoneData.load()
    var trace = StepTrace()
    var trainingAccuracy = [Double]()
    var trainingLossAfter = [Double]()
    let bar = ProgressBar(total: model.epochs, label: label)
    let run = try model.trainKeepingBest(
      model.network(), on: data,
      onEpoch: { report in
        trainingAccuracy.append(report.network.classificationAccuracy(features: data.trainX, targets: data.trainY))
        trainingLossAfter.append(
          report.network.loss.loss(predicted: report.network.predict(data.trainX), expected: data.trainY))
        bar.update(report.epoch, detail: "validation loss \(formatNumber(report.validationLoss ?? .nan))")
      }, onStep: { trace.record($0) })
    bar.finish()
    return TrainedCapstone(
      data: data, model: model, run: run, steps: trace, trainingAccuracy: trainingAccuracy,
      trainingLossAfter: trainingLossAfter)
  }
}

/// Per-step figures of every dense layer: the update-to-weight ratio and the gradient norm.
struct StepTrace: Sendable {
  /// ratios[step][layer].
  private(set) var ratios = [[Double]]()
  /// gradientNorms[step][layer].
  private(set) var gradientNorms = [[Double]]()

  mutating func record(_ report: StepReport) {
    ratios.append(report.updateToWeightRatios)
    gradientNorms.append(report.weightGradientNorms)
  }

  /// How many steps were recorded.
  var count: Int { ratios.count }

  /// The median of layer `layer`'s update-to-weight ratio over the first `steps` steps.
  func medianRatio(layer: Int, steps: Int) -> Double { median(ratios.prefix(steps).map { $0[layer] }) }

  /// The median of layer `layer`'s gradient norm over the first `steps` steps.
  func medianGradientNorm(layer: Int, steps: Int) -> Double {
    median(gradientNorms.prefix(steps).map { $0[layer] })
  }

  /// Layer `layer`'s ratio at each step.
  func ratios(layer: Int) -> [Double] { ratios.map { $0[layer] } }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}

/// A value computed once, on first use, and shared between sections.
final class OnceCache<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value?

  /// The stored value, or `make()`'s, stored for next time.
  func value(_ make: () throws -> Value) rethrows -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let stored { return stored }
    let made = try make()
    stored = made
    return made
  }
}
