import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.8 · Multi-label predictions.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the threshold hard-coded as 0.5: `testOtherThreshold`;
/// - p̂ > threshold instead of ≥: `testThresholdIsInclusive`.
final class Exercise0308Tests: XCTestCase {
  /// Note 002's three posts at 0.5: {C, Python}, {Java}, {Python}.
  func testNotesProbabilities() throws {
    let P = Matrix([[0.85, 0.15, 0.65], [0.25, 0.70, 0.40], [0.30, 0.45, 0.80]])
    let labels = try attempt("3.8") { try Lesson03Exercises.predictLabels(probabilities: P, threshold: 0.5) }
    assertMatrix(
      labels, matches: Matrix([[1, 0, 1], [0, 1, 0], [0, 0, 1]]), "the labels of note 002's three posts",
      hint: "A 1 wherever p̂ ≥ 0.5, a 0 elsewhere; a row may hold several 1s.")
  }

  /// A probability exactly at the threshold is a yes, as z = 0 is for the logits.
  func testThresholdIsInclusive() throws {
    let labels = try attempt("3.8") {
      try Lesson03Exercises.predictLabels(probabilities: Matrix(row: [0.5, 0.4999, 0.5001]), threshold: 0.5)
    }
    assertMatrix(
      labels, matches: Matrix(row: [1, 0, 1]), "the labels for p̂ = (0.5, 0.4999, 0.5001)",
      hint: "Compare with ≥, not >: σ(0) = 0.5 exactly, and z = 0 counts as a yes.")
  }

  /// Another threshold, on random probabilities.
  func testOtherThreshold() throws {
    let P = WorkbookReference.sigmoid(RandomProblem.logits(rows: 10, classes: 5, seed: 308))
    let labels = try attempt("3.8") { try Lesson03Exercises.predictLabels(probabilities: P, threshold: 0.8) }
    assertMatrix(
      labels, matches: WorkbookReference.multiLabelPredictions(probabilities: P, threshold: 0.8),
      "the labels at threshold 0.8", hint: "Use the threshold you are given, not a fixed 0.5.")
  }
}
