/// The largest relative error between two matrices of the same shape, entry by entry
/// (the measure CS231n's gradient checks use).
///
/// ```
/// max over (i, j) of |a − b| / max(1e-8, |a| + |b|)
/// ```
/// Around 1e-7 or below, two results agree; a gradient check passes below 1e-5.
/// - Parameters:
///   - a: one matrix.
///   - b: another matrix of the same shape.
/// - Returns: the largest relative error (∞ where one entry is NaN or infinite).
/// - Precondition: the shapes are equal.
public func relativeError(_ a: Matrix, _ b: Matrix) -> Double {
  require(
    a.rows == b.rows && a.columns == b.columns,
    "relativeError: \(a.shapeDescription) vs \(b.shapeDescription) — shapes must be equal")
  var worst = 0.0
  for index in 0..<a.count {
    worst = Swift.max(worst, relativeError(a.values[index], b.values[index]))
  }
  return worst
}

/// The relative error of two numbers, `|a − b| / max(1e-8, |a| + |b|)`.
/// - Returns: the error, or ∞ when either number is NaN or infinite.
public func relativeError(_ a: Double, _ b: Double) -> Double {
  guard a.isFinite && b.isFinite else { return a == b ? 0 : .infinity }
  return Swift.abs(a - b) / Swift.max(1e-8, Swift.abs(a) + Swift.abs(b))
}
