import WorkbookBasics
import WorkbookReference
import XCTest

/// The shared helpers the lessons' cross-validation and data loading use.
final class SampleSummaryAndDigitsTests: XCTestCase {
  /// 1, 2, 3, 4: mean 2.5, sample variance 5/3, standard error √(5/3)/2.
  func testSampleSummaryDividesByNMinusOne() {
    let summary = SampleSummary([1, 2, 3, 4])
    XCTAssertEqual(summary.count, 4)
    XCTAssertEqual(summary.mean, 2.5)
    XCTAssertEqual(summary.standardDeviation, (5.0 / 3).squareRoot(), accuracy: 1e-15)
    XCTAssertEqual(summary.standardError, (5.0 / 3).squareRoot() / 2, accuracy: 1e-15)
    XCTAssertEqual(SampleSummary([7, 7]).standardDeviation, 0)
  }

  /// Pixels scaled into [0, 1] with a 16 becoming 1, one-hot rows that match the class numbers.
  func testClassifierDigitsAreScaledAndOneHot() throws {
    let digits = try ClassifierDigits.load()
    XCTAssertEqual(digits.count, 1797)
    XCTAssertEqual(digits.features.columns, 64)
    XCTAssertEqual(digits.features.min(), 0)
    XCTAssertEqual(digits.features.max(), 1)
    XCTAssertEqual(argmaxPerRow(digits.targets), digits.classes)
    XCTAssertEqual(digits.targets.sum(axis: 1), Matrix(rows: 1797, columns: 1, repeating: 1))
    let picked = digits.rows(at: [5, 2])
    XCTAssertEqual(picked.features, digits.features.rows(at: [5, 2]))
    XCTAssertEqual(argmaxPerRow(picked.targets), [digits.classes[5], digits.classes[2]])
  }
}
