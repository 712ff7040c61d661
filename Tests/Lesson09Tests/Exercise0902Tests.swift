import GradingSupport
import Lesson09Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 9.2 · Precision and recall.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - rows and columns swapped (precision from the row, recall from the column):
///   `testByHand`, `testMatchesTheLibrary`;
/// - integer division (every value 0 or 1): `testByHand`;
/// - 0 instead of nil when nothing is divided: `testByHand`, `testAClassWithNoExamples`;
/// - the last class left out (an off-by-one range): `testMatchesTheLibrary` (K = 4 and 10);
/// - the total of all counts as the denominator: `testByHand`, `testMatchesTheLibrary`.
final class Exercise0902Tests: XCTestCase {
  /// Fails unless two lists of optional ratios agree; nil must be nil.
  private func assertRatios(
    _ actual: [Double?], _ expected: [Double?], _ what: String, hint: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    guard actual.count == expected.count else {
      XCTFail(
        "\(what): \(actual.count) values for \(expected.count) classes.\nHint: one per class.", file: file, line: line)
      return
    }
    for (index, (got, want)) in zip(actual, expected).enumerated() {
      switch (got, want) {
      case (nil, nil): continue
      case (let got?, let want?) where abs(got - want) <= 1e-12: continue
      default:
        let show = { (value: Double?) in value.map { formatNumber($0) } ?? "nil" }
        // A ratio strictly between 0 and 1 that came out as 0 or 1: the division was on Ints.
        let integerDivision = (got == 0 || got == 1) && (want.map { $0 > 0 && $0 < 1 } ?? false)
        let shown =
          integerDivision
          ? "this should be a fraction between 0 and 1. Integer division? Convert to Double before dividing: "
            + "Double(a) / Double(b), not Double(a / b)."
          : hint
        XCTFail(
          "\(what) of class \(index) is \(show(got)), expected \(show(want)).\nHint: \(shown)", file: file, line: line)
        return
      }
    }
  }

  /// Class 0: 3 right of 4, predicted 5 times; class 1: 2 right of 3, predicted 4 times; class
  /// 2: 0 of 2, never predicted.
  func testByHand() throws {
    let counts = [[3, 1, 0], [1, 2, 0], [1, 1, 0]]
    let result = try attempt("9.2") { try precisionAndRecall(confusion: counts) }
    assertRatios(
      result.precision, [0.6, 0.5, nil], "precision",
      hint: "precision of class k is counts[k][k] over the sum of column k (everything predicted as k), as a Double; "
        + "class 2 is never predicted, so its precision is nil.")
    assertRatios(
      result.recall, [0.75, 2.0 / 3, 0], "recall",
      hint: "recall of class k is counts[k][k] over the sum of row k (every example of class k), as a Double; "
        + "class 2 has examples but none found: 0, not nil.")
  }

  func testAClassWithNoExamples() throws {
    let result = try attempt("9.2") { try precisionAndRecall(confusion: [[2, 1], [0, 0]]) }
    assertRatios(
      result.recall, [2.0 / 3, nil], "recall",
      hint: "class 1 has no examples (its row adds up to 0), so its recall is nil, not 0.")
    assertRatios(result.precision, [1, 0], "precision", hint: "class 1 is predicted once, wrongly: precision 0.")
  }

  /// Random predictions for 4 and 10 classes against the library's `ConfusionMatrix.classMetrics`.
  func testMatchesTheLibrary() throws {
    for (classCount, seed) in [(4, 1), (10, 2)] {
      var generator = SeededGenerator(seed: UInt64(seed))
      let truth = (0..<200).map { _ in Int.random(in: 0..<classCount, using: &generator) }
      let predicted = truth.map {
        Double.random(in: 0..<1, using: &generator) < 0.7 ? $0 : Int.random(in: 0..<classCount, using: &generator)
      }
      let matrix = ConfusionMatrix(predicted: predicted, expected: truth, classCount: classCount)
      let result = try attempt("9.2") { try precisionAndRecall(confusion: matrix.counts) }
      assertRatios(
        result.precision, matrix.classMetrics.map(\.precision), "precision (\(classCount) classes)",
        hint: "one value per class, all \(classCount) of them: the diagonal over its column's sum.")
      assertRatios(
        result.recall, matrix.classMetrics.map(\.recall), "recall (\(classCount) classes)",
        hint: "one value per class, all \(classCount) of them: the diagonal over its row's sum.")
    }
  }
}
