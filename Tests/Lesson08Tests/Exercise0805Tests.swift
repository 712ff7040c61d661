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
  /// The first row that is in two folds, in none, or outside 0..<count, in words; nil when every
  /// row is in exactly one fold.
  func coverageProblem(_ folds: [[Int]], count: Int) -> String? {
    var foldsOf = [Int: [Int]]()
    for (fold, rows) in folds.enumerated() {
      for row in rows { foldsOf[row, default: []].append(fold + 1) }
    }
    if let outside = foldsOf.keys.sorted().first(where: { !(0..<count).contains($0) }) {
      return "row \(outside) is in fold \(foldsOf[outside]?[0] ?? 0), but the rows are 0 to \(count - 1)."
    }
    if let twice = foldsOf.keys.sorted().first(where: { (foldsOf[$0]?.count ?? 0) > 1 }) {
      let listed = (foldsOf[twice] ?? []).map(String.init).joined(separator: " and ")
      return "row \(twice) is in folds \(listed): the folds overlap (does each fold start where the last one ended?)."
    }
    if let missing = (0..<count).first(where: { foldsOf[$0] == nil }) {
      return "row \(missing) is in no fold: rows are left out (are the count % folds = "
        + "\(count % max(folds.count, 1)) leftover rows given out, one each to the first folds?)."
    }
    return nil
  }

  /// 10 rows in 3 folds: [0, 1, 2, 3], [4, 5, 6], [7, 8, 9].
  func testTenRowsInThreeFolds() throws {
    let folds = try attempt("8.5") { try kFoldIndices(count: 10, folds: 3) }
    if let problem = coverageProblem(folds, count: 10) {
      return XCTFail("10 rows in 3 folds: \(problem)\nYour folds: \(folds)")
    }
    assertValue(
      folds, equals: [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]], "kFoldIndices(count: 10, folds: 3)",
      hint: "10 = 4 + 3 + 3: each fold has 10 / 3 = 3 rows and the first 10 % 3 = 1 fold one more.")
  }

  /// Every row is in exactly one fold, for several sizes.
  func testEveryRowExactlyOnce() throws {
    for (count, k) in [(7, 2), (12, 5), (101, 10), (5, 5)] {
      let folds = try attempt("8.5") { try kFoldIndices(count: count, folds: k) }
      if let problem = coverageProblem(folds, count: count) { XCTFail("\(count) rows in \(k) folds: \(problem)") }
    }
  }

  /// k folds whose sizes differ by at most 1, the larger first.
  func testFoldsAreEven() throws {
    for (count, k) in [(11, 4), (100, 7), (9, 3)] {
      let folds = try attempt("8.5") { try kFoldIndices(count: count, folds: k) }
      assertValue(folds.count, equals: k, "the number of folds for folds: \(k)", hint: "make one list per fold.")
      assertValue(
        folds.map(\.count), equals: (0..<k).map { count / k + ($0 < count % k ? 1 : 0) },
        "folds.map(\\.count) for \(count) rows in \(k) folds",
        hint: "sizes within 1 of each other, the larger first: count / folds each, plus one for the first "
          + "count % folds folds.")
    }
  }
}
