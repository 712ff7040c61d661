import GradingSupport
import Lesson06Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 6.4 · Backward.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - dγ = Σ dz, without x̂: `testByHand`, `testGradientCheck`, `testMatchesTheLibraryLayer`;
/// - only the direct path dx̂/√(σ² + ε), without the terms through μ and σ²: `testByHand`, `testGradientCheck`,
///   `testMatchesTheLibraryLayer`;
/// - γ left out of dx̂ = dz ⊙ γ: `testGradientCheck`, `testMatchesTheLibraryLayer`.
final class Exercise0604Tests: XCTestCase {
  /// `TwoByTwo`'s batch with dz = [[1, 0], [0, 1]] and ε = 0.
  func testByHand() throws {
    let result = try attempt("6.4") {
      try Lesson06Exercises.batchNormBackward(
        TwoByTwo.dZ, normalised: TwoByTwo.normalised, variance: TwoByTwo.variance, gamma: TwoByTwo.gamma, epsilon: 0)
    }
    assertMatrix(result.dBeta, matches: TwoByTwo.dBeta, "dβ", hint: "dβ = Σ dz over the rows (axis 0).")
    assertMatrix(
      result.dGamma, matches: TwoByTwo.dGamma, "dγ",
      hint: "dγ = Σ over the rows of dz ⊙ x̂ (entry by entry, then summed).")
    assertMatrix(
      result.dX, matches: TwoByTwo.dX, "dx for a batch of two", tolerance: 1e-12,
      hint: "With m = 2 the output does not depend on X at all, so dx must be 0. Include the paths "
        + "through μ and σ²: the −Σ dx̂ and −x̂ ⊙ Σ (dx̂ ⊙ x̂) terms.")
  }

  /// dx, dγ and dβ against centred differences of L = Σ z ⊙ dZ through the training forward pass.
  func testGradientCheck() throws {
    let batch = SeededBatch(seed: 620, rows: 5, columns: 3)
    var layer = batch.layer
    _ = layer.forward(batch.X, training: true)
    let result = try attempt("6.4") {
      try Lesson06Exercises.batchNormBackward(
        batch.dZ, normalised: batch.normalised, variance: batch.variance, gamma: batch.gamma, epsilon: batch.epsilon)
    }
    func loss(_ X: Matrix, _ gamma: Matrix, _ beta: Matrix) -> Double {
      var probe = BatchNorm(features: X.columns, epsilon: batch.epsilon)
      probe.parameters = [gamma, beta]
      return (probe.forward(X, training: true) * batch.dZ).sum()
    }
    assertMatrix(
      result.dX, matches: numericGradient(of: { loss($0, batch.gamma, batch.beta) }, at: batch.X),
      "dx against centred differences", tolerance: Tolerance.gradientCheck,
      hint: "dx = (1/(m·√(σ² + ε))) ⊙ (m·dx̂ − Σ dx̂ − x̂ ⊙ Σ (dx̂ ⊙ x̂)) with dx̂ = dz ⊙ γ.")
    assertMatrix(
      result.dGamma, matches: numericGradient(of: { loss(batch.X, $0, batch.beta) }, at: batch.gamma),
      "dγ against centred differences", tolerance: Tolerance.gradientCheck, hint: "dγ = Σ dz ⊙ x̂.")
    assertMatrix(
      result.dBeta, matches: numericGradient(of: { loss(batch.X, batch.gamma, $0) }, at: batch.beta),
      "dβ against centred differences", tolerance: Tolerance.gradientCheck, hint: "dβ = Σ dz.")
  }

  /// A larger batch against the library layer's backward pass.
  func testMatchesTheLibraryLayer() throws {
    let batch = SeededBatch(seed: 621, rows: 16, columns: 5)
    var layer = batch.layer
    _ = layer.forward(batch.X, training: true)
    let expectedDX = layer.backward(batch.dZ)
    let result = try attempt("6.4") {
      try Lesson06Exercises.batchNormBackward(
        batch.dZ, normalised: batch.normalised, variance: batch.variance, gamma: batch.gamma, epsilon: batch.epsilon)
    }
    assertMatrix(
      result.dX, matches: expectedDX, "dx for a 16 × 5 batch",
      hint: "Sums are over the rows (axis 0), one per feature; m is the number of rows.")
    assertMatrix(result.dGamma, matches: layer.parameterGradients[0], "dγ for that batch", hint: "Σ dz ⊙ x̂.")
    assertMatrix(result.dBeta, matches: layer.parameterGradients[1], "dβ for that batch", hint: "Σ dz.")
  }
}
