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
  require(
    matrix.rows == matrix.columns && matrix.rows > 0,
    "largestEigenvalue: needs a non-empty square matrix, got \(matrix.shapeDescription)")
  require(iterations >= 1, "largestEigenvalue: needs at least 1 iteration, got \(iterations)")
  requireFinite(matrix, "largestEigenvalue", "the matrix", cause: "an eigenvalue of it means nothing")
  // Start from a vector of ones so that the result needs no random numbers. Should it happen to
  // be orthogonal to the top eigenvector, the iteration finds a smaller eigenvalue instead; for
  // AᵀA with A = [1 | X] the ones direction is the intercept's, which every feature overlaps.
  var vector = Matrix.ones(rows: matrix.rows, columns: 1)
  var estimate = 0.0
  for _ in 0..<iterations {
    let next = matrix.matmul(vector)
    let length = next.dot(next).squareRoot()
    guard length > 0 else { return 0 }
    estimate = vector.dot(next) / vector.dot(vector)
    vector = next / length
  }
  return estimate
}
