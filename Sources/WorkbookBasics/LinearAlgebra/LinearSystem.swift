/// Why a linear system could not be solved.
public enum LinearAlgebraError: Error, CustomStringConvertible, Equatable {
  /// No usable pivot was left in `column` of an n × n matrix: it is singular (or nearly so).
  case singular(size: Int, column: Int)
  /// An entry of an argument (or of the solution) is NaN or ±∞, so no answer can be trusted.
  case notFinite(operation: String, argument: String, row: Int, column: Int, value: Double)
  /// A product formed from finite data overflowed (entries near 1e154 and above).
  case overflow(operation: String, what: String)

  /// A sentence saying what went wrong and the usual cause in this course.
  public var description: String {
    switch self {
    case .singular(let size, let column):
      return "solveLinearSystem: the \(size)×\(size) matrix is singular (no usable pivot in column \(column)); "
        + "in XᵀX this happens when a feature is constant or a copy of other features"
    case .notFinite(let operation, let argument, let row, let column, let value):
      return "\(operation): \(argument) [\(row), \(column)] is \(formatNumber(value)); "
        + "a NaN or ∞ in the data (a missing value?) makes every entry of the answer meaningless"
    case .overflow(let operation, let what):
      return "\(operation): \(what) overflowed to ∞ although the data is finite; its values are too large "
        + "(rescale or standardise the features first)"
    }
  }
}

/// Solves `A · X = B` for `X` by Gaussian elimination with partial pivoting.
///
/// Used for the normal equation `(XᵀX) θ = Xᵀy`. Solving is cheaper and more accurate than
/// forming the inverse `(XᵀX)⁻¹`.
/// - Parameters:
///   - A: a square n × n matrix.
///   - B: an n × k right-hand side (k = 1 for one target).
/// - Returns: the n × k solution.
/// - Throws: `LinearAlgebraError.singular` when a pivot is zero or negligible next to the
///   largest entry of its column; `.notFinite` when `A` or `B` holds a NaN or ±∞, or the
///   solution overflows.
/// - Precondition: `A` is square and has as many rows as `B`.
public func solveLinearSystem(_ A: Matrix, _ B: Matrix) throws -> Matrix {
  require(
    A.rows == A.columns && A.rows == B.rows,
    "solveLinearSystem: A is \(A.shapeDescription), B is \(B.shapeDescription) — A must be square with as many rows as B"
  )
  try throwIfNotFinite(A, "solveLinearSystem", "A")
  try throwIfNotFinite(B, "solveLinearSystem", "B")
  let n = A.rows
  let k = B.columns
  var a = A.values
  var b = B.values
  let scale = A.values.reduce(0) { Swift.max($0, Swift.abs($1)) }
  let tolerance = Double(n) * scale * Double.ulpOfOne
  for column in 0..<n {
    // Choose the row with the largest entry in this column as the pivot.
    var pivotRow = column
    for row in (column + 1)..<n where Swift.abs(a[row * n + column]) > Swift.abs(a[pivotRow * n + column]) {
      pivotRow = row
    }
    let pivot = a[pivotRow * n + column]
    guard Swift.abs(pivot) > tolerance else { throw LinearAlgebraError.singular(size: n, column: column) }
    if pivotRow != column {
      for j in 0..<n { a.swapAt(column * n + j, pivotRow * n + j) }
      for j in 0..<k { b.swapAt(column * k + j, pivotRow * k + j) }
    }
    for row in (column + 1)..<n {
      let factor = a[row * n + column] / pivot
      if factor == 0 { continue }
      for j in column..<n { a[row * n + j] -= factor * a[column * n + j] }
      for j in 0..<k { b[row * k + j] -= factor * b[column * k + j] }
    }
  }
  // Back substitution, last row first.
  var x = [Double](repeating: 0, count: n * k)
  for row in stride(from: n - 1, through: 0, by: -1) {
    for j in 0..<k {
      var sum = b[row * k + j]
      for p in (row + 1)..<n { sum -= a[row * n + p] * x[p * k + j] }
      x[row * k + j] = sum / a[row * n + row]
    }
  }
  let solution = Matrix(rows: n, columns: k, values: x)
  try throwIfNotFinite(solution, "solveLinearSystem", "the solution X")
  return solution
}

/// Throws `LinearAlgebraError.notFinite` naming `operation`, `argument` and the first entry of
/// `matrix` that is NaN or ±∞.
public func throwIfNotFinite(_ matrix: Matrix, _ operation: String, _ argument: String) throws {
  guard let entry = matrix.firstNonFiniteEntry else { return }
  throw LinearAlgebraError.notFinite(
    operation: operation, argument: argument, row: entry.row, column: entry.column, value: entry.value)
}
