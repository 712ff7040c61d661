import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.2 · Stable softmax.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - no stabilising shift (e^1000 = ∞): `testHugeLogitsStayFinite`, `testWidelySpreadRowsStayFinite`;
/// - every row divided by the sum of the whole matrix (the wrong axis): `testEachRowSeparately`,
///   `testHugeLogitsStayFinite`, `testMatchesReferenceOnRandomBatch`, `testWidelySpreadRowsStayFinite`;
/// - the shift by the row's minimum or mean instead of its maximum (fine on (1000, 1001, 1002), but
///   e^800 = ∞ on a row as spread as (0, 800)): `testWidelySpreadRowsStayFinite`.
final class Exercise0302Tests: XCTestCase {
  /// Note 002's post: z = (1.7, −0.1, 0.4) gives p̂ = (0.6955, 0.1150, 0.1895).
  func testNotesPost() throws {
    let P = try attempt("3.2") { try Lesson03Exercises.softmax(NotesPost.Z) }
    assertMatrix(
      P, matches: NotesPost.P, "softmax(1.7, −0.1, 0.4)",
      hint: "p̂ₖ = e^(zₖ) / (e^(z_C) + e^(z_Java) + e^(z_Python)): exponentiate, then divide by the row's total.")
  }

  /// Rows on very different scales: each row is normalised on its own.
  func testEachRowSeparately() throws {
    let Z = Matrix([[1, 2, 3], [-5, 0, 5], [10, 10, 10]])
    let P = try attempt("3.2") { try Lesson03Exercises.softmax(Z) }
    assertMatrix(
      P, matches: WorkbookReference.softmax(Z), "softmax of three rows",
      hint: "Each row has its own maximum and its own total; every row must add up to 1 by itself.")
  }

  /// (1000, 1001, 1002) overflows e^z; (−1000, −1001, −1002) underflows it to 0.
  func testHugeLogitsStayFinite() throws {
    let Z = Matrix([[1000, 1001, 1002], [-1000, -1001, -1002]])
    let P = try attempt("3.2") { try Lesson03Exercises.softmax(Z) }
    assertMatrix(
      P, matches: WorkbookReference.softmax(Matrix([[0, 1, 2], [0, -1, -2]])), "softmax of ±(1000, 1001, 1002)",
      hint: "Subtract the row's largest logit before exp: e^1000 is ∞ and ∞/∞ is NaN, but e^(z − M) ≤ 1.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let Z = RandomProblem.logits(rows: 20, classes: 7, scale: 3, seed: 302)
    let P = try attempt("3.2") { try Lesson03Exercises.softmax(Z) }
    assertMatrix(
      P, matches: WorkbookReference.softmax(Z), "softmax of 20 × 7 random logits",
      hint: "Work row by row and return an m × K matrix in the same layout as Z.")
  }

  /// Widely spread rows: only the row's maximum keeps every exponent ≤ 0. A shift by the
  /// minimum leaves e^800 = ∞ in the first row; by the mean (266.7 in the second row),
  /// e^(1500 − 266.7) = ∞.
  func testWidelySpreadRowsStayFinite() throws {
    let Z = Matrix([[0, 800, 400], [-700, 0, 1500]])
    let P = try attempt("3.2") { try Lesson03Exercises.softmax(Z) }
    assertMatrix(
      P, matches: WorkbookReference.softmax(Z), "softmax of (0, 800, 400) and (−700, 0, 1500)",
      hint:
        "Subtract each row's largest logit: then every exponent is ≤ 0. Subtracting the smallest, or the"
        + " mean, still leaves an exponent above 709 in rows spread this wide, and e^710 = ∞.")
  }
}
