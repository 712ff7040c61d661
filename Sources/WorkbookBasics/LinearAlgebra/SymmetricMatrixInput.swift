/// The checks every eigenvalue function makes on its input, in one place: a non-empty square
/// matrix of finite entries that equals its transpose (to rounding).
/// - Parameters:
///   - matrix: the input.
///   - function: the caller's name, for the message.
/// - Returns: the power of two nearest the largest entry's size (0 for a zero matrix). Dividing
///   by it keeps products of huge entries from overflowing, and changes no bit of the answer
///   once multiplied back.
func requireSymmetricMatrix(_ matrix: Matrix, _ function: String) -> Double {
  require(
    matrix.rows == matrix.columns && matrix.rows > 0,
    "\(function): needs a non-empty square matrix, got \(matrix.shapeDescription)")
  requireFinite(matrix, function, "the matrix", cause: "an eigenvalue of it means nothing")
  let largestEntry = matrix.values.reduce(0) { Swift.max($0, abs($1)) }
  guard largestEntry > 0 else { return 0 }
  for row in 0..<matrix.rows {
    for column in (row + 1)..<Swift.max(row + 1, matrix.columns) {
      let (a, b) = (matrix[row, column], matrix[column, row])
      require(
        abs(a - b) <= 1e-9 * largestEntry,
        "\(function): the matrix is not symmetric: [\(row), \(column)] is \(formatNumber(a)) but "
          + "[\(column), \(row)] is \(formatNumber(b))")
    }
  }
  return Double(sign: .plus, exponent: largestEntry.exponent, significand: 1)
}
