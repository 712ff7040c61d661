import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.5 · Mini-batch training loop.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the last, smaller batch dropped: `testLastBatchMayBeSmaller`;
/// - the given shuffle ignored (rows taken in order): `testLastBatchMayBeSmaller`,
///   `testMatchesReferenceWithGivenShuffles`;
/// - the weights reset at every epoch: `testFullBatchIsOneStepPerEpoch`, `testLastBatchMayBeSmaller`,
///   `testMatchesReferenceWithGivenShuffles`;
/// - η hard-coded (0.05, the rate of two tests): `testFullBatchIsOneStepPerEpoch`, which trains at 0.2.
final class Exercise0105Tests: XCTestCase {
  /// 12 observations in batches of 3 make 4 updates per epoch; compare every loss and the final
  /// parameters with the reference trainer given the same shuffles.
  func testMatchesReferenceWithGivenShuffles() throws {
    try checkAgainstReference(
      rows: 12, batchSize: 3, epochs: 3, seed: 105, expectedSteps: 12, why: "3 epochs × 4 batches of 3")
  }

  /// 10 rows in batches of 4: batches of 4, 4 and 2 — the last batch is smaller.
  func testLastBatchMayBeSmaller() throws {
    try checkAgainstReference(
      rows: 10, batchSize: 4, epochs: 2, seed: 115, expectedSteps: 6, why: "2 epochs × 3 batches (4 + 4 + 2 rows)")
  }

  /// A batch as large as the data set is batch gradient descent: one update per epoch.
  func testFullBatchIsOneStepPerEpoch() throws {
    try checkAgainstReference(
      rows: 5, batchSize: 5, epochs: 4, seed: 125, expectedSteps: 4, why: "4 epochs × 1 batch of all 5 rows",
      learningRate: 0.2)
  }

  private func checkAgainstReference(
    rows: Int, batchSize: Int, epochs: Int, seed: UInt64, expectedSteps: Int, why: String,
    learningRate: Double = 0.05, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let problem = RandomProblem.make(rows: rows, features: 2, seed: seed)
    var generator = SeededGenerator(seed: seed + 1)
    let orders = (0..<epochs).map { _ in generator.permutation(rows) }
    let result = try attempt("1.5") {
      try Lesson01Exercises.train(
        problem.X, targets: problem.Y, weights: problem.W, bias: problem.b,
        learningRate: learningRate, batchSize: batchSize, epochOrders: orders)
    }
    let reference = try MiniBatchGradientDescent(learningRate: learningRate, batchSize: batchSize).train(
      LinearModel(weights: problem.W, bias: problem.b), features: problem.X, targets: problem.Y,
      epochs: epochs, order: { orders[$0] })
    guard result.losses.count == expectedSteps else {
      XCTFail(
        "Expected \(expectedSteps) losses (\(why)), got \(result.losses.count).\nHint: record one loss per batch, for every batch of every epoch.",
        file: file, line: line)
      return
    }
    assertMatrix(
      Matrix(row: result.losses), matches: Matrix(row: reference.stepLosses), "losses",
      hint:
        "Visit the rows in the order epochOrders[e] gives, cut into consecutive batches; record each batch's loss before its update.",
      file: file, line: line)
    assertMatrix(
      result.weights, matches: reference.model.weights, "the final W",
      hint: "Carry the updated W from one step to the next.", file: file, line: line)
    assertMatrix(
      result.bias, matches: reference.model.bias, "the final b", hint: "Carry the updated b from one step to the next.",
      file: file, line: line)
  }
}
