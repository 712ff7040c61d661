import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.6 · LeCun initialisation.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - He's 2/n_in instead of 1/n_in: `testOneInputIsAStandardNormalDraw`, `testVarianceOnALargeDraw`;
/// - the fan-out, or Glorot's average of both fans: `testExactDrawsForASeed`, `testVarianceOnALargeDraw`;
/// - σ² passed as σ: `testExactDrawsForASeed` (fan-in 3), `testVarianceOnALargeDraw`;
/// - `1 / fanIn` on Ints (0 for every fan-in above 1): `testExactDrawsForASeed`;
/// - the shape transposed, or more than one draw: `testExactDrawsForASeed`.
final class Exercise0506Tests: XCTestCase {
  /// fan_in = 1: σ² = 1/1, so the weights are standard normal draws whatever fan_out is.
  func testOneInputIsAStandardNormalDraw() throws {
    var generator = SeededGenerator(seed: 5061)
    let W = try attempt("5.6") { try Lesson05Exercises.lecunNormal(fanIn: 1, fanOut: 2, using: &generator) }
    var reference = SeededGenerator(seed: 5061)
    assertMatrix(
      W, matches: Matrix(row: [reference.nextNormal(), reference.nextNormal()]), "a 1 → 2 layer's weights (σ² = 1/1)",
      hint: "LeCun's variance is 1/n_in = 1 here: σ = 1, the plain randomNormal draws. (He's rule would double it.)")
  }

  /// The exact draws for a seed: 3 → 4, σ = √(1/3).
  func testExactDrawsForASeed() throws {
    var generator = SeededGenerator(seed: 506)
    let W = try attempt("5.6") { try Lesson05Exercises.lecunNormal(fanIn: 3, fanOut: 4, using: &generator) }
    InitializerChecks.assertSameDraws(
      W, generator: &generator, rule: .lecunNormal, seed: 506, fanIn: 3, fanOut: 4,
      "W for a 3 → 4 layer, seed 506 (σ = √(1/3) ≈ 0.577)",
      hint: "The shape is fanIn × fanOut and σ = √(1/n_in) uses the fan-in only. 1/3 on Ints is 0.")
  }

  /// On 250 × 400 weights the variance is 1/250, within a relative error of 0.03.
  func testVarianceOnALargeDraw() throws {
    var generator = SeededGenerator(seed: 507)
    let W = try attempt("5.6") { try Lesson05Exercises.lecunNormal(fanIn: 250, fanOut: 400, using: &generator) }
    InitializerChecks.assertLargeDraw(
      W, fanIn: 250, fanOut: 400, variance: 1.0 / 250,
      hint: "σ² = 1/n_in = 0.004. 0.008 is He's 2/n_in; 0.0025 used the fan-out; 0.0031 is Glorot's "
        + "average of both fans; 1.6e-05 (= 0.004²) means σ² was passed as σ.")
  }

}
