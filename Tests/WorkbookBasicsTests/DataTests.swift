import WorkbookBasics
import XCTest

final class CSVTests: XCTestCase {
  func testParsesHeaderAndNumbers() throws {
    let table = try CSVTable(parsing: "a, b\r\n1,2.5\n-3,4e2\n\n", source: "t.csv")
    XCTAssertEqual(table.header, ["a", "b"])
    XCTAssertEqual(table.values, Matrix([[1, 2.5], [-3, 400]]))
  }

  func testRaggedRowNamesTheLine() {
    XCTAssertThrowsError(try CSVTable(parsing: "a,b\n1,2\n3\n", source: "t.csv")) { error in
      XCTAssertEqual(
        error as? CSVError,
        CSVError(file: "t.csv", line: 3, column: nil, reason: "this row has 1 fields but the header has 2"))
      XCTAssertEqual("\(error)", "t.csv:3: this row has 1 fields but the header has 2")
    }
  }

  func testBadNumberNamesLineAndColumn() {
    XCTAssertThrowsError(try CSVTable(parsing: "a,b\n1,2\n3,abc\n", source: "t.csv")) { error in
      XCTAssertEqual(
        "\(error)", "t.csv:3:2: \"abc\" in column \"b\" is not a decimal number (such as 12, -0.5 or 1.2e-3)")
    }
    XCTAssertThrowsError(try CSVTable(parsing: "a\nnan\n", source: "t.csv")) { error in
      XCTAssertEqual((error as? CSVError)?.line, 2)
    }
  }

  func testEmptyFileIsReported() {
    XCTAssertThrowsError(try CSVTable(parsing: "\n", source: "empty.csv")) { error in
      XCTAssertEqual("\(error)", "empty.csv:1: the file is empty; expected a header row")
    }
  }

  func testMissingFileIsReported() {
    XCTAssertThrowsError(try CSVTable(contentsOf: URL(fileURLWithPath: "/no/such/file.csv"))) { error in
      XCTAssertEqual("\(error)", "/no/such/file.csv: there is no such file")
    }
  }
}

final class BundledDatasetTests: XCTestCase {
  func testBostonAndDiabetesLoad() throws {
    let boston = try BundledDataset.boston.load()
    XCTAssertEqual(boston.features.shapeDescription, "506×13")
    XCTAssertEqual(boston.targets.shapeDescription, "506×1")
    XCTAssertEqual(boston.featureNames.last, "LSTAT")
    XCTAssertEqual(boston.targetName, "MEDV")
    XCTAssertEqual(boston.features[445, 0], 10.6718)  // the corrected CRIM value
    XCTAssertNotNil(boston.caveat)
    let diabetes = try BundledDataset.diabetes.load()
    XCTAssertEqual(diabetes.features.shapeDescription, "442×10")
    XCTAssertEqual(diabetes.targets.mean(), 152.1335, accuracy: 1e-4)
    XCTAssertNil(diabetes.caveat)
  }

  /// 569 rows, 30 features; labels 0 = malignant (212 rows) and 1 = benign (357 rows).
  func testBreastCancerLoadsWithItsLabelCoding() throws {
    let cancer = try BundledDataset.breastCancer.load()
    XCTAssertEqual(cancer.features.shapeDescription, "569×30")
    XCTAssertEqual(cancer.featureNames.first, "mean_radius")
    XCTAssertEqual(cancer.targetName, "target")
    XCTAssertEqual(cancer.targets.sum(), 357)
    XCTAssertEqual(cancer.targets.values.filter { $0 == 0 }.count, 212)
    XCTAssertEqual(cancer.features[0, 0], 17.99)
    XCTAssertTrue(cancer.caveat?.contains("0 = malignant") ?? false)
  }

  /// 1797 images of 8 × 8 pixels (0–16), digits 0–9 with 174–183 images each.
  func testDigitsLoad() throws {
    let digits = try BundledDataset.digits.load()
    XCTAssertEqual(digits.features.shapeDescription, "1797×64")
    XCTAssertEqual(digits.featureNames.first, "pixel_0_0")
    XCTAssertEqual(digits.featureNames.last, "pixel_7_7")
    XCTAssertEqual(digits.features.min(), 0)
    XCTAssertEqual(digits.features.max(), 16)
    let counts = (0..<10).map { digit in digits.targets.values.filter { $0 == Double(digit) }.count }
    XCTAssertEqual(counts.min(), 174)
    XCTAssertEqual(counts.max(), 183)
    XCTAssertEqual(counts.reduce(0, +), 1797)
  }

  /// The book's split: 152 test rows, 354 train rows, together every row once; the test
  /// targets average 22.0776 as the notes print.
  func testBostonBookSplit() throws {
    let split = try BundledDataset.bostonBookSplit()
    XCTAssertEqual(split.test.count, 152)
    XCTAssertEqual(split.train.count, 354)
    XCTAssertEqual((split.test + split.train).sorted(), Array(0..<506))
    XCTAssertEqual(split.test.prefix(2), [203, 379])
  }
}

final class SplitTests: XCTestCase {
  func testRandomSplitIsDisjointAndRepeatable() {
    var a = SeededGenerator(seed: 1)
    var b = SeededGenerator(seed: 1)
    let split = Split(shuffling: 10, testFraction: 0.25, using: &a)
    XCTAssertEqual(split.test.count, 3)  // ⌈2.5⌉, as scikit-learn rounds
    XCTAssertEqual((split.train + split.test).sorted(), Array(0..<10))
    XCTAssertEqual(split, Split(shuffling: 10, testFraction: 0.25, using: &b))
  }
}
