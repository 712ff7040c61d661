import GradingSupport
import Lesson02Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 2.2 · Stable binary cross-entropy.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - ln σ(z) and ln(1 − σ(z)) taken directly (ln 0 at |z| = 800): `testExtremeLogitsGiveExactFiniteLosses`;
/// - the 1/m left out: `testMatchesReferenceOnRandomBatch`, `testThreeEmails`.
final class Exercise0202Tests: XCTestCase {
  /// Note 002's email: z = 1.1, y = 0, so J = −ln(1 − σ(1.1)) = 1.3873 (not the notes' 0.2877).
  func testNotesEmail() throws {
    let cost = try attempt("2.2") {
      try Lesson02Exercises.binaryCrossEntropy(logits: Matrix([[NotesEmail.z]]), labels: NotesEmail.Y)
    }
    assertNumber(
      cost, matches: NotesEmail.loss, "the loss of note 002's email",
      hint: "With y = 0 only the −(1 − y)·ln(1 − σ(z)) term counts. 0.2877 would be the y = 1 loss.")
  }

  /// Note 002's three emails, given as the logits of p̂ = 0.9, 0.3, 0.6: J = 0.3243.
  func testThreeEmails() throws {
    let cost = try attempt("2.2") {
      try Lesson02Exercises.binaryCrossEntropy(logits: ThreeEmails.logits, labels: ThreeEmails.Y)
    }
    assertNumber(
      cost, matches: ThreeEmails.cost, "the cost of the three emails",
      hint: "The cost is the mean of the three losses: divide the sum by m = 3.")
  }

  /// A confident right answer costs 0, a confident wrong one costs |z|; nothing is NaN or ∞.
  func testExtremeLogitsGiveExactFiniteLosses() throws {
    let cases: [(z: Double, y: Double, loss: Double)] = [
      (800, 1, 0), (800, 0, 800), (-800, 0, 0), (-800, 1, 800), (40, 0, 40),
    ]
    let losses = try cases.map { z, y, _ in
      try attempt("2.2") { try Lesson02Exercises.binaryCrossEntropy(logits: Matrix([[z]]), labels: Matrix([[y]])) }
    }
    let description = cases.map { "(z \(formatNumber($0.z, decimals: 0)), y \(formatNumber($0.y, decimals: 0)))" }
    assertMatrix(
      Matrix(row: losses), matches: Matrix(row: cases.map(\.loss)),
      "the losses for \(description.joined(separator: ", "))", tolerance: 1e-9,
      hint:
        "Don't form σ(z) and take its log: σ(40) rounds to 1, so ln(1 − σ) = −∞, and σ(−800) rounds to 0, so"
        + " ln σ = −∞. Write the loss in terms of z itself;"
        + " swift run workbook hint 2.2 (again and again) leads to a form that never overflows.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 25, features: 3, seed: 202)
    let Z = problem.X.matmul(problem.w) * 3 + problem.b
    let cost = try attempt("2.2") { try Lesson02Exercises.binaryCrossEntropy(logits: Z, labels: problem.Y) }
    assertNumber(
      cost, matches: WorkbookReference.binaryCrossEntropy(logits: Z, labels: problem.Y), "the cost of 25 examples",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "Average the per-example losses over all m entries.")
  }
}
