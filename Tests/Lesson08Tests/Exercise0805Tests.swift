import GradingSupport
import Lesson08Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 8.5 · k-fold indices.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the last fold taking all the remainder (uneven folds): `testTenRowsInThreeFolds`, `testFoldsAreEven`;
/// - overlapping folds (each starting at i·size with size rounded up): `testTenRowsInThreeFolds`,
///   `testFoldsAreEven`;
/// - rows dropped at the end (size rounded down): `testEveryRowExactlyOnce`, `testFoldsAreEven`;
/// - the number of folds ignored or off by one: `testFoldsAreEven`.
final class Exercise0805Tests: XCTestCase {
  /// 10 rows in 3 folds: [0, 1, 2, 3], [4, 5, 6], [7, 8, 9].
  func testTenRowsInThreeFolds() throws {
    let folds = try attempt("8.5") { try kFoldIndices(count: 10, folds: 3) }
    XCTAssertEqual(
      folds, [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]],
      "10 = 4 + 3 + 3: each fold has 10 / 3 = 3 rows and the first 10 % 3 = 1 fold one more.")
  }

  /// Every row is in exactly one fold, for several sizes.
  func testEveryRowExactlyOnce() throws {
    for (count, k) in [(7, 2), (12, 5), (101, 10), (5, 5)] {
      let folds = try attempt("8.5") { try kFoldIndices(count: count, folds: k) }
      XCTAssertEqual(
        folds.flatMap { $0 }.sorted(), Array(0..<count),
        "\(count) rows in \(k) folds: every row must appear exactly once (no overlap, none left out).")
    }
  }

  /// k folds whose sizes differ by at most 1, the larger first.
  func testFoldsAreEven() throws {
    for (count, k) in [(11, 4), (100, 7), (9, 3)] {
      let folds = try attempt("8.5") { try kFoldIndices(count: count, folds: k) }
      XCTAssertEqual(folds.count, k, "there must be \(k) folds")
      let sizes = folds.map(\.count)
      XCTAssertEqual(
        sizes, (0..<k).map { count / k + ($0 < count % k ? 1 : 0) },
        "\(count) rows in \(k) folds should give sizes within 1 of each other, the larger first; got \(sizes)")
    }
  }
}
