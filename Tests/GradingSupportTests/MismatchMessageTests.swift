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
        + "Every entry is 3 times too large: a division by 3 is missing? (m, the number of examples, or K, the"
        + " classes?)")
  }

  /// The slips of issue 15, and of its review: dividing by m twice was called "a missing 1/m";
  /// a sign and a size were mixed up.
  func testAFactorIsNamedInTheProblemsOwnTerms() {
    let sizes = ProblemSizes(examples: 10, classes: 3)
    XCTAssertEqual(
      factorExplanation(0.1, sizes: sizes),
      "Every entry is 10 times too small: one division by m = 10 (the number of examples) too many"
        + " (dividing by m twice?).")
    XCTAssertEqual(
      factorExplanation(10, sizes: sizes),
      "Every entry is 10 times too large: a division by m = 10 (the number of examples) is missing.")
    XCTAssertEqual(
      factorExplanation(1.0 / 3, sizes: sizes),
      "Every entry is 3 times too small: dividing by all m·K = 30 entries where only the m = 10 rows are meant?")
    XCTAssertEqual(
      factorExplanation(-10, sizes: sizes, subject: "It"),
      "It is 10 times too large: a division by m = 10 (the number of examples) is missing, and the sign is flipped.")
    XCTAssertTrue(factorExplanation(-1, sizes: sizes).contains("a flipped sign"))
  }

  /// (Y − P)/m where −(2/m)(Y − P) is meant: a missing 2 and a flipped sign, not "a division by 2".
  func testSignAndSizeAreExplainedApart() {
    XCTAssertEqual(
      factorExplanation(-0.5, sizes: ProblemSizes(examples: 6)),
      "Every entry is half the expected value: a factor of 2 is missing (the 2 in d(x²)/dx = 2x?), and the sign"
        + " is flipped.")
    XCTAssertEqual(
      factorExplanation(2, sizes: ProblemSizes(examples: 2)),
      "Every entry is twice the expected value: a factor of 2 too many (or, with m = 2, a division by m missing).")
    XCTAssertEqual(
      factorExplanation(-4, sizes: .unknown),
      "Every entry is 4 times too large: a division by 4 is missing? (m, the number of examples, or K, the"
        + " classes?), and the sign is flipped")
    XCTAssertEqual(
      factorExplanation(0.04, sizes: .unknown),
      "Every entry is 25 times too small: one division by 25 too many? (dividing by m twice, or by m·K where m"
        + " is meant?)")
    XCTAssertEqual(
      factorExplanation(0.2, sizes: ProblemSizes(examples: 25, classes: 7)),
      "Every entry is 5 times too small: one division by 5 too many?", "known sizes that do not fit: no guess")
    XCTAssertEqual(factorExplanation(0.37, sizes: .unknown), "Every entry is 0.3700 times the expected value.")
    XCTAssertEqual(
      matrixMismatch(Matrix([[-2]]), Matrix([[2]]), "dL/dc", tolerance: 1e-7, scalar: true, sizes: .noFactors),
      "dL/dc is -2.0000, expected 2.0000 (relative error 1.0000, allowed 1.0000e-07).",
      "a coincidental factor is not explained")
    XCTAssertEqual(
      factorExplanation(0.5, sizes: .elementwise),
      "Every entry is half the expected value: a factor of 2 is missing (the 2 in d(x²)/dx = 2x?).")
    XCTAssertEqual(
      factorExplanation(1.0 / 4, sizes: .elementwise), "Every entry is 4 times too small: one division by 4 too many?",
      "an element-wise operation has no m or K to blame")
    XCTAssertTrue(
      factorExplanation(0, sizes: ProblemSizes(examples: 4)).contains("With an Int m, 1 / m is 0"),
      "Double(1 / m) is 0: the learner's Python-2 trap")
    XCTAssertEqual(
      factorExplanation(1.0 / 3, sizes: ProblemSizes(examples: 3, classes: 3), subject: "It"),
      "It is 3 times too small: one division too many (here m = K = 3: the number of examples or of classes).")
  }

  func testAWrongShapeGetsAHintAboutTheShape() {
    let expected = Matrix(rows: 4, columns: 3, repeating: 0)
    XCTAssertTrue(
      shapeHint(Matrix(rows: 3, columns: 4, repeating: 0), expected).hasPrefix("Rows and columns are swapped"))
    XCTAssertTrue(
      shapeHint(Matrix(rows: 4, columns: 1, repeating: 0), expected).contains("there is 1 column where 3 belong"))
    XCTAssertTrue(shapeHint(Matrix(rows: 2, columns: 3, repeating: 0), expected).contains("There are 2 rows where 4"))
    XCTAssertTrue(
      shapeHint(Matrix(rows: 30, columns: 1, repeating: 0), Matrix(rows: 1, columns: 5, repeating: 0))
        .hasPrefix("A column where a row belongs: check which axis you reduced"))
    XCTAssertEqual(
      shapeHint(Matrix(rows: 2, columns: 2, repeating: 0), expected),
      "Expected 4 × 3: the exercise's doc comment gives each shape.")
  }

  func testSingleNumbersMentionOnlySimpleFactors() {
    let simple = matrixMismatch(Matrix([[-0.5]]), Matrix([[0.5]]), "MSE", tolerance: 1e-7, scalar: true)
    XCTAssertTrue(
      simple?.hasSuffix("\nIt has the opposite sign: a flipped sign (Y − P where P − Y is meant, or + for −).") ?? false
    )
    let arbitrary = matrixMismatch(Matrix([[-0.25]]), Matrix([[0.5625]]), "MSE", tolerance: 1e-7, scalar: true)
    XCTAssertEqual(arbitrary, "MSE is -0.2500, expected 0.5625 (relative error 1.0000, allowed 1.0000e-07).")
  }

  func testWithinToleranceIsNoMismatch() {
    XCTAssertNil(matrixMismatch(Matrix([[1]]), Matrix([[1 + 1e-9]]), "x", tolerance: 1e-7))
  }

  func testNonFiniteValuesAreCalledOut() {
    let message = matrixMismatch(Matrix([[.nan]]), Matrix([[1]]), "P", tolerance: 1e-7, scalar: true)
    XCTAssertEqual(
      message,
      "P is NaN, expected 1.0000: look for ln 0 (−∞), 0·∞ (NaN), a division by zero, or exp of a large number"
        + " (e^710 = ∞).")
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
