import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson09` executable as a learner would and checks what it prints, and its
/// `--save` and `--predict` options.
final class Lesson09WalkthroughTests: XCTestCase {
  /// The example drawing in the lesson folder.
  private var exampleDrawing: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Lessons/Lesson09/digit.txt").path
  }

  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson09")
    let expected = [
      "  ✓ the sets are disjoint and hold every digit once: 1079 training + 359",
      "  He × 0.1                            0.1116          0.1171      2.3402",
      "    than 1e-7: 17418 numbers in 8 parameters, largest 1.32e-09",
      "  16 (best)              0.0423  0.0023           0.1009    100.0          96.9",
      "  η × 10, no BN             0%      50%          12           2          92.5",
      "  tanh, η × 10, no BN      82%      92%          14           4          93.6",
      "  test accuracy = 0.9833   353 of 359 right",
      "  narrow and deep   93.59 ± 0.38   99.76 ± 0.09       0.248 ± 0.011",
      "  CNN                                 1370          95.5          25",
      "  ✓ the model read back from the file gives the same 3590 test outputs, bit for",
      "  P(7) = 1.0000   the network reads a 7",
      "  P(1) = 1.0000   the network reads a 1",
    ]
    assertWalkthrough(run, named: "Lesson09", prints: expected, errata: 1)
    XCTAssertEqual(run.timingLines, 2)
  }

  /// The same text on every run, apart from the timing lines; no progress bar when the output
  /// is not a terminal.
  func testTwoRunsPrintIdenticalTextWithoutAProgressBar() throws {
    let first = try runLesson("Lesson09", arguments: ["--section", "3"])
    let second = try runLesson("Lesson09", arguments: ["--section", "3"])
    XCTAssertEqual(first.outputWithoutTimings, second.outputWithoutTimings)
    XCTAssertFalse(first.output.contains("█") || first.errors.contains("█"), "a progress bar off a terminal")
  }

  func testSectionOptionsAndHelp() throws {
    let list = try runLesson("Lesson09", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 9)
    let help = try runLesson("Lesson09", arguments: ["--help"])
    XCTAssertTrue(help.output.contains("--predict FILE"), help.output)
  }

  /// `--save` writes a model that `--predict --model` reads back, with the walkthrough's
  /// probabilities for the example drawing; a second save keeps the first file as a backup.
  func testSaveThenPredictWithTheSavedModel() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson09-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("model.json").path
    let saved = try runLesson("Lesson09", arguments: ["--save", model])
    XCTAssertEqual(saved.status, 0, saved.errors)
    // page.text wraps long paths: compare with the line breaks taken out.
    let joined = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    XCTAssertTrue(joined(saved.output).contains("Wrote \(model): 9 layers, 17610 parameters"), saved.output)
    let again = try runLesson("Lesson09", arguments: ["--save", model])
    XCTAssertTrue(joined(again.output).contains("the old file is kept as \(model).backup."), again.output)
    XCTAssertTrue(FileManager.default.fileExists(atPath: model + ".backup"))
    let predicted = try runLesson("Lesson09", arguments: ["--predict", exampleDrawing, "--model", model])
    XCTAssertEqual(predicted.status, 0, predicted.errors)
    XCTAssertTrue(predicted.output.contains("  P(7) = 1.0000   the network reads a 7"), predicted.output)
    let walkthrough = try runLesson("Lesson09", arguments: ["--section", "8"])
    let bars = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("  7  ") || $0.hasPrefix("  2  ") }
    }
    XCTAssertEqual(
      bars(predicted.output), Array(bars(walkthrough.output).prefix(2)),
      "the saved model and the walkthrough's agree on the example seven")
  }

  func testBadFilesGetAMessageNamingTheProblem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson09-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let drawing = folder.appendingPathComponent("bad.txt").path
    try "........\n...x....\n".write(toFile: drawing, atomically: true, encoding: .utf8)
    let bad = try runLesson("Lesson09", arguments: ["--predict", drawing])
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(bad.errors.contains("\(drawing):2: column 4 is \"x\""), bad.errors)
    let windows = folder.appendingPathComponent("windows.txt").path
    try (DigitLines.seven.joined(separator: "\r\n") + "\r\n").write(toFile: windows, atomically: true, encoding: .utf8)
    let crlf = try runLesson("Lesson09", arguments: ["--predict", windows])
    XCTAssertEqual(crlf.status, 0, "a drawing with Windows line endings: \(crlf.errors)")
    XCTAssertTrue(crlf.output.contains("the network reads a 7"), crlf.output)
    let short = folder.appendingPathComponent("short.txt").path
    try "........\n........\n".write(toFile: short, atomically: true, encoding: .utf8)
    XCTAssertTrue(try runLesson("Lesson09", arguments: ["--predict", short]).errors.contains("2 rows of pixels"))
    let noModel = try runLesson(
      "Lesson09", arguments: ["--predict", exampleDrawing, "--model", folder.path + "/none.json"])
    XCTAssertEqual(noModel.status, 1)
    XCTAssertTrue(noModel.errors.contains("cannot read \(folder.path)/none.json"), noModel.errors)
    let missing = try runLesson("Lesson09", arguments: ["--save"])
    XCTAssertEqual(missing.status, 2)
    XCTAssertTrue(missing.errors.contains("--save needs a file name"), missing.errors)
  }
}

/// The example seven, line by line, as Lessons/Lesson09/digit.txt holds it.
private enum DigitLines {
  static let seven = ["..+####.", "..+##+#.", ".....#+.", "....+#..", "..+####.", "...+#+..", "...##...", "...#+..."]
}
