import WorkbookBasics

/// Softmax regression (multinomial logistic regression): one linear score per class, turned
/// into probabilities by the softmax. A one-layer network with K output neurons.
///
/// ```
/// Z = X·W + b          (m × K: column k holds every example's score for class k)
/// P̂ = softmax(Z)       (row by row)
/// ŷ = argmaxₖ zₖ       (= argmaxₖ p̂ₖ)
/// ```
/// Column k of W and entry k of b are class k's own weights and bias, the notes' w₁ₖ … wₙₖ, bₖ.
public struct SoftmaxRegression: Sendable {
  /// W, n × K: one column of weights per class.
  public var weights: Matrix
  /// b, 1 × K: one bias per class.
  public var bias: Matrix

  /// A model with the given parameters.
  /// - Precondition: `bias` is 1 × K with the K of `weights`.
  public init(weights: Matrix, bias: Matrix) {
    requireLayerShapes(weights: weights, bias: bias, "SoftmaxRegression")
    self.weights = weights
    self.bias = bias
  }

  /// A model whose parameters are all zero: every class gets probability 1/K.
  /// - Parameters:
  ///   - features: n.
  ///   - classes: K.
  public static func zeros(features: Int, classes: Int) -> SoftmaxRegression {
    require(
      features > 0 && classes > 0,
      "SoftmaxRegression.zeros: needs at least one feature and one class, got \(features) and \(classes)")
    return SoftmaxRegression(weights: .zeros(rows: features, columns: classes), bias: .zeros(rows: 1, columns: classes))
  }

  /// The number of classes K.
  public var classCount: Int { weights.columns }

  /// The class scores, before the softmax.
  /// ```
  /// Z = X·W + b
  /// ```
  /// - Parameter features: X, m × n.
  /// - Returns: Z, m × K.
  public func logits(_ features: Matrix) -> Matrix {
    affineOutput(features, weights: weights, bias: bias, "SoftmaxRegression")
  }

  /// The probability of each class for each row.
  /// - Parameter features: X, m × n.
  /// - Returns: P̂ = softmax(X·W + b), m × K, each row summing to 1.
  public func probabilities(_ features: Matrix) -> Matrix {
    softmax(logits(features))
  }

  /// The predicted class of each row: the one with the largest score.
  /// - Parameter features: X, m × n.
  /// - Returns: m class numbers in 0..<K.
  public func classify(_ features: Matrix) -> [Int] {
    argmaxPerRow(logits(features))
  }
}

extension SoftmaxRegression: OneLayerModel {
  /// The logits Z = X·W + b.
  public func layerOutput(_ features: Matrix) -> Matrix { logits(features) }

  /// The softmax cross-entropy on the logits (targets: m × K one-hot rows, see
  /// `oneHot(_:classCount:)`); `gradients(features:targets:)` and the update step come from
  /// `OneLayerModel`:
  ///
  /// ```
  /// Z = X·W + b,  J = CE(softmax(Z), Y)
  /// dZ = (softmax(Z) − Y) / m     (dz = p̂ − y per example, averaged)
  /// dJ/dW = Xᵀ · dZ               (n × K)
  /// dJ/db = Σ dZ over the rows    (1 × K)
  /// ```
  public static var outputLoss: any LossFunction { SoftmaxCrossEntropyLoss() }
}
