/// A two-dimensional grid of `Double`s, stored row by row: the workbook's numpy array.
///
/// Rows are samples throughout the workbook: a batch `X` is m × n (m observations, n features),
/// weights `W` are n_in × n_out, a bias `b` is 1 × n_out, and `P = X·W + b`.
///
/// ```
/// let X = Matrix([[1, 2], [3, 4], [5, 6]])   // 3×2
/// let W = Matrix(column: [0.5, -1])           // 2×1
/// let P = X.matmul(W) + 0.25                  // 3×1
/// ```
public struct Matrix: Equatable, Sendable {
  /// The number of rows (for a batch: the number of observations m).
  public let rows: Int
  /// The number of columns (for a batch: the number of features n).
  public let columns: Int
  /// The entries, row after row: entry (i, j) is `values[i * columns + j]`.
  public internal(set) var values: [Double]

  /// A matrix of the given shape holding `values` row after row.
  /// - Parameters:
  ///   - rows: the number of rows (at least 0).
  ///   - columns: the number of columns (at least 0).
  ///   - values: `rows * columns` numbers, row-major.
  /// - Precondition: `values.count == rows * columns`.
  public init(rows: Int, columns: Int, values: [Double]) {
    let needed = entryCount(rows: rows, columns: columns, "Matrix")
    require(
      values.count == needed,
      "Matrix: a \(rows)×\(columns) matrix needs \(needed) values, got \(values.count)")
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  /// A matrix from a list of rows, as in `np.array([[1, 2], [3, 4]])`.
  /// - Parameter rows: the rows; each must have the same length.
  /// - Precondition: all rows have the same number of entries.
  public init(_ rows: [[Double]]) {
    let width = rows.first?.count ?? 0
    for (index, row) in rows.enumerated() {
      require(
        row.count == width,
        "Matrix: row \(index) has \(row.count) entries but row 0 has \(width); rows must have equal length")
    }
    self.init(rows: rows.count, columns: width, values: rows.flatMap { $0 })
  }

  /// An m × 1 column vector.
  /// - Parameter values: the entries, top to bottom.
  public init(column values: [Double]) {
    self.init(rows: values.count, columns: 1, values: values)
  }

  /// A 1 × n row vector.
  /// - Parameter values: the entries, left to right.
  public init(row values: [Double]) {
    self.init(rows: 1, columns: values.count, values: values)
  }

  /// A matrix whose every entry is `value`.
  /// - Parameters:
  ///   - rows: the number of rows.
  ///   - columns: the number of columns.
  ///   - value: the entry repeated everywhere.
  public init(rows: Int, columns: Int, repeating value: Double) {
    let count = entryCount(rows: rows, columns: columns, "Matrix(rows:columns:repeating:)")
    self.init(rows: rows, columns: columns, values: Array(repeating: value, count: count))
  }

  /// A matrix of zeros, as `np.zeros((rows, columns))`.
  public static func zeros(rows: Int, columns: Int) -> Matrix {
    Matrix(rows: rows, columns: columns, repeating: 0)
  }

  /// A matrix of ones, as `np.ones((rows, columns))`.
  public static func ones(rows: Int, columns: Int) -> Matrix {
    Matrix(rows: rows, columns: columns, repeating: 1)
  }

  /// The n × n identity matrix.
  public static func identity(_ size: Int) -> Matrix {
    require(size >= 0, "Matrix.identity: the size cannot be negative, got \(size)")
    var result = zeros(rows: size, columns: size)
    for index in 0..<size { result.values[index * size + index] = 1 }
    return result
  }

  /// The shape as a pair, as numpy's `shape`.
  public var shape: (rows: Int, columns: Int) { (rows, columns) }

  /// The shape written the way the workbook prints it, e.g. `3×2`.
  public var shapeDescription: String { "\(rows)×\(columns)" }

  /// The number of entries, `rows * columns`.
  public var count: Int { values.count }

  /// True when every entry is a finite number (no NaN, no ±∞).
  public var isFinite: Bool {
    // The training loop checks every gradient, so this runs in the kernel module's vector code.
    values.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return true }
      return KernelPath.activeKernels.allFinite(base, buffer.count)
    }
  }

  /// The entry in row `row` and column `column` (both counted from 0).
  /// - Precondition: both indices are in range.
  public subscript(row: Int, column: Int) -> Double {
    get {
      checkIndex(row, column)
      return values[row * columns + column]
    }
    set {
      checkIndex(row, column)
      values[row * columns + column] = newValue
    }
  }

  private func checkIndex(_ row: Int, _ column: Int) {
    require(
      row >= 0 && row < rows && column >= 0 && column < columns,
      "Matrix[\(row), \(column)]: out of range for a \(shapeDescription) matrix")
  }
}
