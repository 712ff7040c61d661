import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.2 · Mean squared error.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the sum instead of the mean: `testMatchesReferenceOnRandomBatch`, `testNotesCostTable`, `testWorkedExample`;
/// - the absolute error instead of the square: `testMatchesReferenceOnRandomBatch`, `testNotesCostTable`,
///   `testWorkedExample`;
/// - the sum divided by m instead of m·k (two targets per row): `testTwoTargetsPerObservation`.
final class Exercise0102Tests: XCTestCase {
  func testWorkedExample() throws {
    let loss = try attempt("1.2") {
      try Lesson01Exercises.meanSquaredError(predicted: WorkedExample.P, expected: WorkedExample.Y)
    }
    guard loss >= 0 else {
      return XCTFail(
        "MSE is \(formatNumber(loss)), but a mean of squares cannot be negative.\nHint: square each difference y − p before averaging: (Y - P) * (Y - P)."
      )
    }
    assertNumber(
      loss, matches: WorkedExample.mse, "MSE",
      hint: "Square each difference y − p, add them up and divide by m = 3.")
  }

  /// The notes' cost table (note 002): X = Y = (1, 2, 3), h(x) = θx, J = 1/(2m)·Σ(θx − y)².
  /// J(θ) = (θ − 1)²·(1 + 4 + 9)/6: 28/3, 7/3, 0, 7/3, 28/3 for θ = −1…3, printed 9.33, 2.33,
  /// 0, 2.33, 9.33. Our MSE has 1/m, so MSE = 2·J.
  func testNotesCostTable() throws {
    let x = Matrix(column: [1, 2, 3])
    let thetas = [-1.0, 0, 1, 2, 3]
    let halfLosses = try thetas.map { theta in
      try attempt("1.2") { try Lesson01Exercises.meanSquaredError(predicted: theta * x, expected: x) } / 2
    }
    assertMatrix(
      Matrix(column: halfLosses), matches: Matrix(column: [28.0 / 3, 7.0 / 3, 0, 7.0 / 3, 28.0 / 3]),
      "MSE/2 for θ = -1, 0, 1, 2, 3 (row i is the i-th θ)",
      hint: "The notes' J uses 1/(2m); the MSE uses 1/m, so MSE should be twice the table's value.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 9, features: 3, seed: 102)
    let P = LinearModel(weights: problem.W, bias: problem.b).predict(problem.X)
    let loss = try attempt("1.2") { try Lesson01Exercises.meanSquaredError(predicted: P, expected: problem.Y) }
    assertNumber(
      loss, matches: WorkbookReference.meanSquaredError(predicted: P, expected: problem.Y), "MSE of 9 predictions",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "Average over all m observations: (1/m)·Σ(y − p)².")
  }

  /// Two targets per observation (5 × 2): the mean runs over all m·k = 10 entries, as
  /// `np.mean` does. The squared residuals add up to 1 + 1 + 4 + 0 + 0 + 0 + 4 + 1 + 1 + 1 = 13,
  /// so the MSE is 13/10 = 1.3; dividing by m = 5 alone gives 2.6.
  func testTwoTargetsPerObservation() throws {
    let P = Matrix([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]])
    let Y = P + Matrix([[1, -1], [2, 0], [0, 0], [-2, 1], [1, 1]])
    let loss = try attempt("1.2") { try Lesson01Exercises.meanSquaredError(predicted: P, expected: Y) }
    assertNumber(
      loss, matches: 1.3, "MSE of 5 observations with 2 targets each", sizes: ProblemSizes(examples: 5, classes: 2),
      hint: "Average over every entry, m·k = 10 of them: `.mean()` does that; `.sum() / Double(m)` does not.")
  }
}
