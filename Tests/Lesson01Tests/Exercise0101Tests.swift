import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.1 · Predict.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the bias left out: `testBiasShiftsEveryPrediction`, `testMatchesReferenceOnRandomBatch`, `testWorkedExample`.
final class Exercise0101Tests: XCTestCase {
  func testWorkedExample() throws {
    let P = try attempt("1.1") {
      try Lesson01Exercises.predict(WorkedExample.X, weights: WorkedExample.W, bias: WorkedExample.b)
    }
    assertMatrix(
      P, matches: WorkedExample.P, "P",
      hint: "P = X.matmul(W) + b: one prediction per row of X, with the bias added to each.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 7, features: 4, seed: 101)
    let P = try attempt("1.1") { try Lesson01Exercises.predict(problem.X, weights: problem.W, bias: problem.b) }
    assertMatrix(
      P, matches: LinearModel(weights: problem.W, bias: problem.b).predict(problem.X), "P (7 observations, 4 features)",
      hint: "X is m × n and W is n × 1, so X·W is m × 1; add b to every row.")
  }

  func testBiasShiftsEveryPrediction() throws {
    let withoutBias = try attempt("1.1") {
      try Lesson01Exercises.predict(WorkedExample.X, weights: WorkedExample.W, bias: Matrix([[0]]))
    }
    let withBias = try attempt("1.1") {
      try Lesson01Exercises.predict(WorkedExample.X, weights: WorkedExample.W, bias: Matrix([[10]]))
    }
    assertMatrix(
      withBias - withoutBias, matches: Matrix(column: [10, 10, 10]), "P(b = 10) − P(b = 0)",
      hint: "The bias is added once to every prediction, whatever the features.")
  }
}
