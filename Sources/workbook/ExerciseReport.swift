import WorkbookBasics
import WorkbookCompanion

/// How exercises and their states are written, shared by the progress table and `check`.
struct ExerciseReport {
  let workspace: Workspace
  let style: TerminalStyle

  /// "✓ 2.1 Sigmoid                          passing (3 tests)", the title padded to `width`.
  func line(_ exercise: Exercise, _ state: ExerciseState, titleWidth width: Int) -> String {
    let name = "\(exercise.number) \(exercise.title)"
    let padded = name + String(repeating: " ", count: max(1, width + 2 - name.count))
    switch state {
    case .passing(let tests):
      return style.success("✓ ") + padded + style.success("passing") + style.dim(" (\(tests) tests)")
    case .notAttempted:
      return style.dim("· ") + padded + style.dim("not attempted")
    case .waiting(let other):
      return style.dim("· ") + padded + style.dim("waits for exercise \(other)")
    case .failing(let failed, let total):
      return style.failure("✗ ") + padded + style.failure("failing") + " \(failed.count) of \(total) tests"
    case .crashed(let test, _):
      return style.failure("! ") + padded + style.failure("crashed") + " in \(test)"
    case .notGraded:
      return style.warning("? ") + padded + style.warning("not graded")
    }
  }

  /// The lines under a failing or crashed exercise: the first failure's test, place and
  /// message (with the grader's hint), or the crash and the line it came from.
  func details(_ exercise: Exercise, _ state: ExerciseState) -> [String] {
    let indent = "    "
    switch state {
    case .failing(let failed, _):
      guard let first = failed.first else { return [] }
      var lines = [indent + style.dim("\(first.test), \(first.failure.location)")]
      lines += first.failure.message.split(separator: "\n").map { indent + $0 }
      if failed.count > 1 {
        lines.append(
          indent
            + style.dim(
              "(\(failed.count - 1) more failing: swift test --filter \(exercise.testClassName))"))
      }
      return lines
    case .crashed(_, let crash):
      var lines = [indent + crash.message]
      if let location = crash.location { lines.append(indent + "at " + location) }
      lines.append(
        indent
          + style.dim("(a crash stops the test process: the workbook graded the other exercises separately)"))
      return lines
    default:
      return []
    }
  }

  /// "███████░░░ 7/10", `width` characters of bar.
  func bar(done: Int, of total: Int, width: Int = 20) -> String {
    let filled = total == 0 ? 0 : done * width / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    return (done == total ? style.success(bar) : bar) + " \(done)/\(total)"
  }

  /// Why nothing (or not everything) was graded: the compiler's errors, or the end of
  /// `swift test`'s output when it failed in a way the workbook cannot read; each block ends
  /// with a blank line. Empty when the build and the run went fine.
  func gradingProblemLines(_ grading: Grading) -> [String] {
    var lines = [String]()
    if !grading.compilerErrors.isEmpty { lines += compilerErrorLines(grading.compilerErrors) + [""] }
    if let failure = grading.unexplainedFailure {
      lines += [style.failure("swift test stopped without grading anything. The end of its output:"), failure, ""]
    }
    return lines
  }

  /// The compiler's errors, each with its excerpt, then the exercise it falls in.
  func compilerErrorLines(_ errors: [CompilerError]) -> [String] {
    var lines = [style.failure("Your code does not compile yet:"), ""]
    for error in errors.prefix(5) {
      lines.append("  \(error.location): " + style.failure("error: ") + error.message)
      lines += error.excerpt.map { "  " + $0 }
      lines.append("")
    }
    if errors.count > 5 { lines.append("  … and \(errors.count - 5) more errors") }
    lines.append(
      style.dim(
        "(the tests of every lesson are built together, so an error in any lesson's file stops every check)"))
    return lines
  }

  /// What to do next: the first exercise of `exercises` that does not pass, and where.
  /// - Returns: the "next:" lines, or nil when every exercise passes.
  func nextStep(_ exercises: [(Workspace.Lesson, Exercise, ExerciseState)], compilerErrors: [CompilerError])
    -> [String]?
  {
    if let error = compilerErrors.first {
      return [style.bold("next: ") + "fix the error at \(error.location), then check again"]
    }
    guard let (lesson, exercise, state) = exercises.first(where: { !$0.2.isPassing }) else { return nil }
    var place = workspace.placeToEdit(exercise, in: lesson)
    if case .crashed(_, let crash) = state, let location = crash.location,
      location.hasPrefix(workspace.gradedPath(of: lesson) + ":")
    {
      place = location
    }
    let doing: String
    switch state {
    case .failing, .crashed: doing = "fix exercise"
    case .notGraded: doing = "check exercise"
    default: doing = "exercise"
    }
    return [
      style.bold("next: ") + "\(doing) \(exercise.number) · \(exercise.title), in \(place)",
      "      " + style.dim("stuck? swift run workbook hint \(exercise.number)"),
    ]
  }
}
