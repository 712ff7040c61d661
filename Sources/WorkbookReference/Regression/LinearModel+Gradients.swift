import WorkbookBasics

extension LinearModel: GradientDescentModel {
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
  public func gradients(features: Matrix, targets: Matrix) -> ParameterGradients {
    let predictions = predict(features)
    let lossGradient = meanSquaredErrorGradient(predicted: predictions, expected: targets)
    return ParameterGradients(
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
  public func updated(by gradients: ParameterGradients, learningRate: Double) -> LinearModel {
    LinearModel(weights: weights - learningRate * gradients.weights, bias: bias - learningRate * gradients.bias)
  }
}
