import WorkbookBasics

/// Linear regression as a model: weights W (n × k) and a bias b (1 × k).
///
/// ```
/// P = X·W + b      (X is m × n: one observation per row)
/// ```
public struct LinearModel: Sendable {
  /// W, n × k: one row per feature, one column per output.
  public var weights: Matrix
  /// b, 1 × k: added to every row of X·W.
  public var bias: Matrix

  /// A model with the given parameters.
  /// - Precondition: `bias` is 1 × (the number of columns of `weights`).
  public init(weights: Matrix, bias: Matrix) {
    requireLayerShapes(weights: weights, bias: bias, "LinearModel")
    self.weights = weights
    self.bias = bias
  }

  /// A model whose parameters are all zero.
  /// - Parameters:
  ///   - features: n, the number of inputs.
  ///   - outputs: k, the number of outputs.
  public static func zeros(features: Int, outputs: Int = 1) -> LinearModel {
    require(
      features > 0 && outputs > 0,
      "LinearModel.zeros: needs at least one feature and one output, got \(features) and \(outputs)")
    return LinearModel(weights: .zeros(rows: features, columns: outputs), bias: .zeros(rows: 1, columns: outputs))
  }

  /// The predictions for a batch.
  /// ```
  /// P = X·W + b
  /// ```
  /// - Parameter features: X, m × n.
  /// - Returns: P, m × k.
  public func predict(_ features: Matrix) -> Matrix {
    affineOutput(features, weights: weights, bias: bias, "LinearModel.predict")
  }
}
