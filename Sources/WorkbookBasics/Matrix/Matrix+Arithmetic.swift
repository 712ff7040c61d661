/// Element-wise arithmetic, numpy style: `+ - * /` work entry by entry (`*` is NOT the matrix
/// product; use `matmul`).
///
/// Two matrices combine when they have the same shape, or when one of them has the full shape
/// and the other is a 1 × n row (repeated down every row, as a bias), an m × 1 column (repeated
/// across every column) or 1 × 1. Unlike numpy, an m × 1 column never meets a 1 × n row to make
/// an m × n grid: that is almost always a shape bug, so it stops with a message instead.
extension Matrix {
  /// Combines two matrices entry by entry, broadcasting a row, column or single entry.
  /// - Parameters:
  ///   - lhs: the left operand.
  ///   - rhs: the right operand.
  ///   - operation: the name used in error messages, e.g. "add".
  ///   - symbol: the operator used in error messages, e.g. "+".
  ///   - combine: what to do with each pair of entries.
  /// - Returns: a matrix of the larger operand's shape.
  static func elementwise(
    _ lhs: Matrix, _ rhs: Matrix, _ operation: String, _ symbol: String,
    _ combine: (Double, Double) -> Double
  ) -> Matrix {
    let shape = broadcastShape(lhs, rhs, operation, symbol)
    let (lhsRowStep, lhsColumnStep) = strides(of: lhs)
    let (rhsRowStep, rhsColumnStep) = strides(of: rhs)
    let count = shape.rows * shape.columns
    // Every branch below writes every entry, so the result needs no zeroing first.
    let result = [Double](unsafeUninitializedCapacity: count) { out, initialized in
      defer { initialized = count }
      lhs.values.withUnsafeBufferPointer { a in
        rhs.values.withUnsafeBufferPointer { b in
          if lhs.count == rhs.count {
            for index in 0..<out.count { out[index] = combine(a[index], b[index]) }
            return
          }
          // A 1 × n row on the right (a bias added to every row): walk each row by pointer.
          if rhs.rows == 1 && rhs.columns == shape.columns && lhs.rows == shape.rows,
            let aBase = a.baseAddress, let bBase = b.baseAddress, let outBase = out.baseAddress
          {
            for row in 0..<shape.rows {
              let (aRow, outRow) = (aBase + row * shape.columns, outBase + row * shape.columns)
              for column in 0..<shape.columns { outRow[column] = combine(aRow[column], bBase[column]) }
            }
            return
          }
          for row in 0..<shape.rows {
            for column in 0..<shape.columns {
              out[row * shape.columns + column] = combine(
                a[row * lhsRowStep + column * lhsColumnStep],
                b[row * rhsRowStep + column * rhsColumnStep])
            }
          }
        }
      }
    }
    return Matrix(rows: shape.rows, columns: shape.columns, values: result)
  }

  /// How far to move in `values` for one step down a row and one step across a column; a
  /// broadcast dimension (size 1) does not move.
  private static func strides(of matrix: Matrix) -> (row: Int, column: Int) {
    (matrix.rows == 1 ? 0 : matrix.columns, matrix.columns == 1 ? 0 : 1)
  }

  private static func broadcastShape(
    _ lhs: Matrix, _ rhs: Matrix, _ operation: String, _ symbol: String
  ) -> (rows: Int, columns: Int) {
    if lhs.rows == rhs.rows && lhs.columns == rhs.columns { return lhs.shape }
    func fits(_ small: Matrix, into big: Matrix) -> Bool {
      (small.rows == 1 || small.rows == big.rows) && (small.columns == 1 || small.columns == big.columns)
    }
    if fits(rhs, into: lhs) { return lhs.shape }
    if fits(lhs, into: rhs) { return rhs.shape }
    fatalError(
      "\(operation): \(lhs.shapeDescription) \(symbol) \(rhs.shapeDescription) — shapes differ; "
        + "one side must have the full shape and the other the same shape, a 1×n row, "
        + "an m×1 column or 1×1")
  }

  /// `self = self − factor · other`, in place: a gradient-descent step θ ← θ − η·g with no
  /// new matrix (the same bits as `self - factor * other`).
  /// - Parameters:
  ///   - other: a matrix of the same shape.
  ///   - factor: the number `other` is multiplied by.
  /// - Precondition: the shapes are equal.
  public mutating func subtract(_ other: Matrix, scaledBy factor: Double) {
    require(
      rows == other.rows && columns == other.columns,
      "subtract(_:scaledBy:): \(shapeDescription) − \(other.shapeDescription) — shapes must be equal")
    other.values.withUnsafeBufferPointer { g in
      values.withUnsafeMutableBufferPointer { θ in
        guard let gBase = g.baseAddress, let θBase = θ.baseAddress else { return }
        KernelPath.activeKernels.subtractScaled(gBase, factor, θBase, θ.count)
      }
    }
  }

  /// Applies `transform` to every entry, as a numpy ufunc would.
  /// - Parameter transform: the function applied to each entry.
  /// - Returns: a matrix of the same shape.
  public func map(_ transform: (Double) throws -> Double) rethrows -> Matrix {
    Matrix(rows: rows, columns: columns, values: try values.map(transform))
  }

  /// Entry-wise sum, broadcasting a row, a column or 1×1 (see the type's notes).
  public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { elementwise(lhs, rhs, "add", "+", +) }
  /// Entry-wise difference, broadcasting a row, a column or 1×1.
  public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
    elementwise(lhs, rhs, "subtract", "−", -)
  }
  /// Entry-wise (Hadamard) product, numpy's `*`; the matrix product is `matmul`.
  public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
    elementwise(lhs, rhs, "multiply", "⊙", *)
  }
  /// Entry-wise quotient, broadcasting a row, a column or 1×1.
  public static func / (lhs: Matrix, rhs: Matrix) -> Matrix {
    elementwise(lhs, rhs, "divide", "÷", /)
  }

  /// Adds `rhs` to every entry.
  public static func + (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 + rhs } }
  /// Adds `lhs` to every entry.
  public static func + (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs + $0 } }
  /// Subtracts `rhs` from every entry.
  public static func - (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 - rhs } }
  /// Subtracts every entry from `lhs`.
  public static func - (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs - $0 } }
  /// Multiplies every entry by `rhs`.
  public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 * rhs } }
  /// Multiplies every entry by `lhs`.
  public static func * (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs * $0 } }
  /// Divides every entry by `rhs`.
  public static func / (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 / rhs } }
  /// Divides `lhs` by every entry.
  public static func / (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs / $0 } }
  /// Negates every entry.
  public static prefix func - (matrix: Matrix) -> Matrix { matrix.map { -$0 } }

  /// `lhs = lhs + rhs`, with the same broadcasting as `+`.
  public static func += (lhs: inout Matrix, rhs: Matrix) { lhs = lhs + rhs }
  /// `lhs = lhs - rhs`, with the same broadcasting as `-`.
  public static func -= (lhs: inout Matrix, rhs: Matrix) { lhs = lhs - rhs }
  /// `lhs = lhs * rhs` entry by entry.
  public static func *= (lhs: inout Matrix, rhs: Matrix) { lhs = lhs * rhs }
  /// `lhs = lhs * rhs` for a number.
  public static func *= (lhs: inout Matrix, rhs: Double) { lhs = lhs * rhs }
  /// `lhs = lhs / rhs` for a number.
  public static func /= (lhs: inout Matrix, rhs: Double) { lhs = lhs / rhs }
}
