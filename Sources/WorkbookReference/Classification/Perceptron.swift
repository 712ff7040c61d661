import WorkbookBasics

/// Rosenblatt's perceptron: a threshold unit trained by his learning rule, which moves the
/// weights only when an example is misclassified.
///
/// ```
/// ŷ = 1 if x·w + b > 0, else 0
/// for each example:  w ← w + η·(y − ŷ)·xᵀ,   b ← b + η·(y − ŷ)
/// ```
/// If the classes can be split by a line (a hyperplane), the rule stops making mistakes after
/// finitely many updates; if not (XOR), it never does.
public struct Perceptron: Sendable {
  /// w, n × 1.
  public var weights: Matrix
  /// b.
  public var bias: Double

  /// A perceptron with the given parameters.
  /// - Precondition: `weights` is one column.
  public init(weights: Matrix, bias: Double) {
    require(
      weights.columns == 1 && weights.rows > 0,
      "Perceptron: the weights must be n×1 with n ≥ 1, got \(weights.shapeDescription)")
    self.weights = weights
    self.bias = bias
  }

  /// A perceptron with all-zero parameters.
  /// - Parameter features: n.
  public static func zeros(features: Int) -> Perceptron {
    require(features > 0, "Perceptron.zeros: needs at least one feature, got \(features)")
    return Perceptron(weights: .zeros(rows: features, columns: 1), bias: 0)
  }

  /// The predicted class of each row: 1 where x·w + b > 0.
  /// - Parameter features: X, m × n.
  /// - Returns: m × 1 of 0s and 1s.
  public func classify(_ features: Matrix) -> Matrix {
    require(
      features.columns == weights.rows,
      "Perceptron: X is \(features.shapeDescription) but there are \(weights.rows) weights")
    return (features.matmul(weights) + bias).map { $0.isNaN ? $0 : $0 > 0 ? 1 : 0 }  // NaN stays NaN
  }

  /// One pass of the learning rule over the rows in order.
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - labels: y, m × 1 of 0s and 1s.
  ///   - learningRate: η.
  /// - Returns: how many rows were misclassified (and so caused an update) during the pass.
  @discardableResult
  public mutating func trainEpoch(features: Matrix, labels: Matrix, learningRate: Double = 1) -> Int {
    require(
      labels.rows == features.rows && labels.columns == 1,
      "Perceptron.trainEpoch: X is \(features.shapeDescription), so the labels must be \(features.rows)×1, "
        + "got \(labels.shapeDescription)")
    requireEntries(of: labels, in: 0...1, "Perceptron.trainEpoch", "labels")
    require(features.rows > 0, "Perceptron.trainEpoch: there are no examples (X is \(features.shapeDescription))")
    requireFinite(features, "Perceptron.trainEpoch", "X")
    requireFinite(weights, "Perceptron.trainEpoch", "the weights", cause: "set them to finite numbers first")
    requireFinite(bias, "Perceptron.trainEpoch", "the bias")
    require(
      learningRate > 0 && learningRate.isFinite,
      "Perceptron.trainEpoch: the learning rate must be a finite number > 0, got \(formatNumber(learningRate))")
    var mistakes = 0
    for row in 0..<features.rows {
      let x = features.row(row)
      let error = labels[row, 0] - classify(x)[0, 0]
      guard error != 0 else { continue }
      mistakes += 1
      weights = weights + learningRate * error * x.transposed()
      bias += learningRate * error
    }
    return mistakes
  }
}
