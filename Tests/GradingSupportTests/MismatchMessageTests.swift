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
        + "Every entry is 3.0000 times the expected value: a division by 3 is missing? (m, the number of "
        + "examples, or K, the classes?)")
  }

  /// The slips of issue 15: dividing by m twice was called "a missing 1/m".
  func testAFactorIsNamedInTheProblemsOwnTerms() {
    let sizes = ProblemSizes(examples: 10, classes: 3)
    XCTAssertEqual(
      factorExplanation(0.1, sizes: sizes),
      "Every entry is 10 times too small: one division by m = 10 (the number of examples) too many"
        + " (dividing by it twice?).")
    XCTAssertEqual(
      factorExplanation(10, sizes: sizes),
      "Every entry is 10 times too large: a division by m = 10 (the number of examples) is missing.")
    XCTAssertEqual(
      factorExplanation(1.0 / 3, sizes: sizes),
      "Every entry is 3 times too small: one division by K = 3 (the number of classes) too many"
        + " (dividing by it twice?).")
    XCTAssertEqual(
      factorExplanation(-1.0 / 30, sizes: sizes),
      "Every entry is 30 times too small: one division by m·K = 30 too many (dividing by it twice?), and the"
        + " sign is flipped.")
    XCTAssertTrue(factorExplanation(-1, sizes: sizes).contains("a flipped sign"))
    XCTAssertTrue(factorExplanation(0.5, sizes: .unknown).contains("a factor of 2 is missing"))
    XCTAssertTrue(factorExplanation(2, sizes: .unknown).contains("a factor of 2 too many"))
    XCTAssertEqual(
      factorExplanation(0.04, sizes: .unknown),
      "Every entry is 1/25 of the expected value: one division by 25 too many? (dividing by m twice, or by m·K"
        + " where m is meant?)")
    XCTAssertEqual(factorExplanation(0.37, sizes: .unknown), "Every entry is 0.3700 times the expected value.")
  }

  func testAWrongShapeGetsAHintAboutTheShape() {
    let expected = Matrix(rows: 4, columns: 3, repeating: 0)
    XCTAssertTrue(
      shapeHint(Matrix(rows: 3, columns: 4, repeating: 0), expected).hasPrefix("Rows and columns are swapped"))
    XCTAssertTrue(shapeHint(Matrix(rows: 4, columns: 1, repeating: 0), expected).contains("1 columns where 3 belong"))
    XCTAssertTrue(shapeHint(Matrix(rows: 1, columns: 3, repeating: 0), expected).contains("1 rows where 4 belong"))
    XCTAssertEqual(
      shapeHint(Matrix(rows: 2, columns: 2, repeating: 0), expected),
      "Expected 4 × 3: the exercise's doc comment gives each shape.")
  }

  func testSingleNumbersMentionOnlySimpleFactors() {
    let simple = matrixMismatch(Matrix([[-0.5]]), Matrix([[0.5]]), "MSE", tolerance: 1e-7, scalar: true)
    XCTAssertTrue(simple?.contains("the opposite sign") ?? false)
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
