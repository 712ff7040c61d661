import GradingSupport
import WorkbookBasics
import XCTest

/// The wording a learner reads when an answer is wrong: shape first, then the worst entry with
/// both numbers, then (when it applies) the factor between them.
final class MismatchMessageTests: XCTestCase {
  func testShapeComesFirst() {
    let message = matrixMismatch(Matrix(row: [1, 2]), Matrix(column: [1, 2]), "dL/dW", tolerance: 1e-7)
    XCTAssertEqual(message, "dL/dW has shape 1×2, expected 2×1.")
  }

  func testWorstEntryAndAConstantFactor() {
    let message = matrixMismatch(Matrix(column: [3, -6]), Matrix(column: [1, -2]), "dL/dW", tolerance: 1e-7)
    XCTAssertEqual(
      message,
      "dL/dW: entry [0, 0] is 3.0000, expected 1.0000 (relative error 0.5000, allowed 1.0000e-07).\n"
        + "Every entry is 3.0000 times the expected value (−1: a flipped sign; 2 or 0.5: a factor of 2; "
        + "the batch size: a missing 1/m).")
  }

  func testSingleNumbersMentionOnlySimpleFactors() {
    let simple = matrixMismatch(Matrix([[-0.5]]), Matrix([[0.5]]), "MSE", tolerance: 1e-7, scalar: true)
    XCTAssertTrue(simple?.contains("-1.0000 times") ?? false)
    let arbitrary = matrixMismatch(Matrix([[-0.25]]), Matrix([[0.5625]]), "MSE", tolerance: 1e-7, scalar: true)
    XCTAssertEqual(arbitrary, "MSE is -0.2500, expected 0.5625 (relative error 1.0000, allowed 1.0000e-07).")
  }

  func testWithinToleranceIsNoMismatch() {
    XCTAssertNil(matrixMismatch(Matrix([[1]]), Matrix([[1 + 1e-9]]), "x", tolerance: 1e-7))
  }

  func testNonFiniteValuesAreCalledOut() {
    let message = matrixMismatch(Matrix([[.nan]]), Matrix([[1]]), "P", tolerance: 1e-7, scalar: true)
    XCTAssertEqual(message, "P is NaN, expected 1.0000: look for a division by zero or an overflow.")
  }
}

final class AttemptTests: XCTestCase {
  func testOtherErrorsNameTheExercise() {
    XCTAssertThrowsError(try attempt("1.7") { () -> Int in throw LinearAlgebraError.singular(size: 2, column: 1) }) {
      error in
      XCTAssertTrue("\(error)".hasPrefix("Exercise 1.7 threw an error: solveLinearSystem: the 2×2 matrix is singular"))
    }
  }

  func testAnswersPassThrough() throws {
    XCTAssertEqual(try attempt("1.1") { 42 }, 42)
  }
}
