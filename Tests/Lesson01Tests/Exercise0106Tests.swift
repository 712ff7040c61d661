import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.6 · Root mean squared error.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the MSE returned without its square root: `testBostonLeastSquaresRMSE`, `testMatchesReferenceOnRandomBatch`,
///   `testWorkedExample`.
final class Exercise0106Tests: XCTestCase {
  /// √0.5625 = 0.75.
  func testWorkedExample() throws {
    let rmse = try attempt("1.6") {
      try Lesson01Exercises.rootMeanSquaredError(predicted: WorkedExample.P, expected: WorkedExample.Y)
    }
    assertNumber(rmse, matches: 0.75, "RMSE", hint: "The square root of the MSE 0.5625.")
  }

  /// Least squares on the book's Boston split gives a test RMSE of 5.0476 (checked with numpy;
  /// see Sources/WorkbookBasics/Datasets/README.md).
  func testBostonLeastSquaresRMSE() throws {
    let (train, test) = try BundledDataset.bostonAsInTheBook()
    let model = try fitByNormalEquation(features: train.features, targets: train.targets)
    let rmse = try attempt("1.6") {
      try Lesson01Exercises.rootMeanSquaredError(predicted: model.predict(test.features), expected: test.targets)
    }
    XCTAssertEqual(rmse, 5.0476, accuracy: 5e-5, "Boston test RMSE\nHint: √(mean of (y − p)²) over the 152 test rows.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 13, features: 2, seed: 106)
    let P = LinearModel(weights: problem.W, bias: problem.b).predict(problem.X)
    let rmse = try attempt("1.6") { try Lesson01Exercises.rootMeanSquaredError(predicted: P, expected: problem.Y) }
    assertNumber(
      rmse, matches: WorkbookReference.rootMeanSquaredError(predicted: P, expected: problem.Y),
      "RMSE of 13 predictions",
      hint: "RMSE = √MSE.")
  }
}
