import GradingSupport
import Lesson02Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 2.5 · Optimize.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the cost recorded after the update instead of before: `testMatchesReferenceTrainer`;
/// - η hard-coded instead of the learningRate parameter: `testMatchesReferenceTrainer` (α = 0.3) and
///   `testFollowsTheGivenLearningRate` (α = 0.7), whichever rate was written in;
/// - one step too many, `0...steps`: `testMatchesReferenceTrainer`, `testZeroStepsReturnTheStart`.
final class Exercise0205Tests: XCTestCase {
  /// Compare every recorded cost and the final parameters with the reference trainer (batch
  /// gradient descent from the same start).
  func testMatchesReferenceTrainer() throws {
    try checkAgainstReference(rate: 0.3)
  }

  /// The same at α = 0.7: the steps must follow the rate they are given, not a fixed one.
  func testFollowsTheGivenLearningRate() throws {
    try checkAgainstReference(rate: 0.7)
  }

  private func checkAgainstReference(rate: Double) throws {
    let problem = RandomProblem.make(rows: 40, features: 3, seed: 205)
    let steps = 25
    let result = try attempt("2.5") {
      try Lesson02Exercises.optimize(
        problem.X, labels: problem.Y, weights: problem.w, bias: problem.b, learningRate: rate, steps: steps)
    }
    let reference = try MiniBatchGradientDescent(learningRate: rate, batchSize: problem.X.rows).train(
      LogisticRegression(weights: problem.w, bias: problem.b), features: problem.X, targets: problem.Y,
      epochs: steps, order: { _ in Array(0..<problem.X.rows) })
    guard result.costs.count == steps else {
      return XCTFail(
        "Expected \(steps) costs, one per step, got \(result.costs.count).\nHint: append the cost from propagate once in every step."
      )
    }
    assertMatrix(
      Matrix(row: result.costs), matches: Matrix(row: reference.stepLosses),
      "the costs at α = \(formatNumber(rate, decimals: 1))",
      hint: "Record each step's cost before updating; step with w − α·dw (minus: downhill).")
    assertMatrix(
      result.weights, matches: reference.model.weights, "the final w", hint: "Carry the updated w into the next step.")
    assertMatrix(
      result.bias, matches: reference.model.bias, "the final b", hint: "Carry the updated b into the next step.")
  }

  /// Batch gradient descent with a sensible learning rate lowers the cost at every step.
  func testCostFallsEveryStep() throws {
    let problem = RandomProblem.make(rows: 50, features: 2, seed: 215)
    let result = try attempt("2.5") {
      try Lesson02Exercises.optimize(
        problem.X, labels: problem.Y, weights: problem.w, bias: problem.b, learningRate: 0.1, steps: 20)
    }
    for (step, (before, after)) in zip(result.costs, result.costs.dropFirst()).enumerated() where after > before {
      return XCTFail(
        "The cost rose from \(formatNumber(before)) to \(formatNumber(after)) at step \(step + 2).\nHint: subtract the gradient (w − α·dw); adding it climbs uphill."
      )
    }
  }

  /// Zero steps change nothing and record no cost.
  func testZeroStepsReturnTheStart() throws {
    let problem = RandomProblem.make(rows: 5, features: 2, seed: 225)
    let result = try attempt("2.5") {
      try Lesson02Exercises.optimize(
        problem.X, labels: problem.Y, weights: problem.w, bias: problem.b, learningRate: 0.1, steps: 0)
    }
    XCTAssertEqual(result.costs, [], "no steps, no costs")
    assertMatrix(result.weights, matches: problem.w, "w after 0 steps", hint: "Return the starting weights unchanged.")
    assertMatrix(result.bias, matches: problem.b, "b after 0 steps", hint: "Return the starting bias unchanged.")
  }
}
