import GradingSupport
import Lesson06Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 6.3 · Running statistics.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the momentum the wrong way round: `testByHand`, `testMatchesTheLibraryOverTenBatches`;
/// - the batch mean fed into the running variance: `testByHand`, `testMatchesTheLibraryOverTenBatches`.
final class Exercise0603Tests: XCTestCase {
  /// From mean 0 and variance 1, a batch with μ = (2, 4) and σ² = (1, 4), momentum 0.9:
  /// mean 0.9·0 + 0.1·(2, 4) = (0.2, 0.4); variance 0.9·1 + 0.1·(1, 4) = (1.0, 1.3).
  func testByHand() throws {
    let result = try attempt("6.3") {
      try Lesson06Exercises.updateRunningStatistics(
        runningMean: .zeros(rows: 1, columns: 2), runningVariance: .ones(rows: 1, columns: 2),
        batchMean: Matrix(row: [2, 4]), batchVariance: Matrix(row: [1, 4]), momentum: 0.9)
    }
    assertMatrix(
      result.mean, matches: Matrix(row: [0.2, 0.4]), "the running mean after one batch",
      hint: "momentum·old + (1 − momentum)·new: with 0.9 the old value keeps 90%. (1.8, 3.6) means the "
        + "two weights are swapped.")
    assertMatrix(
      result.variance, matches: Matrix(row: [1.0, 1.3]), "the running variance after one batch",
      hint: "The same rule, with the running and batch variances.")
  }

  /// Ten batches through the exercise match the library layer's running statistics.
  func testMatchesTheLibraryOverTenBatches() throws {
    var layer = BatchNorm(features: 3, momentum: 0.8)
    var mean = Matrix.zeros(rows: 1, columns: 3)
    var variance = Matrix.ones(rows: 1, columns: 3)
    for seed in 0..<10 {
      let X = SeededBatch(seed: 610 + UInt64(seed)).X
      _ = layer.forward(X, training: true)
      let batchMean = X.mean(axis: 0)
      let batchVariance = ((X - batchMean) * (X - batchMean)).mean(axis: 0)
      (mean, variance) = try attempt("6.3") {
        try Lesson06Exercises.updateRunningStatistics(
          runningMean: mean, runningVariance: variance, batchMean: batchMean, batchVariance: batchVariance,
          momentum: 0.8)
      }
    }
    assertMatrix(
      mean, matches: layer.runningMean, "the running mean after 10 batches (momentum 0.8)",
      hint: "Use the momentum you are given, not a fixed 0.9.")
    assertMatrix(
      variance, matches: layer.runningVariance, "the running variance after 10 batches",
      hint: "Update the variance from the batch variance, not from the batch mean.")
  }
}
