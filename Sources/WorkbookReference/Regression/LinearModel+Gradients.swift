import WorkbookBasics

extension LinearModel: OneLayerModel {
  /// The forward and backward pass on one batch: the mean squared error and its gradients.
  ///
  /// ```
  /// N = X·W,  P = N + B,  L = (1/m)·Σ(Y − P)²
  /// dL/dP = −(2/m)(Y − P)
  /// dL/dW = Xᵀ · dL/dP           (n × k)
  /// dL/dB = Σ over rows of dL/dP (1 × k)
  /// ```
  /// The update step, W ← W − η·dL/dW and b ← b − η·dL/dB, comes from `OneLayerModel`.
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, m × k.
  public func gradients(features: Matrix, targets: Matrix) -> ParameterGradients {
    let predictions = predict(features)
    return ParameterGradients(
      loss: meanSquaredError(predicted: predictions, expected: targets), features: features,
      outputGradient: meanSquaredErrorGradient(predicted: predictions, expected: targets))
  }
}
