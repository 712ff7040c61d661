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
  /// ‖dL/dW‖ for every layer that has parameters, input side first, from the last backward pass.
  ///
  /// In a deep sigmoid network at initialisation these shrink towards the input: the bottom
  /// layers hardly learn. Call `computeGradients(features:targets:)` first.
  public var weightGradientNorms: [LayerGradientNorm] {
    layers.indices.compactMap { index in
      guard let weightGradient = layers[index].parameterGradients.first else { return nil }
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
  ///   (layers with running statistics, such as `BatchNorm`, have already seen that batch).
  @discardableResult
  public mutating func train(
    features: Matrix, targets: Matrix, epochs: Int, batchSize: Int, learningRate: Double,
    clipping: GradientClipping = .none, order: (Int) -> [Int]
  ) throws -> [Double] {
    require(
      features.rows == targets.rows,
      "train: X is \(features.shapeDescription) but Y is \(targets.shapeDescription) — they need the same "
        + "number of rows")
    require(batchSize > 0, "train: the batch size must be positive, got \(batchSize)")
    var epochMeans = [Double]()
    for epoch in 0..<epochs {
      var total = 0.0
      var count = 0
      for (step, batch) in miniBatches(of: order(epoch), size: batchSize).enumerated() {
        let batchTargets = targets.rows(at: batch)
        let output = forward(features.rows(at: batch), training: true)
        if let broken = output.values.first(where: { !$0.isFinite }) {
          throw TrainingError.outputNotFinite(epoch: epoch + 1, step: step + 1, value: broken)
        }
        let loss = self.loss.loss(predicted: output, expected: batchTargets)
        guard loss.isFinite else { throw TrainingError.diverged(epoch: epoch + 1, step: step + 1, loss: loss) }
        backward(self.loss.gradient(predicted: output, expected: batchTargets))
        if let broken = layers.first(where: { layer in
          layer.parameterGradients.contains { gradient in gradient.values.contains { !$0.isFinite } }
        }) {
          throw TrainingError.gradientNotFinite(epoch: epoch + 1, step: step + 1, layer: broken.name)
        }
        let gradients = clipping.apply(to: parameterGradients)
        setParameters(zip(parameters, gradients).map { $0 - learningRate * $1 })
        total += loss
        count += 1
      }
      epochMeans.append(total / Double(Swift.max(count, 1)))
    }
    return epochMeans
  }
}
