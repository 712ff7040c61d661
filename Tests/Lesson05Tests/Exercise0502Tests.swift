import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.2 · He initialisation.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the fan-out used instead of the fan-in: `testExactDrawsForASeed`, `testTwoInputsGiveStandardNormalDraws`,
///   `testVarianceOnALargeDraw`;
/// - Glorot's 2/(n_in + n_out) instead of He's 2/n_in: `testExactDrawsForASeed`,
///   `testTwoInputsGiveStandardNormalDraws`, `testVarianceOnALargeDraw`;
/// - `2 / fanIn` on Ints (0 for every fan-in above 2): `testExactDrawsForASeed` (fan-in 4),
///   `testVarianceOnALargeDraw`.
final class Exercise0502Tests: XCTestCase {
  /// fan_in = 2: σ² = 2/2 = 1, so the draw is one standard normal number whatever fan_out is.
  func testTwoInputsGiveStandardNormalDraws() throws {
    var generator = SeededGenerator(seed: 5021)
    let W = try attempt("5.2") { try Lesson05Exercises.heNormal(fanIn: 2, fanOut: 1, using: &generator) }
    var reference = SeededGenerator(seed: 5021)
    let expected = Matrix(column: [reference.nextNormal(), reference.nextNormal()])
    assertMatrix(
      W, matches: expected, "a 2 → 1 layer's weights (σ² = 2/2)",
      hint: "He's variance uses the fan-in only: σ² = 2/n_in = 1 here, so σ = 1.")
  }

  /// The exact draws for a seed: 4 → 2, σ = √(2/4).
  func testExactDrawsForASeed() throws {
    var generator = SeededGenerator(seed: 503)
    let W = try attempt("5.2") { try Lesson05Exercises.heNormal(fanIn: 4, fanOut: 2, using: &generator) }
    InitializerChecks.assertSameDraws(
      W, generator: &generator, rule: .heNormal, seed: 503, fanIn: 4, fanOut: 2,
      "W for a 4 → 2 layer, seed 503 (σ = √(2/4))",
      hint: "The shape is fanIn × fanOut; σ = √(2/n_in) uses the fan-in, not the fan-out.")
  }

  /// On 300 × 500 weights the variance is 2/300, within a relative error of 0.03.
  func testVarianceOnALargeDraw() throws {
    var generator = SeededGenerator(seed: 504)
    let W = try attempt("5.2") { try Lesson05Exercises.heNormal(fanIn: 300, fanOut: 500, using: &generator) }
    InitializerChecks.assertLargeDraw(
      W, fanIn: 300, fanOut: 500, variance: 2.0 / 300,
      hint: "σ² = 2/n_in = 2/300 ≈ 0.00667. 0.004 means the fan-out was used; 4.4e-05 (= 0.00667²) means "
        + "σ² was passed as σ.")
  }

}
