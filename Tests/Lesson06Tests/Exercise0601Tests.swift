import GradingSupport
import Lesson06Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 6.1 · Forward in training mode.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the sample variance (÷ (m − 1)): `testByHand`, `testMatchesTheLibraryLayer`, `testOutputIsStandardised`;
/// - ε left out: `testMatchesTheLibraryLayer`;
/// - statistics per row (axis 1) instead of per feature: `testByHand`, `testMatchesTheLibraryLayer`,
///   `testOutputIsStandardised`;
/// - ε added outside the square root: `testMatchesTheLibraryLayer`.
final class Exercise0601Tests: XCTestCase {
  /// The 2 × 2 batch of `TwoByTwo`, worked by hand with ε = 0.
  func testByHand() throws {
    let result = try attempt("6.1") {
      try Lesson06Exercises.batchNormTrainingForward(
        TwoByTwo.X, gamma: TwoByTwo.gamma, beta: TwoByTwo.beta, epsilon: 0)
    }
    assertMatrix(
      result.mean, matches: TwoByTwo.mean, "μ of [[1, 2], [3, 6]]",
      hint: "The mean of each column (feature) over the rows: X.mean(axis: 0).")
    assertMatrix(
      result.variance, matches: TwoByTwo.variance, "σ² of [[1, 2], [3, 6]]",
      hint: "Divide by m = 2, not m − 1: ((1 − 2)² + (3 − 2)²)/2 = 1 for the first column.")
    assertMatrix(
      result.normalised, matches: TwoByTwo.normalised, "x̂ with ε = 0",
      hint: "x̂ = (x − μ)/√(σ² + ε): the standard deviation, not the variance, divides.")
    assertMatrix(
      result.output, matches: TwoByTwo.output, "z = γ ⊙ x̂ + β",
      hint: "γ scales each column of x̂ (entry by entry, not a matrix product), then β shifts it.")
  }

  /// A seeded 6 × 3 batch with ε = 1e-5, against the library's BatchNorm layer.
  func testMatchesTheLibraryLayer() throws {
    let batch = SeededBatch(seed: 601)
    let result = try attempt("6.1") {
      try Lesson06Exercises.batchNormTrainingForward(
        batch.X, gamma: batch.gamma, beta: batch.beta, epsilon: batch.epsilon)
    }
    var layer = batch.layer
    assertMatrix(
      result.output, matches: layer.forward(batch.X, training: true), "z for a 6 × 3 batch",
      hint: "Keep ε inside the square root: √(σ² + ε).")
    assertMatrix(
      result.normalised, matches: batch.normalised, "x̂ for that batch",
      hint: "Return x̂ itself (before γ and β): the backward pass needs it.")
  }

  /// With γ = 1 and β = 0 every column of z has mean 0 and variance σ²/(σ² + ε) ≈ 1.
  func testOutputIsStandardised() throws {
    let batch = SeededBatch(seed: 602, rows: 20, columns: 4)
    let result = try attempt("6.1") {
      try Lesson06Exercises.batchNormTrainingForward(
        batch.X, gamma: .ones(rows: 1, columns: 4), beta: .zeros(rows: 1, columns: 4), epsilon: 1e-5)
    }
    assertMatrix(
      1 + result.output.mean(axis: 0), matches: .ones(rows: 1, columns: 4), "1 + the column means of z",
      tolerance: 1e-12, hint: "Subtract each column's own mean.")
    assertMatrix(
      (result.output * result.output).mean(axis: 0), matches: .ones(rows: 1, columns: 4), "the column variances of z",
      tolerance: 1e-5, hint: "Divide each column by its own standard deviation √(σ² + ε).")
  }
}
