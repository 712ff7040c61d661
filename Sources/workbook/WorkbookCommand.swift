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
    do {
      let companion = Companion(workspace: try Workspace.load())
      exit(try companion.perform(request))
    } catch let error as UsageError {
      exitWithUsage(error)
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      exit(1)
    }
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

  var report: ExerciseReport { ExerciseReport(workspace: workspace, style: style) }
  var runner: TestRunner { TestRunner(workspace: workspace, isTerminal: isTerminal) }

  /// Carries out `request`.
  /// - Returns: the exit status: 0 when nothing is failing, 1 otherwise.
  func perform(_ request: WorkbookRequest) throws -> Int32 {
    let gradesExercises = if case .verifySources = request { false } else { true }
    if workspace.gradingSolutions && gradesExercises {
      print(style.warning("WORKBOOK_SOLUTIONS=1: grading the reference solutions in Solutions/, not your files"))
    }
    switch request {
    case .progress: return showProgress()
    case .check(let lesson): return try check(lesson: lesson)
    case .hint(let number, let all): return try showHint(number, all: all)
    case .watch(let lesson, let once): return try watch(lesson: lesson, once: once)
    case .solution(let number, let force): return try showSolution(number, force: force)
    case .reset(let target, let skipConfirmation): return try reset(target, skipConfirmation: skipConfirmation)
    case .verifySources(let writeStubs): return try verifySources(writeStubs: writeStubs)
    case .help(let command):
      print(Usage.text(for: command))
      return 0
    }
  }

  /// Prints `lines`, one per line.
  func show(_ lines: [String]) { for line in lines { print(line) } }
}
