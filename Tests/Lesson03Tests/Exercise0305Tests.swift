import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.5 · Propagate.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the 1/m applied twice (dz already has it): `testGradientCheck`, `testMatchesReferenceOnRandomBatch`;
/// - db as a mean over the rows instead of a sum: `testGradientCheck`, `testMatchesReferenceOnRandomBatch`.
final class Exercise0305Tests: XCTestCase {
  /// Note 002's post as a batch of one: J = 1.6631, dW = xᵀ·(p̂ − y), db = p̂ − y.
  func testNotesPost() throws {
    let result = try attempt("3.5") {
      try Lesson03Exercises.propagate(NotesPost.X, labels: NotesPost.Y, weights: NotesPost.W, bias: NotesPost.b)
    }
    assertNumber(
      result.cost, matches: NotesPost.loss, "the cost",
      hint: "J = crossEntropy(Z, Y) with Z = X·W + b, all K logits at once.")
    assertMatrix(
      result.dW, matches: NotesPost.dW, "dW",
      hint: "dW = Xᵀ·dZ is n × K: row j is feature j times dz, so x = (1, 2, 0) gives (dz, 2·dz, 0).")
    assertMatrix(result.db, matches: NotesPost.dZ, "db", hint: "db adds dZ over the rows: 1 × K.")
  }

  /// dW and db must be the gradients of the cost: compare with centred differences.
  func testGradientCheck() throws {
    let problem = RandomProblem.make(rows: 10, features: 4, classes: 3, seed: 305)
    let result = try attempt("3.5") {
      try Lesson03Exercises.propagate(problem.X, labels: problem.Y, weights: problem.W, bias: problem.b)
    }
    let cost = { (W: Matrix, b: Matrix) in
      WorkbookReference.softmaxCrossEntropy(logits: problem.X.matmul(W) + b, labels: problem.Y)
    }
    assertMatrix(
      result.dW, matches: numericGradient(of: { cost($0, problem.b) }, at: problem.W),
      "dW against the numeric gradient", tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "dW = Xᵀ·dZ with dZ = (softmax(Z) − Y)/m; the 1/m is inside dZ only once.")
    assertMatrix(
      result.db, matches: numericGradient(of: { cost(problem.W, $0) }, at: problem.b),
      "db against the numeric gradient", tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "Each bias adds to its class's logit in every row, so db is the column sums of dZ.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 30, features: 6, classes: 5, seed: 315)
    let result = try attempt("3.5") {
      try Lesson03Exercises.propagate(problem.X, labels: problem.Y, weights: problem.W, bias: problem.b)
    }
    let reference = SoftmaxRegression(weights: problem.W, bias: problem.b).gradients(
      features: problem.X, targets: problem.Y)
    assertNumber(
      result.cost, matches: reference.loss, "the cost of 30 examples",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns), hint: "J is the mean loss.")
    assertMatrix(
      result.dW, matches: reference.weights, "dW (6 features, 5 classes)",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "dW = Xᵀ·dZ, 6 × 5.")
    assertMatrix(
      result.db, matches: reference.bias, "db (5 classes)",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns), hint: "db = dZ.sum(axis: 0), 1 × 5.")
  }
}
