/// Sums, means and extremes, overall or along one axis (numpy's `axis=0` / `axis=1`,
/// always keeping two dimensions, like `keepdims=True`).
extension Matrix {
  /// The sum of all entries, `np.sum(A)`.
  public func sum() -> Double {
    var total = 0.0
    values.withUnsafeBufferPointer { a in
      for value in a { total += value }
    }
    return total
  }

  /// The mean of all entries, `np.mean(A)`.
  /// - Precondition: the matrix is not empty.
  public func mean() -> Double {
    require(count > 0, "mean: the matrix is empty (\(shapeDescription))")
    let total = sum()
    // When finite entries add up past the largest Double (two 1e308s), divide first.
    guard !total.isFinite, isFinite else { return total / Double(count) }
    return values.reduce(0) { $0 + $1 / Double(count) }
  }

  /// Sums along one axis, keeping two dimensions.
  ///
  /// `axis: 0` adds the rows together (one total per column): a 1 × n row, as
  /// `np.sum(A, axis=0, keepdims=True)`; this is how a bias gradient adds up over a batch.
  /// `axis: 1` adds across each row: an m × 1 column.
  /// - Parameter axis: 0 or 1.
  /// - Returns: 1 × n for axis 0, m × 1 for axis 1.
  public func sum(axis: Int) -> Matrix {
    require(axis == 0 || axis == 1, "sum(axis:): axis must be 0 (down the rows) or 1 (across the columns), got \(axis)")
    var result = [Double](repeating: 0, count: axis == 0 ? columns : rows)
    values.withUnsafeBufferPointer { a in
      result.withUnsafeMutableBufferPointer { out in
        guard let source = a.baseAddress, let totals = out.baseAddress else { return }
        // Row by row in both cases, so each total adds its entries in order, top to bottom
        // or left to right; down the rows, a whole row is added at a time (a bias gradient's
        // Σ over the batch, every training step), which vectorises.
        for i in 0..<rows {
          let row = source + i * columns
          if axis == 0 {
            for j in 0..<columns { totals[j] = totals[j] + row[j] }
          } else {
            for j in 0..<columns { totals[i] = totals[i] + row[j] }
          }
        }
      }
    }
    return axis == 0 ? Matrix(row: result) : Matrix(column: result)
  }

  /// Means along one axis, keeping two dimensions (see `sum(axis:)`).
  /// - Parameter axis: 0 (the mean of each column, 1 × n) or 1 (of each row, m × 1).
  public func mean(axis: Int) -> Matrix {
    require(
      axis == 0 || axis == 1, "mean(axis:): axis must be 0 (down the rows) or 1 (across the columns), got \(axis)")
    let length = axis == 0 ? rows : columns
    require(length > 0, "mean(axis: \(axis)): nothing to average in a \(shapeDescription) matrix")
    let totals = sum(axis: axis)
    // When finite entries add up past the largest Double, divide first.
    guard !totals.isFinite, isFinite else { return totals / Double(length) }
    return (self / Double(length)).sum(axis: axis)
  }

  /// The Euclidean (Frobenius) norm √(Σ x²) of all the entries, as `np.linalg.norm(A)`.
  /// Large and small entries are scaled first, so 1e200 entries give 1e200·√n, not ∞.
  public func norm() -> Double {
    let largest = values.reduce(0) { Swift.max($0, abs($1)) }
    guard largest > 0, largest.isFinite else { return values.contains(where: \.isNaN) ? .nan : largest }
    var sumOfSquares = 0.0
    for value in values {
      let scaled = value / largest
      sumOfSquares += scaled * scaled
    }
    return largest * sumOfSquares.squareRoot()
  }

  /// Variances along one axis, dividing by the count (the biased, "population" variance, as
  /// `np.var(A, axis=axis)`), keeping two dimensions like `mean(axis:)`.
  /// - Parameter axis: 0 (the variance of each column, 1 × n) or 1 (of each row, m × 1).
  public func variance(axis: Int) -> Matrix {
    require(
      axis == 0 || axis == 1, "variance(axis:): axis must be 0 (down the rows) or 1 (across the columns), got \(axis)")
    require(
      (axis == 0 ? rows : columns) > 0, "variance(axis: \(axis)): nothing to average in a \(shapeDescription) matrix")
    let centred = self - mean(axis: axis)
    return (centred * centred).mean(axis: axis)
  }

  /// The largest entry, or NaN when any entry is NaN (as `np.max`: a NaN is never skipped).
  /// - Precondition: the matrix is not empty.
  public func max() -> Double {
    require(count > 0, "max: the matrix is empty (\(shapeDescription))")
    return values.contains(where: \.isNaN) ? .nan : values.max() ?? .nan
  }

  /// The smallest entry, or NaN when any entry is NaN (as `np.min`: a NaN is never skipped).
  /// - Precondition: the matrix is not empty.
  public func min() -> Double {
    require(count > 0, "min: the matrix is empty (\(shapeDescription))")
    return values.contains(where: \.isNaN) ? .nan : values.min() ?? .nan
  }
}
