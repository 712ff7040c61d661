import WorkbookBasics

/// Why training stopped early.
public enum TrainingError: Error, CustomStringConvertible, Equatable {
  /// The loss became NaN or infinite: the learning rate is almost always too large.
  case diverged(epoch: Int, step: Int, loss: Double)
  /// The loss was still finite but a gradient was not (it overflowed in the backward pass).
  case gradientNotFinite(epoch: Int, step: Int, layer: String)
  /// The network's output overflowed before the loss could be computed.
  case outputNotFinite(epoch: Int, step: Int, value: Double)

  /// The epoch where training stopped, from 1.
  public var epoch: Int {
    switch self {
    case .diverged(let epoch, _, _), .gradientNotFinite(let epoch, _, _), .outputNotFinite(let epoch, _, _):
      return epoch
    }
  }

  /// The step within that epoch, from 1.
  public var step: Int {
    switch self {
    case .diverged(_, let step, _), .gradientNotFinite(_, let step, _), .outputNotFinite(_, let step, _): return step
    }
  }

  /// Says where training blew up and what to try.
  public var description: String {
    switch self {
    case .diverged(let epoch, let step, let loss):
      return "training diverged: the loss became \(formatNumber(loss)) at epoch \(epoch), step \(step); "
        + "try a smaller learning rate or standardise the features"
    case .gradientNotFinite(let epoch, let step, let layer):
      return "training diverged: a gradient of \(layer) became NaN or ∞ at epoch \(epoch), step \(step) "
        + "(the loss was still finite); try a smaller learning rate or clip the gradients"
    case .outputNotFinite(let epoch, let step, let value):
      return "training diverged: the network's output became \(formatNumber(value)) at epoch \(epoch), step \(step); "
        + "try a smaller learning rate or clip the gradients"
    }
  }
}

/// What a training run produced.
public struct TrainingRun<Model: GradientDescentModel>: Sendable {
  /// The trained model.
  public let model: Model
  /// The batch loss at every step, measured before that step's update.
  public let stepLosses: [Double]
  /// How many epochs ran (fewer than asked when `stopWhen` stopped training).
  public let epochs: Int
  /// The mean of the batch losses of each epoch: the usual loss curve.
  public let epochMeanLosses: [Double]
}

/// Mini-batch gradient descent for any `GradientDescentModel` (linear regression, logistic
/// regression, …): each epoch visits the rows in a given order, cut into batches; every batch
/// makes one update.
///
/// Batch size m gives batch gradient descent (one update per epoch), 1 gives stochastic
/// gradient descent (m updates per epoch), anything between gives mini-batches.
public struct MiniBatchGradientDescent: Sendable {
  /// η, the step size.
  public var learningRate: Double
  /// Rows per update.
  public var batchSize: Int

  /// A trainer with the given hyper-parameters.
  public init(learningRate: Double, batchSize: Int) {
    require(batchSize > 0, "MiniBatchGradientDescent: the batch size must be positive, got \(batchSize)")
    self.learningRate = learningRate
    self.batchSize = batchSize
  }

  /// Trains `model` for up to `epochs` passes over the data.
  /// - Parameters:
  ///   - model: the starting parameters.
  ///   - features: X, m × n.
  ///   - targets: Y, m × k.
  ///   - epochs: how many passes.
  ///   - order: the row order of each epoch (e.g. a fresh permutation from a seeded generator,
  ///     or `0..<m` for no shuffling), given the epoch number from 0.
  ///   - stopWhen: stops after the first step whose loss (before its update) satisfies it.
  /// - Throws: `TrainingError.diverged` as soon as a loss is NaN or infinite.
  public func train<Model: GradientDescentModel>(
    _ model: Model, features: Matrix, targets: Matrix, epochs: Int,
    order: (Int) -> [Int], stopWhen: (Double) -> Bool = { _ in false }
  ) throws -> TrainingRun<Model> {
    require(
      features.rows == targets.rows,
      "train: X is \(features.shapeDescription) but Y is \(targets.shapeDescription) — they need the same number of rows"
    )
    var current = model
    var losses = [Double]()
    var epochMeans = [Double]()
    for epoch in 0..<epochs {
      let epochStart = losses.count
      var stopped = false
      for (step, batch) in miniBatches(of: order(epoch), size: batchSize).enumerated() {
        let gradients = current.gradients(features: features.rows(at: batch), targets: targets.rows(at: batch))
        guard gradients.loss.isFinite else {
          throw TrainingError.diverged(epoch: epoch + 1, step: step + 1, loss: gradients.loss)
        }
        losses.append(gradients.loss)
        if stopWhen(gradients.loss) {
          stopped = true
          break
        }
        current = current.updated(by: gradients, learningRate: learningRate)
      }
      let epochLosses = losses[epochStart...]
      if !epochLosses.isEmpty { epochMeans.append(epochLosses.reduce(0, +) / Double(epochLosses.count)) }
      if stopped {
        return TrainingRun(model: current, stepLosses: losses, epochs: epoch + 1, epochMeanLosses: epochMeans)
      }
    }
    return TrainingRun(model: current, stepLosses: losses, epochs: epochs, epochMeanLosses: epochMeans)
  }
}
