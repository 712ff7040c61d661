import GradingSupport
import Lesson06Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 6.2 · Forward in inference mode.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the batch's own statistics instead of the running ones: `testMatchesTheLibraryAndIgnoresTheBatch`,
///   `testOneExampleByHand`;
/// - x̂ divided by σ² + ε instead of its square root: `testMatchesTheLibraryAndIgnoresTheBatch`,
///   `testOneExampleByHand`.
final class Exercise0602Tests: XCTestCase {
  /// One example, x = (3, 0), running mean (1, 2), running variance (4, 1), ε = 0:
  /// x̂ = ((3 − 1)/2, (0 − 2)/1) = (1, −2); with γ = (2, 0.5), β = (1, −1): z = (3, −2).
  func testOneExampleByHand() throws {
    let z = try attempt("6.2") {
      try Lesson06Exercises.batchNormInferenceForward(
        Matrix([[3, 0]]), gamma: Matrix(row: [2, 0.5]), beta: Matrix(row: [1, -1]),
        runningMean: Matrix(row: [1, 2]), runningVariance: Matrix(row: [4, 1]), epsilon: 0)
    }
    assertMatrix(
      z, matches: Matrix([[3, -2]]), "z for one example",
      hint: "Use the running mean and variance, not the input's own (one example has no spread): "
        + "x̂ = (x − running mean)/√(running variance + ε).")
  }

  /// The library's layer after three training batches, in inference mode, on a new batch; and
  /// each row must come out the same when normalised alone.
  func testMatchesTheLibraryAndIgnoresTheBatch() throws {
    let batch = SeededBatch(seed: 603)
    var layer = batch.layer
    for seed in [604, 605, 606] as [UInt64] { _ = layer.forward(SeededBatch(seed: seed).X, training: true) }
    let z = try attempt("6.2") {
      try Lesson06Exercises.batchNormInferenceForward(
        batch.X, gamma: batch.gamma, beta: batch.beta, runningMean: layer.runningMean,
        runningVariance: layer.runningVariance, epsilon: batch.epsilon)
    }
    assertMatrix(
      z, matches: layer.forward(batch.X, training: false), "z for 6 examples at inference",
      hint: "Nothing about X's own statistics enters: only the running mean and variance, γ, β and ε.")
    let firstAlone = try attempt("6.2") {
      try Lesson06Exercises.batchNormInferenceForward(
        batch.X.rows(at: [0]), gamma: batch.gamma, beta: batch.beta, runningMean: layer.runningMean,
        runningVariance: layer.runningVariance, epsilon: batch.epsilon)
    }
    assertMatrix(
      firstAlone, matches: z.rows(at: [0]), "the first example alone",
      hint: "At inference an example's output must not depend on the other rows.")
  }
}
