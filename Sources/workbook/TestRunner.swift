import Foundation
import WorkbookCompanion

/// The grades of some exercises, from one build and one or more runs of the test process.
struct Grading {
  /// Every test that ran, crashed and stopped ones included, each once.
  var results = [TestCaseResult]()
  /// The compiler's errors when the code did not build.
  var compilerErrors = [CompilerError]()
  /// The end of the build's or the test process's output when it failed for a reason the
  /// workbook cannot read (no tests ran and no compiler error): shown as it is.
  var unexplainedFailure: String?
  /// Exercise files that are missing (relative paths): nothing can be built without them.
  var missingFiles = [String]()
  /// The order the tests are written in, per test class.
  var testOrder = TestMethodOrder(parsing: [])

  /// The state of `exercise`.
  func state(of exercise: Exercise) -> ExerciseState {
    ExerciseState(of: exercise, from: results, order: testOrder.order(of: exercise.testClassName))
  }

  /// True when nothing could be graded: missing files, compiler errors or an unreadable failure.
  var couldNotGrade: Bool { !missingFiles.isEmpty || !compilerErrors.isEmpty || unexplainedFailure != nil }

  /// The exit status of a check that showed `states`: 1 when an exercise fails, crashes or is
  /// stopped, or nothing could be graded; else 0 ("not attempted" is not a failure).
  func exitStatus(showing states: [ExerciseState]) -> Int32 {
    states.contains(where: \.needsFixing) || couldNotGrade ? 1 : 0
  }
}

/// Builds the package with its tests in the workbook's own build folder, then runs the graded
/// tests by starting the test process itself, so that its output arrives live. A test that
/// runs past the time limit is stopped (with a backtrace, on Linux, to find its line); after a
/// crash or a stop, the remaining exercises run again in a fresh process, so one endless loop
/// or trap never hides the other grades.
struct TestRunner {
  let workspace: Workspace
  /// Whether standard output is a terminal (for the progress line).
  let isTerminal: Bool
  /// How many seconds one test may run before it is stopped.
  var timeLimit = WorkbookRequest.defaultTimeLimit

  /// Grades `exercises` (their test classes).
  func grade(_ exercises: [Exercise]) -> Grading {
    var grading = Grading(testOrder: workspace.testOrder)
    grading.missingFiles = workspace.missingExerciseFiles
    guard grading.missingFiles.isEmpty else { return grading }
    var status = StatusLine(isTerminal: isTerminal)
    defer { status.clear() }
    if workspace.testBinary == nil {
      printWrapped(
        """
        The first check builds the workbook and its tests in \(workspace.relative(workspace.scratchPath)):
        this takes a minute or two. Later checks rebuild only what you changed (a few seconds).
        """)
    }
    guard build(&grading, status: &status), let command = testCommand() else { return grading }
    var remaining = exercises
    while !remaining.isEmpty {
      let classes = remaining.map(\.qualifiedTestClassName)
      let run = runLive(command(classes), environment: Self.backtraceSettings, stopManner: .kill, status: &status)
      let output = TestRunOutput(
        parsing: run.output, packageRoot: workspace.root.path, stoppedAfter: run.stoppedForTime ? timeLimit : nil)
      grading.results += output.results
      if run.stoppedWhileIdle {
        grading.unexplainedFailure =
          "The test process printed nothing for \(3 * timeLimit) s outside any test, so the workbook stopped it."
        break
      }
      if output.results.isEmpty && !run.termination.succeeded {
        grading.unexplainedFailure = Self.ending(of: run.output)
        break
      }
      // After a crash or a stop, run again without the classes that already finished or stopped.
      guard output.stoppedTest != nil else { break }
      let done = Set(output.results.map(\.className))
      remaining = remaining.filter { !done.contains($0.testClassName) }
    }
    return grading
  }

  /// `swift build --build-tests` into the workbook's build folder. When the build folder is
  /// out of step with the files (`StaleBuild`), SwiftPM's plan and the stale module are
  /// removed and it builds once more.
  /// - Returns: true when the build succeeded.
  private func build(_ grading: inout Grading, status: inout StatusLine) -> Bool {
    let command = ["swift", "build", "--build-tests", "--scratch-path", workspace.scratchPath.path]
    var replanned = false
    while true {
      status.show("Checking… please wait")
      let run = runLive(command, stopManner: .interruptFirst, status: &status)
      if run.termination.succeeded { return true }
      let output = TestRunOutput(parsing: run.output, packageRoot: workspace.root.path)
      grading.compilerErrors = output.compilerErrors
      guard output.compilerErrors.isEmpty else { return false }
      let stale = StaleBuild.isStale(run.output)
      if stale && !replanned {
        workspace.forgetBuildPlan(recompiling: StaleBuild.missingExerciseModules(in: run.output))
        replanned = true
        continue
      }
      var ending = Self.ending(of: run.output)
      if stale {
        ending +=
          "\nThe build folder is out of step with your files. Delete it (your files are not touched): "
          + "rm -rf \(workspace.relative(workspace.scratchPath)), then check again."
      }
      grading.unexplainedFailure = ending
      return false
    }
  }

  /// The command that runs some test classes, or nil (with a message) when the test
  /// process was not built.
  private func testCommand() -> (([String]) -> [String])? {
    guard let binary = workspace.testBinary else {
      print("error: the build did not make a test bundle in \(workspace.relative(workspace.scratchPath))/debug")
      return nil
    }
    #if os(macOS)
      return { ["xcrun", "xctest", "-XCTest", $0.joined(separator: ","), binary.path] }
    #else
      return { [binary.path, $0.joined(separator: ",")] }
    #endif
  }

  /// On Linux the Swift runtime prints a backtrace for a crash, and for the SIGQUIT that
  /// stops a test past its time limit: this keeps it short and plain, and on.
  static let backtraceSettings: [String: String] = {
    #if os(Linux)
      return ["SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none"]
    #else
      return [:]
    #endif
  }()

  /// What a run printed, how it ended, and whether the workbook stopped it for a test's time.
  struct Run {
    var output: String
    var termination: ChildProcess.Termination
    /// The running test passed the time limit and was stopped.
    var stoppedForTime = false
    /// The process was stopped for printing nothing, outside any test, for too long.
    var stoppedWhileIdle = false
  }

  /// Runs `command`, reading its output live: the status line follows the build's counter and
  /// the running test; a test past `timeLimit` is stopped.
  private func runLive(
    _ command: [String], environment: [String: String] = [:], stopManner: ChildProcess.StopManner,
    status: inout StatusLine
  ) -> Run {
    let child: ChildProcess
    do {
      child = try ChildProcess(command, environment: environment, stopManner: stopManner)
    } catch {
      return Run(output: "error: \(error): is swift on your PATH?", termination: .exited(127))
    }
    var output = [UInt8]()
    var log = LiveTestLog()
    var stopping: Date?
    var toldAboutLock = false
    while let bytes = child.read(waitingAtMost: 100) {
      output += bytes
      log.read(bytes)
      if let other = log.otherSwiftPM, !toldAboutLock {
        status.clear()
        printWrapped(workspace.lockNotice(holder: other))
        fflush(nil)
        toldAboutLock = true
      }
      let now = Date()
      if stopManner == .kill {
        if stopping == nil && (log.secondsInTest(at: now) > Double(timeLimit) || isHung(log, at: now)) {
          stopping = now
          #if os(Linux)
            child.signal(SIGQUIT)  // the backtracer prints where the test is, then the group is killed
          #else
            child.signalGroup(SIGKILL)
          #endif
        }
        if let stopping, log.backtraceFinished || now.timeIntervalSince(stopping) > 3 { child.signalGroup(SIGKILL) }
      }
      status.show(statusText(log, at: now))
    }
    let termination = child.wait()
    return Run(
      output: String(decoding: output, as: UTF8.self), termination: termination,
      stoppedForTime: stopping != nil && log.runningTest != nil,
      stoppedWhileIdle: stopping != nil && log.runningTest == nil)
  }

  /// True when the test process has printed nothing for three time limits outside any test.
  private func isHung(_ log: LiveTestLog, at time: Date) -> Bool {
    log.runningTest == nil && time.timeIntervalSince(log.lastOutput) > Double(3 * timeLimit)
  }

  private func statusText(_ log: LiveTestLog, at time: Date) -> String {
    if let test = log.runningTest {
      let seconds = Int(log.secondsInTest(at: time))
      let name = test.split(separator: ".").last.map(String.init) ?? test
      return seconds < 2
        ? "Checking… running the tests"
        : "Checking… \(name) has run \(seconds) s (stopped at \(timeLimit) s)"
    }
    return log.buildProgress.map { "Checking… building \($0)" } ?? "Checking… please wait"
  }

  /// The last 15 lines of an output, for a failure the workbook cannot explain.
  static func ending(of output: String) -> String {
    output.split(separator: "\n").suffix(15).joined(separator: "\n")
  }
}
