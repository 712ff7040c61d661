/// Picking rows and columns out of a matrix, and gluing matrices side by side.
extension Matrix {
  /// The rows at `indices`, in that order: how a shuffled mini-batch is taken, numpy's
  /// `A[indices]`.
  /// - Parameter indices: row numbers, each in `0..<rows`; repeats are allowed.
  /// - Returns: a `indices.count` × `columns` matrix.
  public func rows(at indices: [Int]) -> Matrix {
    let outOfRange = indices.first { $0 < 0 || $0 >= rows }
    require(
      outOfRange == nil, "rows(at:): row \(outOfRange ?? 0) is out of range for a \(shapeDescription) matrix")
    // Each row copied straight into place (a mini-batch's gather, every training step).
    let width = columns
    let result = [Double](unsafeUninitializedCapacity: indices.count * width) { gathered, initialized in
      values.withUnsafeBufferPointer { source in
        guard let from = source.baseAddress, let to = gathered.baseAddress else { return }
        for (position, index) in indices.enumerated() {
          (to + position * width).initialize(from: from + index * width, count: width)
        }
      }
      initialized = indices.count * width
    }
    return Matrix(rows: indices.count, columns: columns, values: result)
  }

  /// The rows in `range`, numpy's `A[start:end]`.
  /// - Parameter range: a range within `0..<rows`.
  public func rows(in range: Range<Int>) -> Matrix {
    require(
      range.lowerBound >= 0 && range.upperBound <= rows,
      "rows(in:): \(range) is out of range for a \(shapeDescription) matrix")
    return rows(at: Array(range))
  }

  /// The columns in `range`, numpy's `A[:, start:end]`.
  /// - Parameter range: a range within `0..<columns`.
  public func columns(in range: Range<Int>) -> Matrix {
    require(
      range.lowerBound >= 0 && range.upperBound <= columns,
      "columns(in:): \(range) is out of range for a \(shapeDescription) matrix")
    var result = [Double]()
    result.reserveCapacity(rows * range.count)
    for i in 0..<rows {
      result.append(contentsOf: values[(i * columns + range.lowerBound)..<(i * columns + range.upperBound)])
    }
    return Matrix(rows: rows, columns: range.count, values: result)
  }

  /// Row `index` as a 1 × n matrix.
  public func row(_ index: Int) -> Matrix { rows(at: [index]) }

  /// Column `index` as an m × 1 matrix.
  public func column(_ index: Int) -> Matrix {
    require(
      index >= 0 && index < columns,
      "column(_:): column \(index) is out of range for a \(shapeDescription) matrix")
    return columns(in: index..<(index + 1))
  }

  /// Places matrices side by side, numpy's `np.hstack`: e.g. a column of ones next to `X`
  /// for the normal equation.
  /// - Parameter parts: matrices with the same number of rows.
  /// - Returns: a matrix whose columns are those of `parts`, left to right.
  public static func hstack(_ parts: [Matrix]) -> Matrix {
    guard let height = parts.first?.rows else { return Matrix(rows: 0, columns: 0, values: []) }
    for part in parts {
      require(
        part.rows == height,
        "hstack: \(parts.map(\.shapeDescription).joined(separator: ", ")) — every part needs \(height) rows")
    }
    let width = parts.reduce(0) { $0 + $1.columns }
    var result = [Double]()
    result.reserveCapacity(height * width)
    for i in 0..<height {
      for part in parts {
        result.append(contentsOf: part.values[(i * part.columns)..<((i + 1) * part.columns)])
      }
    }
    return Matrix(rows: height, columns: width, values: result)
  }

  /// Stacks matrices on top of each other, numpy's `np.vstack`: e.g. one gradient row per
  /// output into a Jacobian.
  /// - Parameter parts: matrices with the same number of columns.
  /// - Returns: a matrix whose rows are those of `parts`, top to bottom.
  public static func vstack(_ parts: [Matrix]) -> Matrix {
    guard let width = parts.first?.columns else { return Matrix(rows: 0, columns: 0, values: []) }
    for part in parts {
      require(
        part.columns == width,
        "vstack: \(parts.map(\.shapeDescription).joined(separator: ", ")) — every part needs \(width) columns")
    }
    return Matrix(rows: parts.reduce(0) { $0 + $1.rows }, columns: width, values: parts.flatMap(\.values))
  }
}
