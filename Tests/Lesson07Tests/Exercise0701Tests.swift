import GradingSupport
import Lesson07Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 7.1 · Momentum.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - β and 1 − β swapped (v ← (1 − β)·v + β·g): `testTwoStepsByHand`, `testMatchesTheLibraryOnSeededGradients`;
/// - the classical form v ← β·v + g: `testTwoStepsByHand`;
/// - the velocity not stored (every step starts from 0): `testTwoStepsByHand`,
///   `testMatchesTheLibraryOnSeededGradients`;
/// - β hard-coded to 0.9: `testMatchesTheLibraryOnSeededGradients` (β = 0.5 and 0.99);
/// - η hard-coded or ignored: `testMatchesTheLibraryOnSeededGradients` (η = 0.05 and 0.2);
/// - a step along g instead of v: `testTwoStepsByHand`.
final class Exercise0701Tests: XCTestCase {
  /// θ = 1 on L = θ² (g = 2θ), β = 0.9, η = 0.1:
  /// v = 0.1·2 = 0.2, θ = 0.98; then g = 1.96, v = 0.9·0.2 + 0.1·1.96 = 0.376, θ = 0.9424.
  func testTwoStepsByHand() throws {
    var optimizer = MomentumUpdate(beta: 0.9)
    let first = try attempt("7.1") { try optimizer.step(Matrix([[1]]), gradient: Matrix([[2]]), learningRate: 0.1) }
    assertNumber(
      first[0, 0], matches: 0.98, "θ after step 1",
      hint: "v = β·v + (1 − β)·g with v = 0 at first: v = 0.1·2 = 0.2, so θ = 1 − 0.1·0.2 = 0.98.")
    XCTAssertNotNil(optimizer.velocity, "step must store the new velocity in `velocity`")
    let second = try attempt("7.1") {
      try optimizer.step(first, gradient: 2 * first, learningRate: 0.1)
    }
    assertNumber(
      second[0, 0], matches: 0.9424, "θ after step 2",
      hint: "The second step starts from the stored v = 0.2: v = 0.9·0.2 + 0.1·1.96 = 0.376. If you got "
        + "0.9608, v was not kept between calls.")
  }

  /// 12 seeded steps on a 3×2 parameter with β = 0.5 (η = 0.05) and β = 0.99 (η = 0.2),
  /// against the library's Momentum.
  func testMatchesTheLibraryOnSeededGradients() throws {
    let gradients = seededGradients(rows: 3, columns: 2, steps: 12, seed: 701)
    let start = Matrix(rows: 3, columns: 2, repeating: 0.3)
    for (beta, rate) in [(0.5, 0.05), (0.99, 0.2)] {
      let expected = referencePath(Momentum(beta: beta), start: start, gradients: gradients, learningRate: rate)
      var optimizer = MomentumUpdate(beta: beta)
      var theta = start
      for (index, gradient) in gradients.enumerated() {
        theta = try attempt("7.1") { try optimizer.step(theta, gradient: gradient, learningRate: rate) }
        assertMatrix(
          theta, matches: expected[index], "θ after step \(index + 1) with β = \(beta), η = \(rate)",
          hint: "Use the β and η you were given (not 0.9 and 0.1), weight the past by β and the gradient by "
            + "1 − β, and keep v between calls.")
      }
    }
  }

  /// On the bowl every step moves θ towards 0 for 20 steps (β = 0.5, η = 0.05: a rate small
  /// enough that the velocity never carries θ past the minimum).
  func testEachStepGoesDownhill() throws {
    var optimizer = MomentumUpdate(beta: 0.5)
    var theta = Matrix([[1, -2]])
    for step in 1...20 {
      let next = try attempt("7.1") { try optimizer.step(theta, gradient: 2 * theta, learningRate: 0.05) }
      XCTAssertLessThan(
        next.norm(), theta.norm(), "step \(step) went uphill on L = θ²: ‖θ‖ \(theta.norm()) → \(next.norm())")
      theta = next
    }
  }
}
