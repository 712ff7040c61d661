import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.5 · Clip by global norm.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - each gradient clipped by its own norm instead of the global one: `testByHand`,
///   `testKeepsTheDirectionAndMatchesTheLibrary`;
/// - gradients scaled even when the norm is already below maxNorm: `testUnchangedBelowTheLimit`;
/// - the norm after clipping returned instead of the norm before: `testByHand`,
///   `testKeepsTheDirectionAndMatchesTheLibrary`.
final class Exercise0505Tests: XCTestCase {
  /// [[3]] and [[4]]: global norm √(9 + 16) = 5. Clipped to 2.5 both halve: [[1.5]] and [[2]].
  func testByHand() throws {
    let result = try attempt("5.5") {
      try Lesson05Exercises.clipGradientsByGlobalNorm([Matrix([[3]]), Matrix([[4]])], maxNorm: 2.5)
    }
    assertNumber(
      result.normBefore, matches: 5, "the global norm of (3) and (4)",
      hint: "One norm over every entry of every gradient: √(3² + 4²) = 5, not 3 + 4.")
    XCTAssertEqual(result.gradients.count, 2, "one clipped matrix per gradient, in order")
    guard result.gradients.count == 2 else { return }
    assertMatrix(
      result.gradients[0], matches: Matrix([[1.5]]), "the first gradient after clipping",
      hint: "Every gradient is multiplied by the same factor maxNorm/n = 2.5/5 = 0.5.")
    assertMatrix(result.gradients[1], matches: Matrix([[2]]), "the second gradient after clipping", hint: "4 · 0.5.")
  }

  /// Below the limit nothing changes, and all-zero gradients give zeros (not NaN).
  func testUnchangedBelowTheLimit() throws {
    let small = [Matrix([[0.3, -0.4]])]
    let result = try attempt("5.5") { try Lesson05Exercises.clipGradientsByGlobalNorm(small, maxNorm: 1) }
    assertNumber(result.normBefore, matches: 0.5, "the norm of (0.3, −0.4)", hint: "√(0.09 + 0.16).")
    assertMatrix(
      result.gradients.first ?? Matrix([[Double.nan]]), matches: small[0], "a gradient of norm 0.5 with maxNorm 1",
      hint: "Only scale when the norm is larger than maxNorm.")
    let zeros = [Matrix.zeros(rows: 2, columns: 2)]
    let zero = try attempt("5.5") { try Lesson05Exercises.clipGradientsByGlobalNorm(zeros, maxNorm: 1) }
    assertMatrix(
      zero.gradients.first ?? Matrix([[Double.nan]]), matches: zeros[0], "an all-zero gradient",
      hint: "With norm 0 there is nothing to clip: return the gradients as they are (never divide by 0).")
  }

  /// Seeded gradients: the result has norm exactly maxNorm, points the same way, and matches
  /// the library.
  func testKeepsTheDirectionAndMatchesTheLibrary() throws {
    var generator = SeededGenerator(seed: 508)
    let gradients = [
      Matrix.randomNormal(rows: 5, columns: 4, standardDeviation: 10, using: &generator),
      Matrix.randomNormal(rows: 1, columns: 4, standardDeviation: 10, using: &generator),
    ]
    let result = try attempt("5.5") { try Lesson05Exercises.clipGradientsByGlobalNorm(gradients, maxNorm: 3) }
    let expected = clipByGlobalNorm(gradients, maxNorm: 3)
    assertNumber(
      result.normBefore, matches: expected.normBefore, "the global norm before clipping",
      hint: "Sum the squares of all entries of all gradients, then one square root.")
    assertNumber(
      globalNorm(result.gradients), matches: 3, "the global norm after clipping",
      hint: "Scale every gradient by maxNorm / n, the same factor for all of them.")
    for (index, pair) in zip(result.gradients, expected.gradients).enumerated() {
      assertMatrix(
        pair.0, matches: pair.1, "gradient \(index + 1) after clipping",
        hint: "Clipping by norm keeps the direction: each gradient is the original times one factor.")
    }
  }
}
