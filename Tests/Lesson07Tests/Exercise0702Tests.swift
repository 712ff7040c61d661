import GradingSupport
import Lesson07Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 7.2 · RMSprop.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - ε inside the root (√(s + ε)): `testEpsilonSitsOutsideTheRoot`;
/// - ρ and 1 − ρ swapped: `testOneStepByHand`, `testMatchesTheLibraryOnSeededGradients`;
/// - the average not stored: `testMatchesTheLibraryOnSeededGradients`;
/// - g instead of g² in the average: `testOneStepByHand`;
/// - ρ hard-coded to 0.9: `testMatchesTheLibraryOnSeededGradients` (ρ = 0.5 and 0.99).
final class Exercise0702Tests: XCTestCase {
  /// θ = 1, g = 2, ρ = 0.9, ε = 1e-8, η = 0.1: s = 0.1·4 = 0.4, θ = 1 − 0.1·2/√0.4 = 0.683772.
  func testOneStepByHand() throws {
    var optimizer = RMSpropUpdate(rho: 0.9, epsilon: 1e-8)
    let theta = try attempt("7.2") { try optimizer.step(Matrix([[1]]), gradient: Matrix([[2]]), learningRate: 0.1) }
    assertNumber(
      theta[0, 0], matches: 1 - 0.2 / (0.4.squareRoot() + 1e-8), "θ after step 1",
      hint: "s = ρ·0 + (1 − ρ)·g² = 0.1·4 = 0.4, so θ = 1 − 0.1·2/(√0.4 + ε) = 0.6838.")
    XCTAssertNotNil(optimizer.squaredAverage, "step must store the new average in `squaredAverage`")
  }

  /// With a large ε = 1 the two placements differ clearly: g = 3, s = 0.1·9 = 0.9, and
  /// θ = 1 − 0.1·3/(√0.9 + 1) = 0.845880 (√(0.9 + 1) would give 0.782357).
  func testEpsilonSitsOutsideTheRoot() throws {
    var optimizer = RMSpropUpdate(rho: 0.9, epsilon: 1)
    let theta = try attempt("7.2") { try optimizer.step(Matrix([[1]]), gradient: Matrix([[3]]), learningRate: 0.1) }
    assertNumber(
      theta[0, 0], matches: 1 - 0.3 / (0.9.squareRoot() + 1), "θ with ε = 1 (θ = 1, g = 3, ρ = 0.9, η = 0.1)",
      hint: "ε goes outside the root: g / (√s + ε), not g / √(s + ε).")
  }

  /// 12 seeded steps on a 2×3 parameter with ρ = 0.5 and 0.99, against the library's RMSprop.
  func testMatchesTheLibraryOnSeededGradients() throws {
    let gradients = seededGradients(rows: 2, columns: 3, steps: 12, seed: 702)
    let start = Matrix(rows: 2, columns: 3, repeating: -0.4)
    for rho in [0.5, 0.99] {
      let expected = referencePath(
        RMSprop(rho: rho, epsilon: 1e-6), start: start, gradients: gradients, learningRate: 0.01)
      var optimizer = RMSpropUpdate(rho: rho, epsilon: 1e-6)
      var theta = start
      for (index, gradient) in gradients.enumerated() {
        theta = try attempt("7.2") { try optimizer.step(theta, gradient: gradient, learningRate: 0.01) }
        assertMatrix(
          theta, matches: expected[index], "θ after step \(index + 1) with ρ = \(rho)",
          hint: "Weight the past average by ρ and the new g² by 1 − ρ, with the ρ you were given, and keep s "
            + "between calls.")
      }
    }
  }

  /// On the bowl every step moves θ towards 0 (ρ = 0.9, η = 0.01).
  func testEachStepGoesDownhill() throws {
    var optimizer = RMSpropUpdate(rho: 0.9, epsilon: 1e-8)
    var theta = Matrix([[1, -2]])
    for step in 1...20 {
      let next = try attempt("7.2") { try optimizer.step(theta, gradient: 2 * theta, learningRate: 0.01) }
      XCTAssertLessThan(next.norm(), theta.norm(), "step \(step) went uphill on L = θ²")
      theta = next
    }
  }
}
