import WorkbookBasics
import WorkbookReference
import XCTest

/// Precision, recall and F1 per class, and the stratified three-way split.
final class ClassMetricsTests: XCTestCase {
  /// Three classes: 0 is found 3 times of 4 and predicted 5 times; 2 is never predicted.
  private let matrix = ConfusionMatrix(
    predicted: [0, 0, 0, 1, 0, 1, 1, 0, 1], expected: [0, 0, 0, 0, 1, 1, 1, 2, 2], classCount: 3)

  func testPrecisionIsPerColumnAndRecallPerRow() throws {
    let metrics = matrix.classMetrics
    XCTAssertEqual(metrics.map(\.support), [4, 3, 2])
    XCTAssertEqual(try XCTUnwrap(metrics[0].precision), 3.0 / 5, accuracy: 1e-15)
    XCTAssertEqual(try XCTUnwrap(metrics[0].recall), 3.0 / 4, accuracy: 1e-15)
    XCTAssertEqual(try XCTUnwrap(metrics[0].f1), 2 * 0.6 * 0.75 / 1.35, accuracy: 1e-15)
    XCTAssertEqual(try XCTUnwrap(metrics[1].precision), 2.0 / 4, accuracy: 1e-15)
    XCTAssertEqual(try XCTUnwrap(metrics[1].recall), 2.0 / 3, accuracy: 1e-15)
    XCTAssertNil(metrics[2].precision, "class 2 is never predicted: no precision")
    XCTAssertEqual(metrics[2].recall, 0)
    XCTAssertNil(metrics[2].f1)
  }

  func testTheTableShowsAMissingValueAndTheMacroMean() {
    let lines = matrix.metricsTable(names: ["a", "b", "c"]).render()
    XCTAssertTrue(lines.contains { $0.contains("c") && $0.contains("—") }, lines.joined(separator: "\n"))
    XCTAssertTrue(lines.last?.contains("0.550") ?? false, "mean precision (0.6 + 0.5)/2: \(lines)")
  }

  func testAStratifiedSplitKeepsEachClassInProportion() {
    let classes = (0..<300).map { $0 % 3 == 0 ? 0 : ($0 % 3 == 1 ? 1 : 2) } + Array(repeating: 1, count: 100)
    var generator = SeededGenerator(seed: 4)
    let split = stratifiedSplit(classes: classes, validationFraction: 0.2, testFraction: 0.1, using: &generator)
    XCTAssertEqual(Set(split.training + split.validation + split.test), Set(classes.indices))
    XCTAssertEqual(split.training.count + split.validation.count + split.test.count, classes.count)
    for label in 0..<3 {
      let inClass = classes.filter { $0 == label }.count
      XCTAssertEqual(split.validation.filter { classes[$0] == label }.count, Int((0.2 * Double(inClass)).rounded()))
      XCTAssertEqual(split.test.filter { classes[$0] == label }.count, Int((0.1 * Double(inClass)).rounded()))
    }
    XCTAssertEqual(split.validation, split.validation.sorted())
    var again = SeededGenerator(seed: 4)
    XCTAssertEqual(split, stratifiedSplit(classes: classes, validationFraction: 0.2, testFraction: 0.1, using: &again))
  }
}
