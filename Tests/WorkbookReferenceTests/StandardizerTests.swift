import WorkbookBasics
import WorkbookReference
import XCTest

/// Standardisation and the book's way of preparing Boston with it (both live in the reference
/// module: exercise 1.8 asks the learner to write the standardiser).
final class StandardizerTests: XCTestCase {
  func testStandardisesWithFittedStatistics() {
    let train = Matrix([[1, 10, 5], [3, 30, 5]])
    let scaler = Standardizer(fittedTo: train)
    XCTAssertEqual(scaler.means, Matrix(row: [2, 20, 5]))
    XCTAssertEqual(scaler.standardDeviations, Matrix(row: [1, 10, 1]))  // a constant column keeps 1
    XCTAssertEqual(scaler.transform(train), Matrix([[-1, -1, 0], [1, 1, 0]]))
    XCTAssertEqual(scaler.transform(Matrix([[4, 0, 6]])), Matrix([[2, -2, 1]]))
  }
}

final class BostonAsInTheBookTests: XCTestCase {
  /// The book's split of the standardised data: the test targets average 22.0776 as the notes print.
  func testTheBooksPreparation() throws {
    let (train, test) = try BundledDataset.bostonAsInTheBook()
    XCTAssertEqual(test.targets.mean(), 22.0776, accuracy: 5e-5)
    XCTAssertEqual(train.count, 354)
  }
}
