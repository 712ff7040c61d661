import WorkbookBasics

/// The size of one layer's weight gradient, for spotting vanishing and exploding gradients.
public struct LayerGradientNorm: Sendable, Equatable {
  /// The layer's position in `Sequential.layers`, from 0.
  public let layerIndex: Int
  /// The layer's name, e.g. "Dense 32 → 32".
  public let name: String
  /// ‖dL/dW‖, the Euclidean norm of all the entries of its weight gradient.
  public let norm: Double
}

extension Sequential {
  /// ‖dL/dW‖ for every layer that has a weight (the parameter tagged `.weight`; batch
  /// normalisation's γ is not one), input side first, from the last backward pass.
  ///
  /// In a deep sigmoid network at initialisation these shrink towards the input: the bottom
  /// layers hardly learn. Call `computeGradients(features:targets:)` first.
  public var weightGradientNorms: [LayerGradientNorm] {
    layers.indices.compactMap { index in
      let layer = layers[index]
      guard let position = layer.parameterRoles.firstIndex(of: .weight), position < layer.parameterGradients.count
      else { return nil }
      let weightGradient = layer.parameterGradients[position]
      return LayerGradientNorm(layerIndex: index, name: layers[index].name, norm: weightGradient.norm())
    }
  }

  /// Mini-batch gradient descent on the network, stopping with a clear error as soon as the loss
  /// or a gradient stops being a finite number (instead of carrying on with NaN).
  ///
  /// ```
  /// for each batch:  loss, gradients → clip (optional) → θ ← θ − η·g
  /// ```
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, the shape of the network's output for X.
  ///   - epochs: passes over the data.
  ///   - batchSize: rows per update.
  ///   - learningRate: η.
  ///   - clipping: how the gradients are limited before each update (none by default).
  ///   - order: the row order of each epoch, given the epoch number from 0.
  /// - Returns: the mean batch loss of each epoch.
  /// - Throws: `TrainingError.outputNotFinite`, `.diverged` or `.gradientNotFinite`, naming the
  ///   epoch and step (both from 1); the network keeps the parameters it had before that step
  ///   (`BatchNorm`'s running statistics have seen that batch if it was finite).
  ///   `.dataNotFinite` before the first step when X or Y holds a NaN or ∞; `.batchTooSmall`
  ///   when a batch (usually the last) has fewer rows than a layer needs.
  @discardableResult
  public mutating func train(
    features: Matrix, targets: Matrix, epochs: Int, batchSize: Int, learningRate: Double,
    clipping: GradientClipping = .none, order: (Int) -> [Int]
  ) throws(TrainingError) -> [Double] {
    require(batchSize > 0, "train: the batch size must be positive, got \(batchSize)")
    try checkTrainingArguments(
      features: features, targets: targets, epochs: epochs, learningRate: learningRate, "train")
    var epochMeans = [Double]()
    try runEpochs(
      features: features, targets: targets, epochs: epochs, batchSize: batchSize, order: order, "train",
      step: { network, batchFeatures, batchTargets throws(StepError) in
        try network.trainingStep(
          features: batchFeatures, targets: batchTargets, learningRate: learningRate, clipping: clipping)
      },
      endOfEpoch: { _, _, mean in
        epochMeans.append(mean)
        return .proceed
      })
    return epochMeans
  }

  /// The epoch loop both trainers share: each epoch's batches in `order`, one `step` per batch
  /// (which returns the batch's loss), then `endOfEpoch` with the network, the epoch (from 0)
  /// and the mean batch loss, which may stop training.
  /// - Throws: `.batchTooSmall` before a batch too small for a layer, and the step's
  ///   `StepError` as a `TrainingError` naming the epoch and step (both from 1).
  mutating func runEpochs(
    features: Matrix, targets: Matrix, epochs: Int, batchSize: Int, order: (Int) -> [Int], _ operation: String,
    step: (inout Sequential, Matrix, Matrix) throws(StepError) -> Double,
    endOfEpoch: (Sequential, Int, Double) -> EpochDecision
  ) throws(TrainingError) {
    let neediest = layers.max { $0.minimumTrainingBatchRows < $1.minimumTrainingBatchRows }
    for epoch in 0..<epochs {
      var total = 0.0
      let batches = epochBatches(order(epoch), size: batchSize, epoch: epoch, rows: features.rows, operation)
      for (index, batch) in batches.enumerated() {
        if let neediest, batch.count < neediest.minimumTrainingBatchRows {
          throw .batchTooSmall(
            epoch: epoch + 1, step: index + 1, rows: batch.count, layer: neediest.name,
            minimum: neediest.minimumTrainingBatchRows, batchSize: batchSize,
            examples: batches.reduce(0) { $0 + $1.count })
        }
        do {
          total += try step(&self, features.rows(at: batch), targets.rows(at: batch))
        } catch {
          throw TrainingError(error, epoch: epoch + 1, step: index + 1)
        }
      }
      if endOfEpoch(self, epoch, total / Double(batches.count)) == .stop { return }
    }
  }
}
