import WorkbookBasics

/// Logistic regression: a one-neuron network with a sigmoid output, for two classes (0 and 1).
///
/// ```
/// Z = X·w + b          (the logits, m × 1)
/// P̂ = σ(Z)             (the probability that y = 1)
/// ŷ = 1 if p̂ ≥ 0.5, i.e. if z ≥ 0, else 0
/// ```
public struct LogisticRegression: Sendable {
  /// w, n × 1: one weight per feature.
  public var weights: Matrix
  /// b, 1 × 1.
  public var bias: Matrix

  /// A model with the given parameters.
  /// - Precondition: `weights` is n × 1 and `bias` is 1 × 1.
  public init(weights: Matrix, bias: Matrix) {
    requireLayerShapes(weights: weights, bias: bias, "LogisticRegression", outputs: 1)
    self.weights = weights
    self.bias = bias
  }

  /// A model whose parameters are all zero (p̂ = 0.5 for every input).
  /// - Parameter features: n, the number of inputs.
  public static func zeros(features: Int) -> LogisticRegression {
    require(features > 0, "LogisticRegression.zeros: needs at least one feature, got \(features)")
    return LogisticRegression(weights: .zeros(rows: features, columns: 1), bias: .zeros(rows: 1, columns: 1))
  }

  /// The logits, before the sigmoid.
  /// ```
  /// Z = X·w + b
  /// ```
  /// - Parameter features: X, m × n.
  /// - Returns: Z, m × 1.
  public func logits(_ features: Matrix) -> Matrix {
    affineOutput(features, weights: weights, bias: bias, "LogisticRegression", outputs: 1)
  }

  /// The probability of class 1 for each row.
  /// ```
  /// P̂ = σ(X·w + b)
  /// ```
  /// - Parameter features: X, m × n.
  /// - Returns: P̂, m × 1, each in [0, 1].
  public func probabilities(_ features: Matrix) -> Matrix {
    sigmoid(logits(features))
  }

  /// The predicted class of each row: 1 where p̂ ≥ 0.5, which is where z ≥ 0.
  /// - Parameter features: X, m × n.
  /// - Returns: ŷ, m × 1, each 0 or 1.
  public func classify(_ features: Matrix) -> Matrix {
    logits(features).map { $0.isNaN ? $0 : $0 >= 0 ? 1 : 0 }  // NaN stays NaN, never class 0
  }
}

extension LogisticRegression: OneLayerModel {
  /// The logits Z = X·w + b.
  public func layerOutput(_ features: Matrix) -> Matrix { logits(features) }

  /// The binary cross-entropy on the logits (targets: m × 1 labels in [0, 1]);
  /// `gradients(features:targets:)` and the update step come from `OneLayerModel`:
  ///
  /// ```
  /// Z = X·w + b,  A = σ(Z),  J = BCE(Z, Y)
  /// dZ = (A − Y) / m          (dz = a − y per example, averaged)
  /// dJ/dw = Xᵀ · dZ           (n × 1)
  /// dJ/db = Σ dZ              (1 × 1)
  /// ```
  public static var outputLoss: any LossFunction { BinaryCrossEntropyLoss() }
}
