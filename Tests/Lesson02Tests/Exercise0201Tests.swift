import GradingSupport
import Lesson02Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 2.1 · Sigmoid.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - e^z/(1 + e^z) for every z (∞/∞ = NaN at z = 800): `testExtremeLogitsStayFinite`.
final class Exercise0201Tests: XCTestCase {
  /// σ(1.1) = 0.7503, the probability of note 002's email; σ(0) = 0.5.
  func testNotesEmail() throws {
    let a = try attempt("2.1") { try Lesson02Exercises.sigmoid(Matrix([[NotesEmail.z, 0]])) }
    assertMatrix(
      a, matches: Matrix([[NotesEmail.a, 0.5]]), "σ([1.1, 0])",
      hint: "σ(z) = 1 / (1 + e^(−z)): exp(-z), not exp(z).")
  }

  func testMatchesReferenceOnRandomLogitsKeepingTheShape() throws {
    var generator = SeededGenerator(seed: 201)
    let Z = Matrix.randomNormal(rows: 6, columns: 4, standardDeviation: 4, using: &generator)
    let a = try attempt("2.1") { try Lesson02Exercises.sigmoid(Z) }
    assertMatrix(
      a, matches: WorkbookReference.sigmoid(Z), "σ(Z) for a 6×4 Z",
      hint: "Apply σ to every entry and keep Z's shape: Z.map { … }.")
  }

  /// z = ±800 must give 1 and 0, never NaN (e^800 overflows to ∞, and ∞/∞ is NaN).
  func testExtremeLogitsStayFinite() throws {
    let Z = Matrix([[-800, -40, 40, 800]])
    let a = try attempt("2.1") { try Lesson02Exercises.sigmoid(Z) }
    assertMatrix(
      a, matches: WorkbookReference.sigmoid(Z), "σ([−800, −40, 40, 800])",
      hint: "exp(z) / (1 + exp(z)) is ∞/∞ = NaN at z = 800. Use 1 / (1 + exp(-z)) for z ≥ 0.")
  }
}
