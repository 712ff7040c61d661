/// Why a linear system could not be solved.
public enum LinearAlgebraError: Error, CustomStringConvertible, Equatable {
  /// No usable pivot was left in `column` of an n × n matrix: it is singular (or nearly so).
  case singular(size: Int, column: Int)

  /// A sentence saying what went wrong and the usual cause in this course.
  public var description: String {
    switch self {
    case .singular(let size, let column):
      return "solveLinearSystem: the \(size)×\(size) matrix is singular (no usable pivot in column \(column)); "
        + "in XᵀX this happens when a feature is constant or a copy of other features"
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
///   largest entry of its column.
/// - Precondition: `A` is square and has as many rows as `B`.
public func solveLinearSystem(_ A: Matrix, _ B: Matrix) throws -> Matrix {
  require(
    A.rows == A.columns && A.rows == B.rows,
    "solveLinearSystem: A is \(A.shapeDescription), B is \(B.shapeDescription) — A must be square with as many rows as B"
  )
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
  return Matrix(rows: n, columns: k, values: x)
}
