import Foundation
import WorkbookCompanion
import XCTest

final class ExerciseReplacementTests: XCTestCase {
  static let stub = """
    import WorkbookBasics

    // MARK: - Exercise 2.1 · Sigmoid

    /// Doc.
    public func sigmoid(_ z: Double) throws -> Double {
      // Exercise 2.1: write your answer here, in place of the line below.
      throw NotAttempted("2.1")
    }

    // MARK: - Exercise 2.2 · Loss

    public func loss() throws -> Double {
      // Exercise 2.2: write your answer here, in place of the line below.
      throw NotAttempted("2.2")
    }

    """
  static let edited = """
    import WorkbookBasics

    // MARK: - Exercise 2.1 · Sigmoid

    /// Doc.
    public func sigmoid(_ z: Double) throws -> Double {
      return 1 / (1 + exp(-z))
    }

    private func helper() {}

    // MARK: - Exercise 2.2 · Loss

    public func loss() throws -> Double {
      return 0.25
    }

    """

  var folder: URL!
  var file: URL { folder.appendingPathComponent("Exercises.swift") }
  let noon = Date(timeIntervalSince1970: 1_795_000_000)

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("reset-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Self.edited.write(to: file, atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(at: folder)
  }

  func testResettingOneExerciseKeepsTheOthersAndBacksUpTheFile() throws {
    let reset = ExerciseReplacement(file: file, source: Self.stub)
    let text = try XCTUnwrap(try reset.newText(for: .exercise("2.1")))
    XCTAssertTrue(text.contains("throw NotAttempted(\"2.1\")"))
    XCTAssertFalse(text.contains("private func helper"), "the helper was inside 2.1's region")
    XCTAssertTrue(text.contains("return 0.25"), "2.2's answer must survive")
    let backup = try XCTUnwrap(try reset.apply(text, at: noon))
    XCTAssertEqual(try String(contentsOf: backup, encoding: .utf8), Self.edited)
    XCTAssertEqual(backup.deletingLastPathComponent().lastPathComponent, ".backups")
    XCTAssertTrue(backup.lastPathComponent.hasPrefix("Exercises-20"))
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text)
    XCTAssertNil(try reset.newText(for: .exercise("2.1")), "a second reset has nothing to do")
  }

  func testResettingTheLessonRestoresTheWholeStubAndNeverOverwritesABackup() throws {
    let reset = ExerciseReplacement(file: file, source: Self.stub)
    let first = try XCTUnwrap(try reset.apply(try XCTUnwrap(try reset.newText(for: .lesson(2))), at: noon))
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), Self.stub)
    XCTAssertNil(try reset.newText(for: .lesson(2)))
    try "my new work".write(to: file, atomically: true, encoding: .utf8)
    let second = try XCTUnwrap(try reset.apply(Self.stub, at: noon))
    XCTAssertNotEqual(first, second)
    XCTAssertTrue(second.lastPathComponent.hasSuffix("-2.swift"), second.lastPathComponent)
    XCTAssertEqual(try String(contentsOf: first, encoding: .utf8), Self.edited)
    XCTAssertEqual(try String(contentsOf: second, encoding: .utf8), "my new work")
  }

  func testRefusesWhenTheExercisesMarkLineIsGone() throws {
    try Self.edited.replacingOccurrences(of: "// MARK: - Exercise 2.2 · Loss", with: "")
      .write(to: file, atomically: true, encoding: .utf8)
    let reset = ExerciseReplacement(file: file, source: Self.stub)
    XCTAssertThrowsError(try reset.newText(for: .exercise("2.2"))) { error in
      XCTAssertTrue("\(error)".contains("reset the whole lesson"), "\(error)")
    }
    XCTAssertThrowsError(try reset.newText(for: .exercise("2.9")))
  }

  func testAMissingFileIsRecreatedWithoutABackup() throws {
    try FileManager.default.removeItem(at: file)
    let reset = ExerciseReplacement(file: file, source: Self.stub)
    XCTAssertNil(try reset.apply(try XCTUnwrap(try reset.newText(for: .lesson(2))), at: noon))
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), Self.stub)
  }

  func testRegionsAndTheLineToEdit() {
    let stub = ExerciseRegions(in: Self.stub)
    XCTAssertEqual(stub.regions.map(\.number), ["2.1", "2.2"])
    XCTAssertEqual(stub.region(of: "2.1")?.firstLine, 3)
    XCTAssertEqual(stub.region(of: "2.1")?.lastLine, 10)
    XCTAssertEqual(stub.lineToEdit(for: "2.1"), 8)
    let edited = ExerciseRegions(in: Self.edited)
    XCTAssertEqual(edited.lineToEdit(for: "2.1"), 6, "the declaration, once the stub is gone")
    XCTAssertEqual(
      edited.text(of: "2.2"),
      "// MARK: - Exercise 2.2 · Loss\n\npublic func loss() throws -> Double {\n  return 0.25\n}")
    XCTAssertNil(edited.lineToEdit(for: "2.3"))
    let typeFirst = ExerciseRegions(
      in: "// MARK: - Exercise 0.3 · Rules\n\npublic enum Kind { case a }\n\n/// Doc.\npublic func rules() throws {}\n")
    XCTAssertEqual(typeFirst.lineToEdit(for: "0.3"), 6, "the function, not the type before it")
  }
}
