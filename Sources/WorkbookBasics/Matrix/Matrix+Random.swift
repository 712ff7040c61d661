/// Random matrices drawn from a generator you pass in, so that results repeat run after run.
extension Matrix {
  /// Entries drawn independently from a normal distribution, like
  /// `np.random.normal(mean, std, (rows, columns))`.
  /// - Parameters:
  ///   - rows: the number of rows.
  ///   - columns: the number of columns.
  ///   - mean: the mean μ.
  ///   - standardDeviation: the standard deviation σ.
  ///   - generator: the source of randomness (use a `SeededGenerator`).
  public static func randomNormal(
    rows: Int, columns: Int, mean: Double = 0, standardDeviation: Double = 1,
    using generator: inout some RandomNumberGenerator
  ) -> Matrix {
    let count = entryCount(rows: rows, columns: columns, "randomNormal")
    requireFinite(mean, "randomNormal", "mean")
    requireUsableDeviation(standardDeviation, "randomNormal")
    var values = [Double]()
    values.reserveCapacity(count)
    for _ in 0..<count {
      values.append(generator.nextNormal(mean: mean, standardDeviation: standardDeviation))
    }
    return Matrix(rows: rows, columns: columns, values: values)
  }

  /// Entries drawn independently and uniformly from `range`.
  /// - Parameters:
  ///   - rows: the number of rows.
  ///   - columns: the number of columns.
  ///   - range: the interval [lowerBound, upperBound).
  ///   - generator: the source of randomness (use a `SeededGenerator`).
  public static func randomUniform(
    rows: Int, columns: Int, in range: Range<Double> = 0..<1,
    using generator: inout some RandomNumberGenerator
  ) -> Matrix {
    let count = entryCount(rows: rows, columns: columns, "randomUniform")
    requireUsableRange(range, "randomUniform")
    var values = [Double]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(generator.nextUniform(in: range)) }
    return Matrix(rows: rows, columns: columns, values: values)
  }
}
