import WorkbookBasics

extension LinearModel: OneLayerModel {
  /// The predictions P = X·W + b.
  public func layerOutput(_ features: Matrix) -> Matrix { predict(features) }

  /// The mean squared error; `gradients(features:targets:)` from `OneLayerModel` then gives
  ///
  /// ```
  /// N = X·W,  P = N + B,  L = (1/m)·Σ(Y − P)²
  /// dL/dP = −(2/m)(Y − P)
  /// dL/dW = Xᵀ · dL/dP           (n × k)
  /// dL/dB = Σ over rows of dL/dP (1 × k)
  /// ```
  public static var outputLoss: any LossFunction { MeanSquaredErrorLoss() }
}
