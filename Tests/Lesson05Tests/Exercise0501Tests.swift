import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.1 · Glorot initialisation.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - σ² passed as σ (no square root): `testExactDrawsForASeed`, `testVarianceOnALargeDraw`;
/// - one fan only, 1/fan_in or 1/fan_out: `testVarianceOnALargeDraw`, `testAnOddSumOfFans`;
/// - integer division, `1 / Double((fanIn + fanOut) / 2)`: `testAnOddSumOfFans` (every other
///   test has an even sum of fans, where Int division is exact);
/// - the shape transposed (fanOut × fanIn): `testExactDrawsForASeed`, `testVarianceOnALargeDraw`;
/// - more than one draw, or a draw per entry with another generator: `testExactDrawsForASeed`.
final class Exercise0501Tests: XCTestCase {
  /// fan_in = fan_out = 1: fan_avg = 1, so σ² = 1 and the draw is one standard normal number.
  func testOneByOneIsAStandardNormalDraw() throws {
    var generator = SeededGenerator(seed: 5011)
    let W = try attempt("5.1") { try Lesson05Exercises.glorotNormal(fanIn: 1, fanOut: 1, using: &generator) }
    var reference = SeededGenerator(seed: 5011)
    assertMatrix(
      W, matches: Matrix([[reference.nextNormal()]]), "a 1 → 1 layer's weight (σ² = 1/1)",
      hint: "fan_avg = (1 + 1)/2 = 1, so σ = 1: one call of randomNormal with standardDeviation 1.")
  }

  /// The exact draws for a seed: 3 → 5, σ = √(2/8) = 0.5.
  func testExactDrawsForASeed() throws {
    var generator = SeededGenerator(seed: 501)
    let W = try attempt("5.1") { try Lesson05Exercises.glorotNormal(fanIn: 3, fanOut: 5, using: &generator) }
    InitializerChecks.assertSameDraws(
      W, generator: &generator, rule: .glorotNormal, seed: 501, fanIn: 3, fanOut: 5,
      "W for a 3 → 5 layer, seed 501 (σ = √(2/8) = 0.5)",
      hint: "The shape is fanIn × fanOut, and randomNormal takes σ = √(2/(n_in + n_out)), not σ².")
  }

  /// On 400 × 600 weights the variance is 2/1000, within a relative error of 0.03.
  func testVarianceOnALargeDraw() throws {
    var generator = SeededGenerator(seed: 502)
    let W = try attempt("5.1") { try Lesson05Exercises.glorotNormal(fanIn: 400, fanOut: 600, using: &generator) }
    InitializerChecks.assertLargeDraw(
      W, fanIn: 400, fanOut: 600, variance: 2.0 / 1000,
      hint: "σ² = 1/fan_avg = 2/(400 + 600) = 0.002. A variance of 4e-06 (= 0.002²) means σ² was passed as σ; "
        + "0.0025 or 0.0017 means only one fan was used.")
  }

  /// 2 → 3: fan_avg = 2.5 and σ² = 0.4, where the integer division (2 + 3)/2 = 2 gives 0.5.
  func testAnOddSumOfFans() throws {
    var generator = SeededGenerator(seed: 503)
    let W = try attempt("5.1") { try Lesson05Exercises.glorotNormal(fanIn: 2, fanOut: 3, using: &generator) }
    var reference = SeededGenerator(seed: 503)
    let expected = Initializer.glorotNormal.weights(fanIn: 2, fanOut: 3, using: &reference)
    var integerDivision = SeededGenerator(seed: 503)
    let truncated = Matrix.randomNormal(
      rows: 2, columns: 3, standardDeviation: (1 / Double((2 + 3) / 2)).squareRoot(), using: &integerDivision)
    let hint =
      relativeError(W, truncated) < Tolerance.closedForm
      ? "These are the draws for σ² = 1/2: (2 + 3)/2 on Ints is 2, not 2.5. Turn the fans into Double before "
        + "dividing."
      : "fan_avg = (2 + 3)/2 = 2.5, so σ² = 0.4 and σ = √0.4 ≈ 0.632."
    assertMatrix(W, matches: expected, "W for a 2 → 3 layer, seed 503 (σ² = 1/2.5 = 0.4)", hint: hint)
  }
}
