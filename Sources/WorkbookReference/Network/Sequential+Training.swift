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
    let neediest = layers.max { $0.minimumTrainingBatchRows < $1.minimumTrainingBatchRows }
    var epochMeans = [Double]()
    for epoch in 0..<epochs {
      var total = 0.0
      let batches = epochBatches(order(epoch), size: batchSize, epoch: epoch, rows: features.rows, "train")
      for (step, batch) in batches.enumerated() {
        if let neediest, batch.count < neediest.minimumTrainingBatchRows {
          throw .batchTooSmall(
            epoch: epoch + 1, step: step + 1, rows: batch.count, layer: neediest.name,
            minimum: neediest.minimumTrainingBatchRows, batchSize: batchSize,
            examples: batches.reduce(0) { $0 + $1.count })
        }
        do {
          total += try trainingStep(
            features: features.rows(at: batch), targets: targets.rows(at: batch), learningRate: learningRate,
            clipping: clipping)
        } catch {
          throw TrainingError(error, epoch: epoch + 1, step: step + 1)
        }
      }
      epochMeans.append(total / Double(batches.count))
    }
    return epochMeans
  }
}
