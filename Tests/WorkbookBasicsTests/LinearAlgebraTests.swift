import WorkbookBasics
import XCTest

final class LinearAlgebraTests: XCTestCase {
  /// 2x + y − z = 8, −3x − y + 2z = −11, −2x + y + 2z = −3 has the solution (2, 3, −1).
  func testSolvesKnownSystem() throws {
    let A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
    let x = try solveLinearSystem(A, Matrix(column: [8, -11, -3]))
    XCTAssertLessThan(relativeError(x, Matrix(column: [2, 3, -1])), 1e-14)
  }

  /// A zero in the first pivot position needs a row swap.
  func testPivotsPastAZeroDiagonal() throws {
    let A = Matrix([[0, 1], [1, 0]])
    let x = try solveLinearSystem(A, Matrix([[3, 1], [5, 2]]))
    XCTAssertEqual(x, Matrix([[5, 2], [3, 1]]))
  }

  func testSingularMatrixIsReported() {
    let A = Matrix([[1, 2], [2, 4]])
    XCTAssertThrowsError(try solveLinearSystem(A, Matrix(column: [1, 2]))) { error in
      XCTAssertEqual(error as? LinearAlgebraError, .singular(size: 2, column: 1))
      XCTAssertTrue("\(error)".contains("singular"))
    }
  }

  func testLargestEigenvalueOfKnownMatrices() {
    XCTAssertEqual(largestEigenvalue(ofSymmetric: Matrix([[3, 0], [0, 1]])), 3, accuracy: 1e-12)
    // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
    XCTAssertEqual(largestEigenvalue(ofSymmetric: Matrix([[2, 1], [1, 2]])), 3, accuracy: 1e-12)
  }

  func testSymmetricEigenvaluesOfKnownMatrices() {
    for (found, wanted) in zip(symmetricEigenvalues(Matrix([[2, 1], [1, 2]])), [1.0, 3]) {
      XCTAssertEqual(found, wanted, accuracy: 1e-15)
    }
    let tridiagonal = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
    let expected = [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()]
    for (found, wanted) in zip(symmetricEigenvalues(tridiagonal), expected) {
      XCTAssertEqual(found, wanted, accuracy: 1e-14)
    }
    XCTAssertEqual(symmetricEigenvalues(.zeros(rows: 3, columns: 3)), [0, 0, 0])
  }

  /// A = Q·diag(λ)·Qᵀ with Q a Householder reflection, so the eigenvalues are known exactly,
  /// spread over eight orders of magnitude as an unscaled loss's Hessian is.
  func testSymmetricEigenvaluesAreAccurateInRelativeTermsAcrossEightOrders() {
    let eigenvalues = [1e-6, 0.5, 2, 3, 1e2]
    let v = Matrix(column: [1, -2, 0.5, 3, 1])
    let Q = Matrix.identity(5) - 2 / v.dot(v) * v.matmul(v.transposed())
    let A = Q.matmul(Matrix((0..<5).map { i in (0..<5).map { j in i == j ? eigenvalues[i] : 0 } })).matmul(
      Q.transposed())
    let symmetric = 0.5 * (A + A.transposed())
    for (found, wanted) in zip(symmetricEigenvalues(symmetric), eigenvalues) {
      XCTAssertEqual(found / wanted, 1, accuracy: 1e-7, "eigenvalue \(wanted) found as \(found)")
    }
    XCTAssertEqual(conditionNumber(ofSymmetric: symmetric) / 1e8, 1, accuracy: 1e-7)
  }

  /// The Hilbert matrix H[i, j] = 1/(i + j + 1) of size 6 is a classic ill-conditioned case:
  /// its condition number is 1.495e7.
  func testConditionNumberOfTheHilbertMatrix() {
    let hilbert = Matrix((0..<6).map { i in (0..<6).map { j in 1 / Double(i + j + 1) } })
    XCTAssertEqual(conditionNumber(ofSymmetric: hilbert) / 1.495105864e7, 1, accuracy: 1e-6)
    XCTAssertEqual(
      symmetricEigenvalues(hilbert).last ?? 0, largestEigenvalue(ofSymmetric: hilbert), accuracy: 1e-12)
  }
}
