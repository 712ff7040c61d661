import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.4 · dz = p̂ − y.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the 1/m left out: `testGradientCheck`, `testMatchesReferenceOnRandomBatch`;
/// - y − p̂ instead of p̂ − y: `testGradientCheck`, `testMatchesReferenceOnRandomBatch`, `testNotesPost`.
final class Exercise0304Tests: XCTestCase {
  /// Note 002's post as a batch of one: dz = p̂ − y = (0.6955, 0.1150, 0.1895 − 1).
  func testNotesPost() throws {
    let dZ = try attempt("3.4") {
      try Lesson03Exercises.crossEntropyGradient(logits: NotesPost.Z, labels: NotesPost.Y)
    }
    assertMatrix(
      dZ, matches: NotesPost.dZ, "dz for note 002's post",
      hint: "dz = softmax(z) − y: every class's probability, minus 1 for the true class (Python).")
  }

  /// dZ must be the gradient of the cost: compare with centred differences of the reference J.
  func testGradientCheck() throws {
    let problem = RandomProblem.make(rows: 6, features: 3, classes: 4, seed: 304)
    let Z = problem.X.matmul(problem.W) + problem.b
    let dZ = try attempt("3.4") { try Lesson03Exercises.crossEntropyGradient(logits: Z, labels: problem.Y) }
    let numeric = numericGradient(
      of: { WorkbookReference.softmaxCrossEntropy(logits: $0, labels: problem.Y) }, at: Z)
    assertMatrix(
      dZ, matches: numeric, "dJ/dZ against the numeric gradient (6 examples, 4 classes)",
      tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "J is the mean over the 6 examples, so dJ/dZ = (softmax(Z) − Y) / 6.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 30, features: 5, classes: 10, seed: 314)
    let Z = problem.X.matmul(problem.W) + problem.b
    let dZ = try attempt("3.4") { try Lesson03Exercises.crossEntropyGradient(logits: Z, labels: problem.Y) }
    assertMatrix(
      dZ, matches: WorkbookReference.softmaxCrossEntropyGradient(logits: Z, labels: problem.Y),
      "dJ/dZ (30 examples, 10 classes)", sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "(softmax(Z) − Y) / m, the same shape as Z.")
  }
}
