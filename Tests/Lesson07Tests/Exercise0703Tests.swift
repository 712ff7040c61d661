import Foundation
import GradingSupport
import Lesson07Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 7.3 · Adam with bias correction.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - no bias correction: `testFirstStepIsTheRateItself`;
/// - the correction with t − 1 or t + 1 (t counted after use, or from 1 before the first
///   step): `testFirstStepIsTheRateItself`, `testMatchesTheLibraryOnSeededGradients`;
/// - the step count not kept (t = 1 every time): `testMatchesTheLibraryOnSeededGradients`;
/// - the corrected m̂, v̂ stored in place of m, v: `testMatchesTheLibraryOnSeededGradients`;
/// - ε inside the root: `testEpsilonSitsOutsideTheRoot`;
/// - β₁ and β₂ swapped: `testMatchesTheLibraryOnSeededGradients`;
/// - β₁ and 1 − β₁ swapped: `testFirstStepIsTheRateItself`.
final class Exercise0703Tests: XCTestCase {
  /// θ = 1, g = 2: m = 0.2, v = 0.004; corrected m̂ = 2, v̂ = 4, so the step is
  /// η·2/(2 + ε) ≈ η. Without the correction it would be η·0.2/√0.004 ≈ 3.16·η.
  func testFirstStepIsTheRateItself() throws {
    var optimizer = AdamUpdate(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    let theta = try attempt("7.3") { try optimizer.step(Matrix([[1]]), gradient: Matrix([[2]]), learningRate: 0.1) }
    assertNumber(
      theta[0, 0], matches: 1 - 0.2 / (2 + 1e-8), "θ after step 1",
      hint: "At t = 1, m̂ = m/(1 − β₁) = g and v̂ = v/(1 − β₂) = g², so the first step is η·g/|g| = 0.1. "
        + "If your θ is 0.6838 the bias correction is missing; count the step (t = 1) before using it.")
    XCTAssertEqual(optimizer.steps, 1, "after one step, `steps` must be 1")
    XCTAssertNotNil(optimizer.mean, "step must store m in `mean`")
    XCTAssertNotNil(optimizer.meanSquare, "step must store v in `meanSquare`")
  }

  /// ε = 1 makes its placement visible: θ = 1 − 0.1·2/(√4 + 1) = 0.933333, not 1 − 0.2/√5.
  func testEpsilonSitsOutsideTheRoot() throws {
    var optimizer = AdamUpdate(beta1: 0.9, beta2: 0.999, epsilon: 1)
    let theta = try attempt("7.3") { try optimizer.step(Matrix([[1]]), gradient: Matrix([[2]]), learningRate: 0.1) }
    assertNumber(
      theta[0, 0], matches: 1 - 0.2 / 3, "θ with ε = 1", hint: "ε goes outside the root: m̂ / (√v̂ + ε).")
  }

  /// 15 seeded steps on a 2×2 parameter, for two settings, against the library's Adam.
  func testMatchesTheLibraryOnSeededGradients() throws {
    let gradients = seededGradients(rows: 2, columns: 2, steps: 15, seed: 703)
    let start = Matrix([[0.5, -1], [2, 0]])
    for (beta1, beta2) in [(0.9, 0.999), (0.5, 0.9)] {
      let expected = referencePath(
        Adam(beta1: beta1, beta2: beta2, epsilon: 1e-8), start: start, gradients: gradients, learningRate: 0.02)
      var optimizer = AdamUpdate(beta1: beta1, beta2: beta2, epsilon: 1e-8)
      var theta = start
      for (index, gradient) in gradients.enumerated() {
        theta = try attempt("7.3") { try optimizer.step(theta, gradient: gradient, learningRate: 0.02) }
        assertMatrix(
          theta, matches: expected[index], "θ after step \(index + 1) with β₁ = \(beta1), β₂ = \(beta2)",
          hint: "Keep t, m and v between calls (store m and v uncorrected), use β₁ for m and β₂ for v, and "
            + "correct with the power t of this step.")
      }
      XCTAssertEqual(optimizer.steps, 15, "`steps` must count every step")
    }
  }

  /// On the bowl every step moves θ towards 0 for the first 10 steps (η = 0.05).
  func testEachStepGoesDownhill() throws {
    var optimizer = AdamUpdate(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
    var theta = Matrix([[1, -2]])
    for step in 1...10 {
      let next = try attempt("7.3") { try optimizer.step(theta, gradient: 2 * theta, learningRate: 0.05) }
      XCTAssertLessThan(next.norm(), theta.norm(), "step \(step) went uphill on L = θ²")
      theta = next
    }
  }
}
