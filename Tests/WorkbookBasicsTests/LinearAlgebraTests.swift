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
}
