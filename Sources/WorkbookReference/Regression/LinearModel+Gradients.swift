import WorkbookBasics

/// The loss of a linear model on a batch and its gradients.
public struct LinearModelGradients: Sendable {
  /// The mean squared error on the batch, before any update.
  public let loss: Double
  /// dL/dW, the shape of the weights (n × k).
  public let weights: Matrix
  /// dL/dB, the shape of the bias (1 × k).
  public let bias: Matrix
}

extension LinearModel {
  /// The forward and backward pass on one batch: the mean squared error and its gradients.
  ///
  /// ```
  /// N = X·W,  P = N + B,  L = (1/m)·Σ(Y − P)²
  /// dL/dP = −(2/m)(Y − P)
  /// dL/dW = Xᵀ · dL/dP           (n × k)
  /// dL/dB = Σ over rows of dL/dP (1 × k)
  /// ```
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, m × k.
  public func gradients(features: Matrix, targets: Matrix) -> LinearModelGradients {
    let predictions = predict(features)
    let lossGradient = meanSquaredErrorGradient(predicted: predictions, expected: targets)
    return LinearModelGradients(
      loss: meanSquaredError(predicted: predictions, expected: targets),
      weights: features.transposed().matmul(lossGradient),
      bias: lossGradient.sum(axis: 0))
  }

  /// One gradient-descent update: every parameter moves against its gradient.
  ///
  /// ```
  /// W ← W − η · dL/dW,   b ← b − η · dL/dB
  /// ```
  /// - Parameters:
  ///   - gradients: the gradients from `gradients(features:targets:)`.
  ///   - learningRate: η.
  public func updated(by gradients: LinearModelGradients, learningRate: Double) -> LinearModel {
    LinearModel(weights: weights - learningRate * gradients.weights, bias: bias - learningRate * gradients.bias)
  }
}
