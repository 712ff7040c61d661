import Foundation
import WorkbookCompanion

/// The grades of some exercises, from one or more runs of `swift test`.
struct Grading {
  /// Every test that ran, crashed ones included, each once.
  var results = [TestCaseResult]()
  /// The compiler's errors when the code did not build.
  var compilerErrors = [CompilerError]()
  /// The end of `swift test`'s output when it failed for a reason the workbook cannot read
  /// (no tests ran and no compiler error): shown as it is.
  var unexplainedFailure: String?

  /// The state of `exercise`.
  func state(of exercise: Exercise) -> ExerciseState { ExerciseState(of: exercise, from: results) }

  /// The exit status of a check that showed `states`: 1 when an exercise fails or crashes, or
  /// nothing could be graded; else 0 ("not attempted" is not a failure).
  func exitStatus(showing states: [ExerciseState]) -> Int32 {
    states.contains(where: \.needsFixing) || !compilerErrors.isEmpty || unexplainedFailure != nil ? 1 : 0
  }
}

/// Runs the graded tests with `swift test` in the workbook's own build folder, shows progress
/// while it builds, and keeps going past a crash: the crashed exercise's tests are skipped and
/// the remaining ones run again, so one trap never hides the other grades.
struct TestRunner {
  let workspace: Workspace
  /// Whether standard output is a terminal (for the progress line).
  let isTerminal: Bool
  /// How long one test may run before the workbook suggests an endless loop.
  var slowTestNotice: TimeInterval = 20

  /// Grades `exercises` (their test classes), crash by crash.
  func grade(_ exercises: [Exercise]) -> Grading {
    var status = StatusLine(isTerminal: isTerminal)
    if !FileManager.default.fileExists(atPath: workspace.scratchPath.path) {
      print(
        """
        The first check builds the workbook and its tests in \(workspace.relative(workspace.scratchPath)):
        this takes a minute or two. Later checks rebuild only what you changed (a few seconds).
        """)
    }
    defer { status.clear() }
    let classes = exercises.map(\.testClassName)
    var grading = Grading()
    var skipped = [String]()
    for _ in 0...classes.count {
      status.show("Checking… please wait")
      let run = runSwiftTest(filter: classes, skip: skipped, status: &status)
      let output = TestRunOutput(parsing: run.output, packageRoot: workspace.root.path)
      grading.results += output.results
      grading.compilerErrors = output.compilerErrors
      if output.results.isEmpty && run.exitStatus != 0 && output.compilerErrors.isEmpty {
        grading.unexplainedFailure = run.output.split(separator: "\n").suffix(15).joined(separator: "\n")
      }
      // After a crash, run again without the classes that already finished or crashed.
      guard output.crashedTest != nil else { break }
      skipped += Set(output.results.map(\.className)).sorted()
      if Set(skipped).isSuperset(of: classes) { break }
    }
    return grading
  }

  /// Runs `swift test` for the test classes in `filter` minus those in `skip`, and returns
  /// everything it printed.
  private func runSwiftTest(filter: [String], skip: [String], status: inout StatusLine) -> (
    output: String, exitStatus: Int32
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["swift", "test", "--scratch-path", workspace.scratchPath.path, "--disable-swift-testing"]
      + ["--filter", filter.joined(separator: "|")] + skip.flatMap { ["--skip", $0] }
    process.currentDirectoryURL = workspace.root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return ("error: could not start `swift test` (\(error)): is swift on your PATH?", 127)
    }
    var output = Data()
    var watch = ProgressWatch()
    let descriptor = pipe.fileHandleForReading.fileDescriptor
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      if poll(&poller, 1, 250) > 0 {
        let count = read(descriptor, &buffer, buffer.count)
        if count <= 0 { break }
        output.append(contentsOf: buffer[0..<count])
        watch.read(buffer[0..<count])
      }
      if let text = watch.statusText(slowAfter: slowTestNotice) { status.show(text) }
    }
    process.waitUntilExit()
    return (String(decoding: output, as: UTF8.self), process.terminationStatus)
  }
}

/// Follows `swift test`'s output as it arrives, to say what it is doing: building (with
/// SwiftPM's `[120/371]` counter) or running a test, and for how long.
private struct ProgressWatch {
  private var pending = ""
  private var building: String?
  private var runningTest: String?
  private var testStarted = Date()

  mutating func read(_ bytes: ArraySlice<UInt8>) {
    pending += String(decoding: bytes, as: UTF8.self)
    var lines = pending.split(separator: "\n", omittingEmptySubsequences: false)
    pending = String(lines.removeLast())
    for line in lines {
      if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
        building = String(line[line.index(after: line.startIndex)..<close])
      } else if line.hasPrefix("Test Case '"), line.contains("' started") {
        runningTest = line.dropFirst("Test Case '".count).prefix { $0 != "'" }.description
        testStarted = Date()
      } else if line.hasPrefix("Test Case '") {
        runningTest = nil
      }
    }
  }

  func statusText(slowAfter limit: TimeInterval) -> String? {
    if let runningTest {
      let seconds = Int(Date().timeIntervalSince(testStarted))
      guard seconds >= Int(limit) else { return "Checking… running the tests" }
      return "Checking… \(runningTest) has run for \(seconds) s: an endless loop? (Ctrl-C stops)"
    }
    return building.map { "Checking… building \($0)" }
  }
}
