import GradingSupport
import Lesson01Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 1.3 · Gradients.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the 1/m left out: `testGradientCheck`, `testMatchesReferenceOnRandomBatch`, `testWorkedExample`;
/// - the sign flipped, +(2/m)(Y − P): `testGradientCheck`, `testMatchesReferenceOnRandomBatch`,
///   `testWorkedExample`;
/// - integer division, `Double(-2 / m)`, which is 0 for m > 2: `testGradientCheck`,
///   `testMatchesReferenceOnRandomBatch`, `testWorkedExample`;
/// - the bias gradient as a mean over the rows instead of a sum: `testGradientCheck`,
///   `testMatchesReferenceOnRandomBatch`, `testWorkedExample`.
final class Exercise0103Tests: XCTestCase {
  func testWorkedExample() throws {
    let (dW, dB) = try attempt("1.3") {
      try Lesson01Exercises.gradients(
        WorkedExample.X, weights: WorkedExample.W, bias: WorkedExample.b, targets: WorkedExample.Y)
    }
    let sizes = ProblemSizes(examples: WorkedExample.X.rows)
    assertMatrix(
      dW, matches: WorkedExample.dW, "dL/dW", sizes: sizes,
      hint: "dL/dW = Xᵀ · dL/dP with dL/dP = −(2/m)(Y − P); it has W's shape, n × 1.")
    assertMatrix(
      dB, matches: WorkedExample.dB, "dL/dB", sizes: sizes,
      hint: "dL/dB adds up dL/dP over the batch: dLdP.sum(axis: 0), a 1 × 1 matrix.")
  }

  /// The analytic gradients must match centred differences of the loss itself.
  func testGradientCheck() throws {
    let problem = RandomProblem.make(rows: 6, features: 3, seed: 103)
    let (dW, dB) = try attempt("1.3") {
      try Lesson01Exercises.gradients(problem.X, weights: problem.W, bias: problem.b, targets: problem.Y)
    }
    let numericW = numericGradient(
      of: { W in
        WorkbookReference.meanSquaredError(
          predicted: LinearModel(weights: W, bias: problem.b).predict(problem.X), expected: problem.Y)
      }, at: problem.W)
    let numericB = numericGradient(
      of: { b in
        WorkbookReference.meanSquaredError(
          predicted: LinearModel(weights: problem.W, bias: b).predict(problem.X), expected: problem.Y)
      }, at: problem.b)
    assertMatrix(
      dW, matches: numericW, "dL/dW against the numeric gradient", tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "Check the factor −(2/m) and that you multiply by Xᵀ on the left: Xᵀ · dL/dP.")
    assertMatrix(
      dB, matches: numericB, "dL/dB against the numeric gradient", tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "The bias touches every prediction once, so its gradient is the sum of dL/dP.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 11, features: 5, seed: 113)
    let (dW, dB) = try attempt("1.3") {
      try Lesson01Exercises.gradients(problem.X, weights: problem.W, bias: problem.b, targets: problem.Y)
    }
    let reference = LinearModel(weights: problem.W, bias: problem.b).gradients(features: problem.X, targets: problem.Y)
    assertMatrix(
      dW, matches: reference.weights, "dL/dW (11 observations, 5 features)",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "dL/dW = Xᵀ · (−(2/m)(Y − P)), n × 1.")
    assertMatrix(
      dB, matches: reference.bias, "dL/dB (11 observations)",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns), hint: "dL/dB = Σ −(2/m)(Y − P), 1 × 1."
    )
  }
}
