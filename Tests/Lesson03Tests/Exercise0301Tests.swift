import GradingSupport
import Lesson03Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 3.1 · One-hot encoding.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the width taken from the largest label instead of classCount: `testShapeIsExamplesByClasses`.
final class Exercise0301Tests: XCTestCase {
  /// Note 002's dog, cat, hen (classes 0, 1, 2): the 3 × 3 identity.
  func testNotesAnimals() throws {
    let Y = try attempt("3.1") { try Lesson03Exercises.oneHot([0, 1, 2], classCount: 3) }
    assertMatrix(
      Y, matches: .identity(3), "oneHot([0, 1, 2], classCount: 3)",
      hint: "Row r gets a single 1, in column classes[r]; everything else stays 0.")
  }

  /// Repeated classes, classes in any order, and a class with no example: m × K, not K × K.
  func testShapeIsExamplesByClasses() throws {
    let Y = try attempt("3.1") { try Lesson03Exercises.oneHot([3, 3, 0], classCount: 5) }
    assertMatrix(
      Y, matches: Matrix([[0, 0, 0, 1, 0], [0, 0, 0, 1, 0], [1, 0, 0, 0, 0]]), "oneHot([3, 3, 0], classCount: 5)",
      hint: "One row per example (m = 3) and one column per class (K = 5), whether or not every class occurs.")
  }

  func testMatchesReferenceOnRandomClasses() throws {
    var generator = SeededGenerator(seed: 301)
    let classes = (0..<40).map { _ in Int(generator.nextUniform() * 10) }
    let Y = try attempt("3.1") { try Lesson03Exercises.oneHot(classes, classCount: 10) }
    assertMatrix(
      Y, matches: WorkbookReference.oneHot(classes, classCount: 10), "oneHot of 40 random digits",
      hint: "Classes are numbered from 0: digit 3 sets column 3, the fourth column.")
  }
}
