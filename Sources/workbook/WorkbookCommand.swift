import Foundation
import WorkbookBasics
import WorkbookCompanion

/// `swift run workbook …`: the learner's companion. Shows progress over every lesson, grades a
/// lesson exercise by exercise, gives hints, re-checks on save, shows reference answers once
/// earned, and resets stubs. Run `swift run workbook help` for the commands.
@main
struct WorkbookCommand {
  static func main() {
    let request: WorkbookRequest
    do {
      request = try WorkbookRequest.parse(Array(CommandLine.arguments.dropFirst()))
    } catch let error as UsageError {
      exitWithUsage(error)
    } catch {
      exitWithUsage(UsageError("\(error)", command: nil))
    }
    if case .help(let command) = request {
      print(Usage.text(for: command))
      exit(0)
    }
    // Ctrl-C, SIGTERM and SIGHUP stop the build and the test process before the companion
    // exits: nothing of a check is left running.
    ChildProcesses.shared.stopOnSignals { signal in
      print("\nStopped: the workbook's build and tests are stopped too.")
      return 128 + signal
    }
    noCoreFiles()
    do {
      let workspace = try Workspace.load()
      // Children start in the package's folder, whatever folder the learner is in.
      _ = FileManager.default.changeCurrentDirectoryPath(workspace.root.path)
      let companion = Companion(workspace: workspace)
      exit(try companion.perform(request))
    } catch let error as UsageError {
      exitWithUsage(error)
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      exit(1)
    }
  }

  /// A test process stopped for its time limit must not leave a core file in the learner's
  /// folder: the companion (and so every child) is limited to core files of size 0.
  static func noCoreFiles() {
    #if os(Linux)
      let resource = Int32(RLIMIT_CORE.rawValue)  // an enum in Glibc
    #else
      let resource = RLIMIT_CORE  // a plain constant in Darwin
    #endif
    var limit = rlimit()
    guard getrlimit(resource, &limit) == 0 else { return }
    limit.rlim_cur = 0
    _ = setrlimit(resource, &limit)
  }

  /// One line saying what is wrong, then the usage of the command concerned; exit status 2.
  static func exitWithUsage(_ error: UsageError) -> Never {
    FileHandle.standardError.write(Data("error: \(error.reason)\n\n\(Usage.text(for: error.command))\n".utf8))
    exit(2)
  }
}

/// The commands, sharing the workspace and the way output is styled.
struct Companion {
  let workspace: Workspace
  let style = TerminalStyle.detect()
  let isTerminal = isatty(STDOUT_FILENO) == 1

  var report: ExerciseReport { ExerciseReport(workspace: workspace, style: style, width: lineWidth) }

  /// A test runner that stops a test after `timeLimit` seconds.
  func runner(timeLimit: Int = WorkbookRequest.defaultTimeLimit) -> TestRunner {
    TestRunner(workspace: workspace, isTerminal: isTerminal, timeLimit: timeLimit)
  }

  /// The width to wrap messages at: the terminal's (at most 100), or 80 when standard output
  /// is not a terminal.
  var lineWidth: Int {
    guard isTerminal else { return 80 }
    #if os(Linux)
      let request = UInt(TIOCGWINSZ)
    #else
      let request: UInt = 0x4008_7468  // TIOCGWINSZ, a macro Swift does not import on Darwin
    #endif
    var size = winsize()
    guard ioctl(STDOUT_FILENO, request, &size) == 0, size.ws_col >= 40 else { return 80 }
    return min(Int(size.ws_col), 100)
  }

  /// Carries out `request`.
  /// - Returns: the exit status: 0 when nothing is failing, 1 otherwise.
  func perform(_ request: WorkbookRequest) throws -> Int32 {
    let gradesExercises = if case .verifySources = request { false } else { true }
    if workspace.gradingSolutions && gradesExercises {
      print(style.warning("WORKBOOK_SOLUTIONS=1: grading the reference solutions in Solutions/, not your files"))
    }
    switch request {
    case .progress: return showProgress()
    case .check(let lesson, let limit): return try check(lesson: lesson, timeLimit: limit)
    case .hint(let number, let all): return try showHint(number, all: all)
    case .watch(let lesson, let once, let limit): return try watch(lesson: lesson, once: once, timeLimit: limit)
    case .solution(let number, let force, let limit): return try showSolution(number, force: force, timeLimit: limit)
    case .reset(let target, let skipConfirmation): return try reset(target, skipConfirmation: skipConfirmation)
    case .restore(let target, let backup, let skipConfirmation):
      return try restore(target, backup: backup, skipConfirmation: skipConfirmation)
    case .verifySources(let writeStubs, let backUp): return try verifySources(writeStubs: writeStubs, backUp: backUp)
    case .help(let command):
      print(Usage.text(for: command))
      return 0
    }
  }

  /// Prints `lines`, one per line, each wrapped to the line width.
  func show(_ lines: [String]) { for line in lines { say(line) } }

  /// Prints `text` wrapped to the line width (see `printWrapped`).
  func say(_ text: String = "") { printWrapped(text, width: lineWidth) }
}
