/// Every eigenvalue of a symmetric matrix, smallest first, by Jacobi's method: rotations in
/// one plane at a time, each of which zeroes one off-diagonal pair, swept over every pair
/// until the matrix is diagonal to rounding. For the small matrices of the lessons (a loss's
/// Hessian over a dozen parameters) it is exact to about 1e-15 of the largest eigenvalue,
/// and accurate in relative terms for the small eigenvalues of a positive definite matrix,
/// which is what a condition number needs.
/// - Parameter matrix: a square symmetric matrix of finite entries.
/// - Returns: its eigenvalues in ascending order.
/// - Precondition: `matrix` is square, not empty, finite and symmetric.
public func symmetricEigenvalues(_ matrix: Matrix) -> [Double] {
  let scale = requireSymmetricMatrix(matrix, "symmetricEigenvalues")
  let n = matrix.rows
  guard scale > 0 else { return Array(repeating: 0, count: n) }
  var a = (matrix / scale).values
  for _ in 0..<100 {
    var offDiagonal = 0.0
    var diagonal = 0.0
    for row in 0..<n {
      for column in 0..<n where column != row { offDiagonal += a[row * n + column] * a[row * n + column] }
      diagonal += a[row * n + row] * a[row * n + row]
    }
    if offDiagonal <= 1e-32 * diagonal || offDiagonal == 0 { break }
    for p in 0..<(n - 1) {
      for q in (p + 1)..<n { rotateAway(&a, n: n, p: p, q: q) }
    }
  }
  return (0..<n).map { a[$0 * n + $0] * scale }.sorted()
}

/// The ratio of a symmetric positive definite matrix's largest eigenvalue to its smallest.
/// For a loss's Hessian it says how much harder gradient descent has it than on a round
/// bowl: one learning rate must suit the steepest direction, and then the flattest one moves
/// about 1/κ of the way per step.
/// - Parameter matrix: a square symmetric matrix with positive eigenvalues.
/// - Returns: λ_max / λ_min.
/// - Precondition: the smallest eigenvalue is positive (the matrix is not singular).
public func conditionNumber(ofSymmetric matrix: Matrix) -> Double {
  let eigenvalues = symmetricEigenvalues(matrix)
  let (smallest, largest) = (eigenvalues[0], eigenvalues[eigenvalues.count - 1])
  require(
    smallest > 1e-14 * abs(largest),
    "conditionNumber: the matrix is singular or not positive definite (smallest eigenvalue "
      + "\(formatNumber(smallest)), largest \(formatNumber(largest))), so its condition number is infinite")
  return largest / smallest
}

/// One Jacobi rotation of the n × n row-major `a` in the plane of `p` and `q`, chosen so that
/// `a[p, q]` and `a[q, p]` become 0: A becomes JᵀAJ, with J the rotation.
private func rotateAway(_ a: inout [Double], n: Int, p: Int, q: Int) {
  let apq = a[p * n + q]
  guard apq != 0 else { return }
  let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
  // The smaller of the two rotation angles that work: tan φ = t.
  let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
  let c = 1 / (t * t + 1).squareRoot()
  let s = t * c
  for k in 0..<n {
    let (kp, kq) = (a[k * n + p], a[k * n + q])
    a[k * n + p] = c * kp - s * kq
    a[k * n + q] = s * kp + c * kq
  }
  for k in 0..<n {
    let (pk, qk) = (a[p * n + k], a[q * n + k])
    a[p * n + k] = c * pk - s * qk
    a[q * n + k] = s * pk + c * qk
  }
}
