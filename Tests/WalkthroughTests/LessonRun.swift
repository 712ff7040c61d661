import Foundation
import WorkbookBasics
import XCTest

/// What a lesson executable printed and how it exited.
struct LessonRun {
  let status: Int32
  let output: String
  let errors: String

  /// The output without the live timing lines (marked ⏱), the one part that differs between runs.
  var outputWithoutTimings: String {
    output.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains(Page.timingMarker) }
      .joined(separator: "\n")
  }

  /// How many live timing lines the output holds.
  var timingLines: Int { output.components(separatedBy: Page.timingMarker).count - 1 }
}

/// Runs a lesson executable from the build folder (next to the test bundle) and collects its
/// output.
func runLesson(_ name: String, arguments: [String] = []) throws -> LessonRun {
  let process = Process()
  process.executableURL = productsDirectory.appendingPathComponent(name)
  process.arguments = arguments
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = "1"
  process.environment = environment
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return LessonRun(
    status: process.terminationStatus,
    output: String(decoding: outputData, as: UTF8.self),
    errors: String(decoding: errorData, as: UTF8.self))
}

/// The folder holding the built products: the test bundle's folder.
var productsDirectory: URL {
  #if os(macOS)
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    fatalError("no .xctest bundle found")
  #else
    return Bundle.main.bundleURL
  #endif
}

/// The checks every walkthrough run must pass: exit status 0, each expected line printed, no
/// failed self-check, no colour codes (the output is not a terminal), every line within 80
/// columns, and the number of errata.
func assertWalkthrough(
  _ run: LessonRun, named lesson: String, prints expected: [String], errata: Int,
  file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertEqual(run.status, 0, run.errors, file: file, line: line)
  for text in expected {
    XCTAssertTrue(run.output.contains(text), "\(lesson) should print \"\(text)\"", file: file, line: line)
  }
  XCTAssertFalse(run.output.contains("CHECK FAILED"), file: file, line: line)
  XCTAssertFalse(
    run.output.contains("\u{1B}["), "no colour codes when the output is not a terminal", file: file, line: line)
  XCTAssertEqual(
    run.output.components(separatedBy: "  Errata:").count - 1, errata, "\(lesson) prints \(errata) errata",
    file: file, line: line)
  let wide = run.output.split(separator: "\n").enumerated().filter { TextWrapping.displayWidth($0.element) > 80 }
  XCTAssertEqual(
    wide.count, 0,
    "\(lesson) prints \(wide.count) lines wider than 80 columns, the first at line \((wide.first?.offset ?? 0) + 1): "
      + "\(wide.first.map { String($0.element) } ?? "")", file: file, line: line)
}
