import WorkbookBasics

/// A model that gradient descent can train: it measures its loss and gradients on a batch and
/// steps against them. `LinearModel` and `LogisticRegression` conform, so one trainer
/// (`MiniBatchGradientDescent`) serves both.
public protocol GradientDescentModel: Sendable {
  /// The loss on one batch and the gradient for every parameter.
  associatedtype Gradients: BatchGradients

  /// The forward and backward pass on one batch.
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, m × k.
  func gradients(features: Matrix, targets: Matrix) -> Gradients

  /// The same pass for a trainer: instead of stopping the program on a NaN or ∞ (as the loss
  /// functions do for a learner's call), it throws, so that the trainer can name the epoch and
  /// step.
  /// - Throws: `StepError.parameterNotFinite` when the model already holds a NaN or ∞,
  ///   `.outputNotFinite` when its output overflowed, `.lossNotFinite` when the loss did.
  func checkedGradients(features: Matrix, targets: Matrix) throws(StepError) -> Gradients

  /// The model after one step of size `learningRate` against `gradients`.
  func updated(by gradients: Gradients, learningRate: Double) -> Self
}

extension GradientDescentModel {
  /// `gradients(features:targets:)`, throwing when its loss is not finite.
  public func checkedGradients(features: Matrix, targets: Matrix) throws(StepError) -> Gradients {
    let result = gradients(features: features, targets: targets)
    guard result.loss.isFinite else { throw .lossNotFinite(loss: result.loss) }
    return result
  }
}

/// What a backward pass returns: at least the batch's loss (the trainer records it and stops
/// on NaN or ∞).
public protocol BatchGradients: Sendable {
  /// The loss on the batch, measured before the update.
  var loss: Double { get }
}

/// The loss of a one-layer model (weights and bias) on a batch, with its two gradients.
public struct ParameterGradients: BatchGradients {
  /// The loss on the batch, before any update.
  public let loss: Double
  /// dL/dW, the shape of the weights (n × k).
  public let weights: Matrix
  /// dL/dB, the shape of the bias (1 × k).
  public let bias: Matrix

  /// Bundles a loss and its gradients.
  public init(loss: Double, weights: Matrix, bias: Matrix) {
    self.loss = loss
    self.weights = weights
    self.bias = bias
  }
}

extension ParameterGradients {
  /// The gradients of a layer Z = X·W + b, given the gradient of the loss at its output.
  ///
  /// ```
  /// dL/dW = Xᵀ · dL/dZ            (n × k, the shape of W)
  /// dL/dB = Σ over rows of dL/dZ  (1 × k, the shape of b)
  /// ```
  /// - Parameters:
  ///   - loss: the loss on the batch.
  ///   - features: X, m × n.
  ///   - outputGradient: dL/dZ, m × k.
  public init(loss: Double, features: Matrix, outputGradient: Matrix) {
    self.init(
      loss: loss, weights: features.transposedMatmul(outputGradient), bias: outputGradient.sum(axis: 0))
  }
}

/// A model with one layer of parameters, weights W (n × k) and a bias b (1 × k), followed by a
/// loss: `LinearModel` (mean squared error), `LogisticRegression` (binary cross-entropy) and
/// `SoftmaxRegression` (softmax cross-entropy). They share one backward pass and one update.
public protocol OneLayerModel: GradientDescentModel where Gradients == ParameterGradients {
  /// W, n × k.
  var weights: Matrix { get }
  /// b, 1 × k.
  var bias: Matrix { get }
  /// A model with the given parameters.
  init(weights: Matrix, bias: Matrix)

  /// The layer's output Z = X·W + b, which the loss is applied to: the predictions of linear
  /// regression, the logits of the classifiers.
  /// - Parameter features: X, m × n.
  /// - Returns: Z, m × k.
  func layerOutput(_ features: Matrix) -> Matrix

  /// The loss applied to `layerOutput`, with its gradient dL/dZ.
  static var outputLoss: any LossFunction { get }
}

extension OneLayerModel {
  /// The forward and backward pass on one batch: the loss and the gradients of W and b.
  ///
  /// ```
  /// Z = X·W + b,  L = outputLoss(Z, Y)
  /// dL/dZ from the loss              (e.g. (σ(Z) − Y)/m, (softmax(Z) − Y)/m, −(2/m)(Y − Z))
  /// dL/dW = Xᵀ · dL/dZ               (n × k)
  /// dL/dB = Σ over rows of dL/dZ     (1 × k)
  /// ```
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, m × k, in the form the loss expects (values, 0/1 labels, one-hot rows).
  public func gradients(features: Matrix, targets: Matrix) -> ParameterGradients {
    requireNonEmptyBatch(features, "\(Self.self).gradients(features:targets:)", "X")
    return gradients(features: features, targets: targets, output: layerOutput(features))
  }

  /// The pass for a trainer: the parameters and the output are checked before the loss sees
  /// them, so a diverged or NaN model throws instead of stopping in the loss.
  public func checkedGradients(features: Matrix, targets: Matrix) throws(StepError) -> ParameterGradients {
    requireNonEmptyBatch(features, "\(Self.self).gradients(features:targets:)", "X")
    if !weights.isFinite || !bias.isFinite { throw .parameterNotFinite(layer: "\(Self.self)") }
    let z = layerOutput(features)
    if let broken = z.firstNonFiniteEntry { throw .outputNotFinite(value: broken.value) }
    let result = gradients(features: features, targets: targets, output: z)
    guard result.loss.isFinite else { throw .lossNotFinite(loss: result.loss) }
    return result
  }

  private func gradients(features: Matrix, targets: Matrix, output z: Matrix) -> ParameterGradients {
    ParameterGradients(
      loss: Self.outputLoss.loss(predicted: z, expected: targets), features: features,
      outputGradient: Self.outputLoss.gradient(predicted: z, expected: targets))
  }

  /// One gradient-descent update: every parameter moves against its gradient.
  ///
  /// ```
  /// W ← W − η · dL/dW,   b ← b − η · dL/dB
  /// ```
  /// - Parameters:
  ///   - gradients: the gradients from `gradients(features:targets:)`.
  ///   - learningRate: η.
  public func updated(by gradients: ParameterGradients, learningRate: Double) -> Self {
    let operation = "\(Self.self).updated(by:learningRate:)"
    requireUsableLearningRate(learningRate, operation)
    require(
      gradients.weights.shape == weights.shape && gradients.bias.shape == bias.shape,
      "\(operation): the gradients are dW \(gradients.weights.shapeDescription) and dB "
        + "\(gradients.bias.shapeDescription), but the model has W \(weights.shapeDescription) and b "
        + "\(bias.shapeDescription)")
    return Self(weights: weights - learningRate * gradients.weights, bias: bias - learningRate * gradients.bias)
  }
}
