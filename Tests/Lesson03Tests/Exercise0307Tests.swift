import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.7 · Multi-label cross-entropy.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the sum divided by m·K instead of m: `testExtremeLogitsGiveExactLosses`, `testMatchesReferenceOnRandomBatch`,
///   `testNotesPost`;
/// - ln σ(z) and ln(1 − σ(z)) taken directly (ln 0 at |z| = 800): `testExtremeLogitsGiveExactLosses`.
final class Exercise0307Tests: XCTestCase {
  /// Note 002's post tagged C and Python: L = 1.3252.
  func testNotesPost() throws {
    let cost = try attempt("3.7") {
      try Lesson03Exercises.multiLabelCrossEntropy(logits: NotesPost.Z, labels: NotesPost.multiLabelY)
    }
    assertNumber(
      cost, matches: NotesPost.multiLabelLoss, "the multi-label loss of note 002's post",
      hint: "Add one binary cross-entropy per class: −[ln σ(z_C) + ln(1 − σ(z_Java)) + ln σ(z_Python)].")
  }

  /// The cost sums over the classes and averages over the examples.
  func testMatchesReferenceOnRandomBatch() throws {
    var generator = SeededGenerator(seed: 307)
    let Z = RandomProblem.logits(rows: 12, classes: 4, seed: 317)
    let Y = Matrix(rows: 12, columns: 4, values: (0..<48).map { _ in generator.nextUniform() < 0.4 ? 1 : 0 })
    let cost = try attempt("3.7") { try Lesson03Exercises.multiLabelCrossEntropy(logits: Z, labels: Y) }
    assertNumber(
      cost, matches: WorkbookReference.multiLabelCrossEntropy(logits: Z, labels: Y),
      "the cost of 12 examples, 4 labels",
      hint: "Sum all 48 terms and divide by m = 12 (the rows), not by 48: the loss is summed over the classes.")
  }

  /// Logits of ±800: every term exact and finite.
  func testExtremeLogitsGiveExactLosses() throws {
    let Z = Matrix(row: [800, -800, 800, -800])
    let Y = Matrix(row: [1, 0, 0, 1])
    let cost = try attempt("3.7") { try Lesson03Exercises.multiLabelCrossEntropy(logits: Z, labels: Y) }
    assertNumber(
      cost, matches: 1600, "the loss for z = (800, −800, 800, −800), y = (1, 0, 0, 1)", tolerance: 1e-9,
      hint:
        "Two right answers cost 0 and two wrong ones cost 800 each: use exercise 2.2's stable form on every"
        + " entry (swift run workbook hint 3.7).")
  }
}
