/// The largest eigenvalue of a symmetric positive semi-definite matrix, by power iteration.
///
/// For the mean squared error the curvature of the loss is `H = (2/m)·XᵀX`; gradient descent
/// is stable only for learning rates below `2 / λ_max(H)`. The lessons use this to pick a
/// learning rate that is fair to both scaled and unscaled features.
/// - Parameters:
///   - matrix: a square symmetric matrix with no negative eigenvalues (such as XᵀX).
///   - iterations: how many multiplications to run.
/// - Returns: the estimate of λ_max.
/// - Precondition: `matrix` is square and not empty.
public func largestEigenvalue(ofSymmetric matrix: Matrix, iterations: Int = 500) -> Double {
  require(iterations >= 1, "largestEigenvalue: needs at least 1 iteration, got \(iterations)")
  let scale = requireSymmetricMatrix(matrix, "largestEigenvalue")
  guard scale > 0 else { return 0 }
  // Work on the matrix divided by the power of two nearest its largest entry, so that 1e200
  // entries cannot overflow the products; a power of two scales every step exactly, so the
  // answer (scaled back at the end) is the same bits as without it.
  let scaled = matrix / scale
  // Start from a vector of ones so that the result needs no random numbers. Should it happen to
  // be orthogonal to the top eigenvector, the iteration finds a smaller eigenvalue instead; for
  // AᵀA with A = [1 | X] the ones direction is the intercept's, which every feature overlaps.
  var vector = Matrix.ones(rows: matrix.rows, columns: 1)
  var estimate = 0.0
  for _ in 0..<iterations {
    let next = scaled.matmul(vector)
    let length = next.dot(next).squareRoot()
    guard length > 0 else { return 0 }
    estimate = vector.dot(next) / vector.dot(vector)
    vector = next / length
  }
  require(
    estimate >= -1e-12,
    "largestEigenvalue: the matrix has a negative eigenvalue (about \(formatNumber(estimate * scale))), "
      + "so it is not positive semi-definite as XᵀX is")
  return Swift.max(estimate, 0) * scale
}
