import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.7 · The normal equation.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the bias read from the last row of θ instead of the first: `testBostonTestRMSE`,
///   `testGradientVanishesAtTheSolution`, `testMatchesReferenceOnRandomData`, `testRecoversAnExactLine`.
final class Exercise0107Tests: XCTestCase {
  /// Points exactly on y = 2 + 3x: the fit must recover b = 2, W = 3.
  func testRecoversAnExactLine() throws {
    let X = Matrix(column: [0, 1, 2, 5])
    let fit = try attempt("1.7") { try Lesson01Exercises.normalEquation(X, targets: 2 + 3 * X) }
    assertMatrix(
      fit.weights, matches: Matrix([[3]]), "W",
      hint: "θ = (AᵀA)⁻¹AᵀY with A = [1 | X]; the weights are θ without its first entry.")
    assertMatrix(
      fit.bias, matches: Matrix([[2]]), "b", hint: "The bias is θ's first entry, the coefficient of the column of ones."
    )
  }

  func testMatchesReferenceOnRandomData() throws {
    let problem = RandomProblem.make(rows: 30, features: 4, seed: 107)
    let fit = try attempt("1.7") { try Lesson01Exercises.normalEquation(problem.X, targets: problem.Y) }
    let reference = try fitByNormalEquation(features: problem.X, targets: problem.Y)
    assertMatrix(
      fit.weights, matches: reference.weights, "W (30 observations, 4 features)",
      hint: "Solve (AᵀA)θ = AᵀY with A = [1 | X].")
    assertMatrix(fit.bias, matches: reference.bias, "b", hint: "b = θ[0].")
  }

  /// At the least-squares solution the gradient of the MSE is zero.
  func testGradientVanishesAtTheSolution() throws {
    let problem = RandomProblem.make(rows: 20, features: 3, seed: 117)
    let fit = try attempt("1.7") { try Lesson01Exercises.normalEquation(problem.X, targets: problem.Y) }
    let gradients = LinearModel(weights: fit.weights, bias: fit.bias).gradients(features: problem.X, targets: problem.Y)
    let largest = (gradients.weights.values + gradients.bias.values).map(abs).max() ?? .nan
    XCTAssertLessThan(
      largest, 1e-9,
      "At the normal-equation solution every gradient entry should be 0; the largest is \(formatNumber(largest)).\nHint: solve for all n + 1 parameters at once, bias included."
    )
  }

  /// A feature that copies another makes AᵀA singular: the function must throw, not crash.
  func testSingularDataThrows() throws {
    let column = Matrix(column: [1, 2, 3, 4])
    let X = Matrix.hstack([column, column])
    let outcome = try attempt("1.7") { () -> Error? in
      do {
        _ = try Lesson01Exercises.normalEquation(X, targets: column)
        return nil
      } catch let error as NotAttempted {
        throw error
      } catch {
        return error
      }
    }
    XCTAssertTrue(
      outcome is LinearAlgebraError,
      "Two identical features make AᵀA singular: expected a LinearAlgebraError to be thrown, got \(outcome.map { "\($0)" } ?? "no error").\nHint: use solveLinearSystem and let its error propagate (try, not try?)."
    )
  }

  /// Least squares on the book's Boston split: test RMSE 5.0476 (checked with numpy).
  func testBostonTestRMSE() throws {
    let (train, test) = try BundledDataset.bostonAsInTheBook()
    let fit = try attempt("1.7") { try Lesson01Exercises.normalEquation(train.features, targets: train.targets) }
    let rmse = WorkbookReference.rootMeanSquaredError(
      predicted: LinearModel(weights: fit.weights, bias: fit.bias).predict(test.features), expected: test.targets)
    XCTAssertEqual(
      rmse, 5.0476, accuracy: 5e-5,
      "Boston test RMSE of your normal-equation fit\nHint: fit on the 354 training rows (13 features + bias).")
  }
}
