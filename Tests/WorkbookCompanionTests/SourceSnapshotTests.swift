import Foundation
import WorkbookCompanion
import XCTest

final class SourceSnapshotTests: XCTestCase {
  func testEditorScratchFilesAreIgnored() {
    XCTAssertTrue(SourceSnapshot.isWatched(fileName: "Exercises.swift"))
    for scratch in [
      ".Exercises.swift.swp", ".Exercises.swift.swx", "Exercises.swift~", "#Exercises.swift#", ".#Exercises.swift",
      "4913", "Exercises.swift.tmp", "README.md", ".swift",
    ] {
      XCTAssertFalse(SourceSnapshot.isWatched(fileName: scratch), scratch)
    }
  }

  func testSeesASavedFileButNotASwapFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
    let lesson = folder.appendingPathComponent("Lesson01")
    try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "a".write(to: lesson.appendingPathComponent("Exercises.swift"), atomically: true, encoding: .utf8)
    let before = SourceSnapshot(of: folder)
    XCTAssertEqual(before.files.count, 1)
    try "swap".write(to: lesson.appendingPathComponent(".Exercises.swift.swp"), atomically: true, encoding: .utf8)
    XCTAssertEqual(SourceSnapshot(of: folder).changes(since: before), [])
    try "ab".write(to: lesson.appendingPathComponent("Exercises.swift"), atomically: true, encoding: .utf8)
    XCTAssertEqual(SourceSnapshot(of: folder).changes(since: before), ["/Lesson01/Exercises.swift"])
  }
}
