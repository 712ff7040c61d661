import GradingSupport
import Lesson02Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 2.6 · Predict.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - z > 0 instead of z ≥ 0 (the boundary z = 0 is class 1): `testBoundaryBelongsToClassOne`;
/// - the 0.5 probability threshold applied to the logits: `testBoundaryBelongsToClassOne`,
///   `testMatchesReferenceOnRandomBatch`.
final class Exercise0206Tests: XCTestCase {
  /// Note 002's email has z = 1.1, p̂ = 0.7503 ≥ 0.5: class 1 (spam), although its label is 0.
  func testNotesEmail() throws {
    let labels = try attempt("2.6") {
      try Lesson02Exercises.predict(NotesEmail.X, weights: NotesEmail.w, bias: NotesEmail.b)
    }
    assertMatrix(labels, matches: Matrix([[1]]), "ŷ", hint: "p̂ = 0.7503 ≥ 0.5, so the class is 1.")
  }

  /// z = −2, −1e-9, 0, 1e-9, 3: classes 0, 0, 1, 1, 1 (z = 0, p̂ = 0.5 exactly, is class 1).
  func testBoundaryBelongsToClassOne() throws {
    let X = Matrix(column: [0, 1.999999999, 2, 2.000000001, 5])
    let labels = try attempt("2.6") { try Lesson02Exercises.predict(X, weights: Matrix([[1]]), bias: Matrix([[-2]])) }
    assertMatrix(
      labels, matches: Matrix(column: [0, 0, 1, 1, 1]), "ŷ around the boundary z = 0",
      hint: "Class 1 when z ≥ 0 (p̂ ≥ 0.5), including z = 0 exactly; otherwise 0.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 60, features: 4, seed: 206)
    let labels = try attempt("2.6") { try Lesson02Exercises.predict(problem.X, weights: problem.w, bias: problem.b) }
    let reference = LogisticRegression(weights: problem.w, bias: problem.b).classify(problem.X)
    assertMatrix(
      labels, matches: reference, "ŷ for 60 examples",
      hint: "One 0 or 1 per example, an m × 1 matrix: compare X·w + b with 0.")
  }
}
