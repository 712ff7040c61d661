import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.3 · Cross-entropy from logits.
///
/// Wrong versions tried, each caught: log of the softmax probabilities (ln 0 at (0, 800));
/// log-sum-exp shifted by the row's minimum (e^800) or mean (e^750 at (0, 1500)); dividing by
/// m·K instead of m (named as such by the random batch's sizes).
final class Exercise0303Tests: XCTestCase {
  /// Note 002's post, truly Python: L = −ln 0.1895 = 1.6631.
  func testNotesPost() throws {
    let cost = try attempt("3.3") { try Lesson03Exercises.crossEntropy(logits: NotesPost.Z, labels: NotesPost.Y) }
    assertNumber(
      cost, matches: NotesPost.loss, "the loss of note 002's post",
      hint: "With a one-hot y only the true class counts: L = −ln p̂_Python, computed from the logits.")
  }

  /// Note 002's three posts, given as logits ln p̂: J = 0.7811.
  func testThreePosts() throws {
    let cost = try attempt("3.3") {
      try Lesson03Exercises.crossEntropy(logits: ThreePosts.logits, labels: ThreePosts.Y)
    }
    assertNumber(
      cost, matches: ThreePosts.cost, "the cost of note 002's three posts",
      hint: "J is the mean of the three losses, −(1/3)[ln 0.2 + ln 0.8 + ln 0.6]: divide by m = 3.")
  }

  /// A confidently wrong example costs exactly its logit gap; nothing is ∞ or NaN.
  func testExtremeLogitsGiveExactLosses() throws {
    let cases: [(logits: [Double], label: [Double], loss: Double)] = [
      ([0, 800], [1, 0], 800),  // p̂ of the true class is e^−800, which rounds to 0
      ([800, 0], [1, 0], 0),
      ([1000, 1001, 1002], [0, 0, 1], 0.40760596444438),  // ln(e^−2 + e^−1 + 1)
      ([0, 1500], [1, 0], 1500),  // a shift by the mean (750) would leave e^750 = ∞
    ]
    let losses = try cases.map { example in
      try attempt("3.3") {
        try Lesson03Exercises.crossEntropy(logits: Matrix(row: example.logits), labels: Matrix(row: example.label))
      }
    }
    assertMatrix(
      Matrix(row: losses), matches: Matrix(row: cases.map(\.loss)),
      "the losses for logits (0, 800), (800, 0), (1000, 1001, 1002) and (0, 1500)", tolerance: 1e-9,
      hint:
        "Never take the log of a probability: write ln p̂ₖ from the logits, and shift by each row's largest"
        + " logit so that every exponent is ≤ 0 (not by its mean: (0, 1500) would give e^750 = ∞)."
        + " swift run workbook hint 3.3 gives more.")
  }

  func testMatchesReferenceOnRandomBatch() throws {
    let problem = RandomProblem.make(rows: 25, features: 4, classes: 5, seed: 303)
    let Z = problem.X.matmul(problem.W) * 3 + problem.b
    let cost = try attempt("3.3") { try Lesson03Exercises.crossEntropy(logits: Z, labels: problem.Y) }
    assertNumber(
      cost, matches: WorkbookReference.softmaxCrossEntropy(logits: Z, labels: problem.Y), "the cost of 25 examples",
      sizes: ProblemSizes(examples: problem.X.rows, classes: problem.Y.columns),
      hint: "Sum the per-example losses and divide by m = 25 (the rows), not by m·K.")
  }
}
