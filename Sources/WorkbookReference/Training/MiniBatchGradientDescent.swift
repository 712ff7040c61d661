import WorkbookBasics

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
    requireUsableLearningRate(learningRate, "MiniBatchGradientDescent")
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
  /// - Throws: `TrainingError.dataNotFinite` before the first step when X or Y holds a NaN or
  ///   ∞; `.parameterNotFinite` when the model already holds one; `.outputNotFinite` or
  ///   `.diverged` as soon as the output or the loss is NaN or infinite.
  public func train<Model: GradientDescentModel>(
    _ model: Model, features: Matrix, targets: Matrix, epochs: Int,
    order: (Int) -> [Int], stopWhen: (Double) -> Bool = { _ in false }
  ) throws(TrainingError) -> TrainingRun<Model> {
    require(batchSize > 0, "MiniBatchGradientDescent.train: the batch size must be positive, got \(batchSize)")
    try checkTrainingArguments(
      features: features, targets: targets, epochs: epochs, learningRate: learningRate,
      "MiniBatchGradientDescent.train")
    var current = model
    var losses = [Double]()
    var epochMeans = [Double]()
    for epoch in 0..<epochs {
      let epochStart = losses.count
      var stopped = false
      let batches = epochBatches(
        order(epoch), size: batchSize, epoch: epoch, rows: features.rows, "MiniBatchGradientDescent.train")
      for (step, batch) in batches.enumerated() {
        let gradients: Model.Gradients
        do {
          gradients = try current.checkedGradients(
            features: features.rows(at: batch), targets: targets.rows(at: batch))
        } catch {
          throw TrainingError(error, epoch: epoch + 1, step: step + 1)
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
