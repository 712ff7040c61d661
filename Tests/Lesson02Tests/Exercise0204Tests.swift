import GradingSupport
import Lesson02Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 2.4 · Propagate.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - dw without its 1/m: `testGradientCheck`, `testHugeLogitsGiveAFiniteCost`, `testMatchesReferenceOnRandomBatch`;
/// - db without its 1/m: `testGradientCheck`, `testMatchesReferenceOnRandomBatch`.
final class Exercise0204Tests: XCTestCase {
  /// Note 002's email as a batch of one: J = 1.3873, dw = (a, 2a, 0), db = a with a = 0.7503.
  func testNotesEmail() throws {
    let result = try attempt("2.4") {
      try Lesson02Exercises.propagate(NotesEmail.X, labels: NotesEmail.Y, weights: NotesEmail.w, bias: NotesEmail.b)
    }
    assertNumber(
      result.cost, matches: NotesEmail.loss, "the cost",
      hint: "J = BCE(Z, Y) with Z = X·w + b; use your binaryCrossEntropy on the logits.")
    assertMatrix(
      result.dw, matches: NotesEmail.dw, "dw", hint: "dw = (1/m)·Xᵀ·dZ has w's shape, n × 1; dZ = A − Y.")
    assertMatrix(result.db, matches: NotesEmail.db, "db", hint: "db = (1/m)·Σ dZ, a 1 × 1 matrix.")
  }

  /// dw and db must be the gradients of the cost the function returns: compare with centred
  /// differences of the reference cost.
  func testGradientCheck() throws {
    let problem = RandomProblem.make(rows: 10, features: 4, seed: 204)
    let result = try attempt("2.4") {
      try Lesson02Exercises.propagate(problem.X, labels: problem.Y, weights: problem.w, bias: problem.b)
    }
    let cost = { (w: Matrix, b: Matrix) in
      WorkbookReference.binaryCrossEntropy(logits: problem.X.matmul(w) + b, labels: problem.Y)
    }
    assertMatrix(
      result.dw, matches: numericGradient(of: { cost($0, problem.b) }, at: problem.w),
      "dw against the numeric gradient", tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "dw = (1/m)·Xᵀ·(A − Y): transpose X, multiply on the left, divide by m.")
    assertMatrix(
      result.db, matches: numericGradient(of: { cost(problem.w, $0) }, at: problem.b),
      "db against the numeric gradient", tolerance: Tolerance.gradientCheck,
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "The bias adds to every z, so db is the mean of dZ.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 30, features: 5, seed: 214)
    let result = try attempt("2.4") {
      try Lesson02Exercises.propagate(problem.X, labels: problem.Y, weights: problem.w, bias: problem.b)
    }
    let reference = LogisticRegression(weights: problem.w, bias: problem.b).gradients(
      features: problem.X, targets: problem.Y)
    assertNumber(
      result.cost, matches: reference.loss, "the cost of 30 examples",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns), hint: "J is the mean loss.")
    assertMatrix(
      result.dw, matches: reference.weights, "dw (30 examples, 5 features)",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "dw = (1/m)·Xᵀ·dZ, 5 × 1.")
    assertMatrix(
      result.db, matches: reference.bias, "db (30 examples)",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns), hint: "db = (1/m)·Σ dZ, 1 × 1.")
  }

  /// Logits of ±800: the cost stays finite when the cross-entropy is computed from the logits.
  func testHugeLogitsGiveAFiniteCost() throws {
    let X = Matrix([[100], [-100]])
    let (w, b, Y) = (Matrix([[8]]), Matrix([[0]]), Matrix(column: [0, 1]))
    let result = try attempt("2.4") { try Lesson02Exercises.propagate(X, labels: Y, weights: w, bias: b) }
    assertNumber(
      result.cost, matches: 800, "the cost for z = ±800, both wrong",
      hint: "Compute the cost from the logits with your stable binaryCrossEntropy, not from ln σ(z).")
    assertMatrix(
      result.dw, matches: Matrix([[100]]), "dw for z = ±800",
      hint: "dZ = A − Y = (1, −1); dw = (1/2)·(100·1 + (−100)·(−1)) = 100.")
  }
}
