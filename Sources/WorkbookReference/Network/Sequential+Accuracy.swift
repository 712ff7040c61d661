import WorkbookBasics

extension Sequential {
  /// The share of rows whose largest output (in inference mode) is the class of the one-hot
  /// target row: a classifier's accuracy.
  /// - Parameters:
  ///   - features: X, m × n, m ≥ 1.
  ///   - targets: one-hot Y, m rows of the network's output width.
  public func classificationAccuracy(features: Matrix, targets: Matrix) -> Double {
    require(
      features.rows == targets.rows && features.rows > 0,
      "Sequential.classificationAccuracy: X is \(features.shapeDescription) and Y is \(targets.shapeDescription); "
        + "they need the same number of rows, at least 1")
    return accuracy(predicted: argmaxPerRow(predict(features)), expected: argmaxPerRow(targets))
  }
}
