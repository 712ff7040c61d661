import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.4 · One training step.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - η hard-coded instead of the learningRate parameter: `testMatchesReferenceOnRandomBatch`;
/// - a step up the gradient, W + η·dW: `testMatchesReferenceOnRandomBatch`, `testSmallStepLowersTheLoss`,
///   `testWorkedExample`;
/// - the loss measured after the step instead of before: `testMatchesReferenceOnRandomBatch`,
///   `testSmallStepLowersTheLoss`, `testWorkedExample`.
final class Exercise0104Tests: XCTestCase {
  /// With η = 0.1: W − 0.1·dW = (0.5 + 0.05, −1 − 0.25/6, 2 − 0.225), b = 0.25 − 0.05.
  func testWorkedExample() throws {
    let step = try attempt("1.4") {
      try Lesson01Exercises.trainingStep(
        WorkedExample.X, targets: WorkedExample.Y, weights: WorkedExample.W, bias: WorkedExample.b, learningRate: 0.1)
    }
    assertNumber(
      step.loss, matches: WorkedExample.mse, "the returned loss", hint: "Return the loss measured before the update.")
    assertMatrix(
      step.weights, matches: Matrix(column: [0.55, -1 - 0.25 / 6, 1.775]), "the updated W",
      hint: "W ← W − η·dL/dW: subtract, so that the loss goes down.")
    assertMatrix(step.bias, matches: Matrix([[0.2]]), "the updated b", hint: "b ← b − η·dL/dB.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 8, features: 3, seed: 104)
    let step = try attempt("1.4") {
      try Lesson01Exercises.trainingStep(
        problem.X, targets: problem.Y, weights: problem.W, bias: problem.b, learningRate: 0.05)
    }
    let model = LinearModel(weights: problem.W, bias: problem.b)
    let gradients = model.gradients(features: problem.X, targets: problem.Y)
    let updated = model.updated(by: gradients, learningRate: 0.05)
    assertNumber(
      step.loss, matches: gradients.loss, "the returned loss", hint: "The MSE of the batch before the update.")
    assertMatrix(step.weights, matches: updated.weights, "the updated W", hint: "W − η·dL/dW with η = 0.05.")
    assertMatrix(step.bias, matches: updated.bias, "the updated b", hint: "b − η·dL/dB with η = 0.05.")
  }

  func testSmallStepLowersTheLoss() throws {
    let problem = RandomProblem.make(rows: 8, features: 3, seed: 114)
    let step = try attempt("1.4") {
      try Lesson01Exercises.trainingStep(
        problem.X, targets: problem.Y, weights: problem.W, bias: problem.b, learningRate: 0.01)
    }
    let after = WorkbookReference.meanSquaredError(
      predicted: LinearModel(weights: step.weights, bias: step.bias).predict(problem.X), expected: problem.Y)
    XCTAssertLessThan(
      after, step.loss,
      "A small step against the gradient must lower the loss (from \(formatNumber(step.loss)) it went to \(formatNumber(after))).\nHint: subtract η·gradient; adding it climbs uphill."
    )
  }
}
