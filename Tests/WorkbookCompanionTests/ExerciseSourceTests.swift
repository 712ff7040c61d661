import Foundation
import WorkbookCompanion
import XCTest

final class ExerciseSourceTests: XCTestCase {
  static let sample = """
    import WorkbookBasics

    // MARK: - Exercise 2.1 · Sigmoid

    /// The logistic function.
    /// - Parameter z: logits.
    /// - Tip: Use exp.
    /// - Tip: Guard large negative z:
    ///   compute it another way there.
    public func sigmoid(_ z: Double) throws -> Double {
      // BEGIN SOLUTION
      // Hint: For z < 0, e^(−z) overflows:
      //   use e^z / (1 + e^z) there.
      // Hint: σ(−z) = 1 − σ(z).
      return 1 / (1 + exp(-z))
      // END SOLUTION
    }

    // MARK: - Exercise 2.2 · Loss
    /// BCE.
    public func loss() throws -> Double {
        // BEGIN SOLUTION
        return 0
        // END SOLUTION
    }
    """

  func testParsesExercisesAndTips() throws {
    let source = try ExerciseSource(parsing: Self.sample)
    XCTAssertEqual(source.exercises.map(\.number), ["2.1", "2.2"])
    XCTAssertEqual(source.exercises.map(\.title), ["Sigmoid", "Loss"])
    XCTAssertEqual(source.exercises[0].line, 3)
    XCTAssertEqual(source.exercises[0].tips, ["Use exp.", "Guard large negative z: compute it another way there."])
    XCTAssertEqual(source.exercises[1].tips, [])
    XCTAssertEqual(source.exercises[0].testClassName, "Exercise0201Tests")
    XCTAssertEqual(
      source.exercises[0].laterHints, ["For z < 0, e^(−z) overflows: use e^z / (1 + e^z) there.", "σ(−z) = 1 − σ(z)."])
    XCTAssertEqual(source.exercises[0].hints.count, 4, "the tips first, then the later hints")
    XCTAssertEqual(source.exercises[1].hints, [])
  }

  func testStubReplacesOnlyTheSolutionBlocks() throws {
    let stub = try ExerciseSource(parsing: Self.sample).stub()
    XCTAssertFalse(stub.contains("BEGIN SOLUTION"))
    XCTAssertFalse(stub.contains("1 / (1 + exp(-z))"))
    XCTAssertFalse(stub.contains("Hint:"), "the later hints stay out of the stub")
    XCTAssertTrue(
      stub.contains(
        "  // Exercise 2.1: write your answer here, in place of the line below.\n  throw NotAttempted(\"2.1\")\n}"))
    XCTAssertTrue(stub.contains("    throw NotAttempted(\"2.2\")"))
    XCTAssertTrue(stub.contains("/// - Tip: Guard large negative z:"))
    XCTAssertEqual(stub.split(separator: "\n").count, Self.sample.split(separator: "\n").count - 5)
  }

  func testMisplacedMarkersAreReportedWithTheirLine() {
    let unclosed = "// MARK: - Exercise 1.1 · A\nfunc a() {\n  // BEGIN SOLUTION\n}\n"
    XCTAssertThrowsError(try ExerciseSource(parsing: unclosed)) { error in
      XCTAssertEqual(
        error as? ExerciseSourceError, ExerciseSourceError(line: 3, reason: "BEGIN SOLUTION is never closed"))
    }
    let missing = "// MARK: - Exercise 1.1 · A\nfunc a() {}\n"
    XCTAssertThrowsError(try ExerciseSource(parsing: missing)) { error in
      XCTAssertEqual((error as? ExerciseSourceError)?.line, 1)
    }
    let twice = "// MARK: - Exercise 1.1 · A\n// BEGIN SOLUTION\n// END SOLUTION\n// MARK: - Exercise 1.1 · B\n"
    XCTAssertThrowsError(try ExerciseSource(parsing: twice)) { error in
      XCTAssertEqual((error as? ExerciseSourceError)?.reason, "exercise 1.1 is declared twice")
    }
    XCTAssertThrowsError(try ExerciseSource(parsing: "// MARK: - Exercise one · A\n"))
    XCTAssertThrowsError(try ExerciseSource(parsing: "// BEGIN SOLUTION\n"))
  }

  func testTheWalkthroughListMustNameEveryExerciseWithItsTitle() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let sample = Self.sample.replacingOccurrences(of: "Exercise 2.", with: "Exercise 9.")
    let files = [
      "Solutions/Lesson09/Exercises.swift": sample,
      "Lessons/Lesson09/README.md": "- 9.1 · Sigmoid\n- 9.2 · Loss\n",
      "Tests/Lesson09Tests/Exercise0901Tests.swift": "final class Exercise0901Tests: XCTestCase {}",
      "Tests/Lesson09Tests/Exercise0902Tests.swift": "final class Exercise0902Tests: XCTestCase {}",
      "Sources/Lesson09/NextSteps.swift": "let list = [\"9.1 · Sigmoid\", \"9.2 · Cost\"]  // \"9.1 is\"",
    ]
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    XCTAssertEqual(
      try LessonSources(name: "Lesson09", root: root).problems(includeStub: false),
      [
        "the walkthrough (Sources/Lesson09) does not list \"9.2 · Loss\" in its \"Your turn\" section",
        "the walkthrough (Sources/Lesson09) lists \"9.2 · Cost\", which is not an exercise of the solution file",
      ])
  }

  /// The course's own lessons: every exercise of each Solutions file has its graded test class
  /// and a README entry, and every test class grades an exercise. (The stub itself is compared
  /// by `swift run workbook verify-sources` in CI, since a learner's stubs differ on purpose.)
  func testEveryLessonIsConsistent() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let lessons = try LessonSources.all(in: root)
    XCTAssertFalse(lessons.isEmpty)
    for lesson in lessons {
      XCTAssertEqual(try lesson.problems(includeStub: false), [], lesson.name)
      XCTAssertGreaterThanOrEqual(try lesson.source().exercises.count, 1)
    }
    XCTAssertEqual(try LessonSources(name: "Lesson01", root: root).source().exercises.count, 8)
  }
}
