import Foundation
import WorkbookCompanion
import XCTest

final class ExerciseBackupsTests: XCTestCase {
  var folder: URL!
  var file: URL { folder.appendingPathComponent("Exercises.swift") }

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("backups-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".backups"), withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try FileManager.default.removeItem(at: folder) }

  private func save(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(".backups/\(name)"), atomically: true, encoding: .utf8)
  }

  func testListsNewestFirstWithTheExercisesAnswered() throws {
    try save("Exercises-2026-12-01-090000.swift", ExerciseReplacementTests.stub)
    try save("Exercises-2026-12-02-101500.swift", ExerciseReplacementTests.edited)
    try save("Exercises-2026-12-02-101500-2.swift", ExerciseReplacementTests.stub)
    try save("Notes-2026-12-02-101500.swift", "")
    try save("Exercises-latest.swift", "")
    let backups = ExerciseBackups(of: file)
    XCTAssertEqual(
      backups.backups.map(\.name),
      ["Exercises-2026-12-02-101500-2.swift", "Exercises-2026-12-02-101500.swift", "Exercises-2026-12-01-090000.swift"])
    XCTAssertEqual(backups.backups[1].savedAt, "2026-12-02 10:15:00")
    XCTAssertEqual(backups.backups.map(\.answered), [[], ["2.1", "2.2"], []])
    XCTAssertEqual(backups.backups.map(\.number), [3, 2, 1], "numbered from the oldest, so numbers never shift")
    XCTAssertEqual(backups.suggested(for: "2.2")?.number, 2, "the newest with an answer to 2.2")
    XCTAssertEqual(backups.suggested(for: nil)?.number, 2, "the newest with any answer")
    XCTAssertEqual(backups.suggested(for: "2.9")?.number, 3, "none answers 2.9: the newest")
    XCTAssertEqual(backups.backup(chosen: "2")?.name, "Exercises-2026-12-02-101500.swift")
    XCTAssertEqual(
      backups.backup(chosen: "Exercises-2026-12-01-090000.swift")?.name, "Exercises-2026-12-01-090000.swift")
    XCTAssertNil(backups.backup(chosen: "4"))
    XCTAssertNil(backups.backup(chosen: "0"))
    XCTAssertNil(backups.backup(chosen: "Exercises.swift"))
  }

  func testRestoringOneExerciseFromABackupKeepsTheOthersAndBacksUpFirst() throws {
    try ExerciseReplacementTests.stub.write(to: file, atomically: true, encoding: .utf8)
    let restore = ExerciseReplacement(
      file: file, source: ExerciseReplacementTests.edited, sourceName: "backup X", command: "restore")
    let text = try XCTUnwrap(try restore.newText(for: .exercise("2.2")))
    XCTAssertTrue(text.contains("return 0.25"), "2.2's answer comes back")
    XCTAssertTrue(text.contains("throw NotAttempted(\"2.1\")"), "2.1 stays as it was")
    let backup = try XCTUnwrap(try restore.apply(text, at: Date()))
    XCTAssertEqual(try String(contentsOf: backup, encoding: .utf8), ExerciseReplacementTests.stub)
    XCTAssertEqual(ExerciseBackups(of: file).backups.map(\.url), [backup], "the file before the restore is listed")
  }

  func testABackupWithoutTheExerciseIsRefusedByName() throws {
    try ExerciseReplacementTests.edited.write(to: file, atomically: true, encoding: .utf8)
    let restore = ExerciseReplacement(
      file: file, source: "import WorkbookBasics\n", sourceName: "backup X", command: "restore")
    XCTAssertThrowsError(try restore.newText(for: .exercise("2.1"))) { error in
      XCTAssertEqual("\(error)", "exercise 2.1 is not in backup X")
    }
  }
}

final class StubOverwriteTests: XCTestCase {
  let stub = ExerciseReplacementTests.stub

  func testAChangedDocCommentOverAnUntouchedStubLosesNothing() {
    let newStub = stub.replacingOccurrences(of: "/// Doc.", with: "/// A better doc, over\n/// two lines.")
    XCTAssertEqual(StubOverwrite.editedParts(current: stub, newStub: newStub), [])
  }

  func testAnswersHelpersAndChangedDeclarationsAreEdits() {
    XCTAssertEqual(StubOverwrite.editedParts(current: ExerciseReplacementTests.edited, newStub: stub), ["2.1", "2.2"])
    let newSignature = stub.replacingOccurrences(of: "loss() throws", with: "loss(_ z: Double) throws")
    XCTAssertEqual(StubOverwrite.editedParts(current: stub, newStub: newSignature), ["2.2"])
    let importAdded = "import Foundation\n" + stub
    XCTAssertEqual(
      StubOverwrite.editedParts(current: importAdded, newStub: stub), ["the lines before the first exercise"])
  }

  func testAnExerciseTheNewStubDropsCountsOnlyWhenAnswered() {
    let withoutLoss = String(stub[..<(stub.range(of: "// MARK: - Exercise 2.2")?.lowerBound ?? stub.endIndex)])
    XCTAssertEqual(StubOverwrite.editedParts(current: stub, newStub: withoutLoss), [])
    XCTAssertEqual(
      StubOverwrite.editedParts(current: ExerciseReplacementTests.edited, newStub: withoutLoss), ["2.1", "2.2"])
  }
}

final class HintProgressTests: XCTestCase {
  func testRemembersHowManyHintsWereSeenPerExercise() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("hints-\(UUID().uuidString)/seen.txt")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    var progress = HintProgress(file: file)
    XCTAssertEqual(progress.count(for: "2.2"), 0)
    try progress.record(1, for: "2.2")
    try progress.record(3, for: "10.1")
    XCTAssertEqual(HintProgress(file: file).count(for: "2.2"), 1, "kept across runs")
    XCTAssertEqual(HintProgress(file: file).count(for: "10.1"), 3)
    try "2.2 x\ngarbage\n3.1 2\n".write(to: file, atomically: true, encoding: .utf8)
    XCTAssertEqual(HintProgress(file: file).seen, ["3.1": 2], "unreadable lines are ignored")
  }
}

final class TestMethodOrderTests: XCTestCase {
  func testTheOrderTheTestsAreWrittenIn() {
    let order = TestMethodOrder(parsing: [
      """
      final class Exercise0301Tests: XCTestCase {
        func testShape() throws {}
        private func helper() {}
        func testNotesAnimals() throws {}
      }
      struct Helper { func testLike() {} }
      final class Exercise0302Tests: XCTestCase {}
      """
    ])
    XCTAssertEqual(order.order(of: "Exercise0301Tests"), ["testShape", "testNotesAnimals"])
    XCTAssertEqual(order.methods["Exercise0302Tests"], [])
    XCTAssertEqual(order.order(of: "Exercise0909Tests"), [])
  }

  func testTheFirstFailingTestShownIsTheFirstWritten() {
    let exercise = Exercise(number: "3.1", title: "One-hot", line: 1, tips: [])
    let failure = { (test: String) in
      TestCaseResult(
        className: "Exercise0301Tests", testName: test, outcome: .failed([TestFailure(location: "", message: test)]))
    }
    // XCTest runs them alphabetically: testNotesAnimals before testShape.
    let results = [failure("testNotesAnimals"), failure("testShape")]
    guard
      case .failing(let failed, _) = ExerciseState(
        of: exercise, from: results, order: ["testShape", "testNotesAnimals"])
    else { return XCTFail("expected failing") }
    XCTAssertEqual(failed.map(\.test), ["testShape", "testNotesAnimals"])
  }
}
