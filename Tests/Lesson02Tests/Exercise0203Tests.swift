import GradingSupport
import Lesson02Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 2.3 · dz = a − y.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - y − a instead of a − y: `testGradientCheck`, `testMatchesReferenceOnRandomBatch`, `testNotesEmail`;
/// - dz divided by m (the 1/m belongs to dw and db): `testGradientCheck`, `testMatchesReferenceOnRandomBatch`.
final class Exercise0203Tests: XCTestCase {
  /// Note 002's email: a = 0.7503, y = 0, so dz = 0.7503.
  func testNotesEmail() throws {
    let dz = try attempt("2.3") {
      try Lesson02Exercises.logitGradient(activations: Matrix([[NotesEmail.a]]), labels: NotesEmail.Y)
    }
    assertMatrix(dz, matches: Matrix([[NotesEmail.a]]), "dz", hint: "dz = a − y (prediction minus label).")
  }

  /// Each dzᵢ must be the derivative of example i's own loss with respect to its own zᵢ:
  /// compare with centred differences of the summed losses, Σᵢ loss(zᵢ, yᵢ).
  func testGradientCheck() throws {
    let problem = RandomProblem.make(rows: 8, features: 2, seed: 203)
    let Z = problem.X.matmul(problem.w) + problem.b
    let dz = try attempt("2.3") {
      try Lesson02Exercises.logitGradient(activations: WorkbookReference.sigmoid(Z), labels: problem.Y)
    }
    let summedLoss = { (Z: Matrix) in
      Double(Z.rows) * WorkbookReference.binaryCrossEntropy(logits: Z, labels: problem.Y)
    }
    assertMatrix(
      dz, matches: numericGradient(of: summedLoss, at: Z), "dz against the numeric derivative of each loss",
      tolerance: Tolerance.gradientCheck,
      hint: "dL/dz = (−y/a + (1 − y)/(1 − a))·a(1 − a), which simplifies to a − y. No 1/m here: one example each.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 12, features: 3, seed: 213)
    let Z = problem.X.matmul(problem.w) + problem.b
    let A = WorkbookReference.sigmoid(Z)
    let dz = try attempt("2.3") { try Lesson02Exercises.logitGradient(activations: A, labels: problem.Y) }
    assertMatrix(
      dz, matches: A - problem.Y, "dz for 12 examples", hint: "Subtract entry by entry: A − Y, an m × 1 matrix.")
  }
}
