import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.4 · Clip by value.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the limit ignored (clipped to ±1): `testMatchesTheLibrary`;
/// - only the upper side clipped, min(g, limit): `testByHand`, `testMatchesTheLibrary`.
final class Exercise0504Tests: XCTestCase {
  /// [[−3, 0.5], [2, −0.2]] and [[1]] clipped to 1: [[−1, 0.5], [1, −0.2]] and [[1]] (an entry
  /// exactly at the limit stays).
  func testByHand() throws {
    let clipped = try attempt("5.4") {
      try Lesson05Exercises.clipGradientsByValue([Matrix([[-3, 0.5], [2, -0.2]]), Matrix([[1]])], limit: 1)
    }
    XCTAssertEqual(clipped.count, 2, "one clipped matrix per gradient, in order")
    guard clipped.count == 2 else { return }
    assertMatrix(
      clipped[0], matches: Matrix([[-1, 0.5], [1, -0.2]]), "the first gradient clipped to [−1, 1]",
      hint: "Each entry on its own: min(max(g, −limit), limit). Negative entries clip to −limit.")
    assertMatrix(
      clipped[1], matches: Matrix([[1]]), "an entry exactly at the limit", hint: "It is already inside [−1, 1].")
  }

  /// Seeded gradients of several shapes, against the library.
  func testMatchesTheLibrary() throws {
    var generator = SeededGenerator(seed: 507)
    let gradients = [
      Matrix.randomNormal(rows: 4, columns: 3, standardDeviation: 3, using: &generator),
      Matrix.randomNormal(rows: 1, columns: 3, standardDeviation: 3, using: &generator),
      Matrix.randomNormal(rows: 3, columns: 1, standardDeviation: 0.1, using: &generator),
    ]
    let clipped = try attempt("5.4") { try Lesson05Exercises.clipGradientsByValue(gradients, limit: 2.5) }
    let expected = clipByValue(gradients, limit: 2.5)
    XCTAssertEqual(clipped.count, expected.count, "one clipped matrix per gradient")
    for (index, pair) in zip(clipped, expected).enumerated() {
      assertMatrix(
        pair.0, matches: pair.1, "gradient \(index + 1) clipped to [−2.5, 2.5]",
        hint: "Keep every shape and the order; entries already inside the range are unchanged.")
    }
  }
}
