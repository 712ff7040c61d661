import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.6 · Predict the class.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the smallest logit instead of the largest: `testAllNegativeLogits`, `testMatchesReferenceOnRandomBatch`,
///   `testNotesLogits`, `testTiesGoToTheFirst`;
/// - ties given to the last class instead of the first (≥ instead of >): `testTiesGoToTheFirst`.
final class Exercise0306Tests: XCTestCase {
  /// Note 002's three logit vectors: Python, C, C.
  func testNotesLogits() throws {
    let classes = try attempt("3.6") { try Lesson03Exercises.predictClasses(ThreePosts.noteLogits) }
    XCTAssertEqual(
      classes, ThreePosts.noteClasses,
      "the predicted classes of note 002's three posts (0 = C, 1 = Java, 2 = Python)\n"
        + "Hint: the class of the largest entry in each row; post 1's largest is 0.6477, in column 2.")
  }

  /// Every logit negative: the largest is still one of them.
  func testAllNegativeLogits() throws {
    let classes = try attempt("3.6") {
      try Lesson03Exercises.predictClasses(Matrix([[-3, -1, -2], [-0.5, -7, -0.6]]))
    }
    XCTAssertEqual(
      classes, [1, 0],
      "the classes for rows of negative logits\n"
        + "Hint: start each row's search from column 0's value, not from 0: −1 is the largest of (−3, −1, −2).")
  }

  /// Ties go to the first of the tied columns, like numpy's argmax.
  func testTiesGoToTheFirst() throws {
    let classes = try attempt("3.6") { try Lesson03Exercises.predictClasses(Matrix([[0.5, 2, 2], [1, 1, 1]])) }
    XCTAssertEqual(
      classes, [1, 0],
      "the classes for tied rows (0.5, 2, 2) and (1, 1, 1)\n"
        + "Hint: replace the best column only when an entry is strictly larger (>), not when equal.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let Z = RandomProblem.logits(rows: 50, classes: 10, seed: 306)
    let classes = try attempt("3.6") { try Lesson03Exercises.predictClasses(Z) }
    XCTAssertEqual(
      classes, WorkbookReference.argmaxPerRow(Z),
      "the classes of 50 random rows of 10 logits\nHint: one class number per row, counted from 0.")
  }
}
