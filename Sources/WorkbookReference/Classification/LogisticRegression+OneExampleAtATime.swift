import WorkbookBasics

extension LogisticRegression {
  /// The same cost and gradients as `gradients(features:targets:)`, computed the way note 003
  /// writes them before vectorising: a loop over the examples, and inside it a loop over the
  /// features.
  ///
  /// ```
  /// J = 0, dw = 0, db = 0
  /// for i in 1…m:
  ///   zᵢ = Σⱼ wⱼ·xᵢⱼ + b;   aᵢ = σ(zᵢ)
  ///   J += −[yᵢ·ln aᵢ + (1 − yᵢ)·ln(1 − aᵢ)]
  ///   dzᵢ = aᵢ − yᵢ
  ///   for j in 1…n:  dwⱼ += xᵢⱼ·dzᵢ
  ///   db += dzᵢ
  /// J /= m;  dw /= m;  db /= m
  /// ```
  /// It exists to be timed against the vectorised version; both are compiled optimised, so the
  /// comparison is loop against whole-matrix kernel, not debug against release.
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, m × 1 labels in [0, 1].
  public func gradientsOneExampleAtATime(features: Matrix, targets: Matrix) -> ParameterGradients {
    require(
      features.columns == weights.rows && targets.rows == features.rows && targets.columns == 1,
      "gradientsOneExampleAtATime: X is \(features.shapeDescription) and Y is \(targets.shapeDescription); "
        + "with \(weights.rows) weights they must be m×\(weights.rows) and m×1")
    requireNonEmptyBatch(features, "gradientsOneExampleAtATime", "X")
    requireFinite(features, "gradientsOneExampleAtATime", "X", cause: "a missing or broken value in the data")
    requireLabels(targets, "gradientsOneExampleAtATime")
    requireFinite(weights, "gradientsOneExampleAtATime", "the weights")
    requireFinite(bias, "gradientsOneExampleAtATime", "the bias")
    let (m, n) = (features.rows, features.columns)
    let w = weights.values
    let b = bias[0, 0]
    var cost = 0.0
    var dw = [Double](repeating: 0, count: n)
    var db = 0.0
    for i in 0..<m {
      var zi = b
      for j in 0..<n { zi += w[j] * features[i, j] }
      let yi = targets[i, 0]
      cost += binaryCrossEntropyTerm(logit: zi, label: yi)
      let dzi = sigmoid(zi) - yi
      for j in 0..<n { dw[j] += features[i, j] * dzi }
      db += dzi
    }
    let scale = 1 / Double(m)
    return ParameterGradients(
      loss: cost * scale, weights: Matrix(column: dw.map { $0 * scale }), bias: Matrix([[db * scale]]))
  }
}
