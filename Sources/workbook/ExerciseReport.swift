import WorkbookBasics
import WorkbookCompanion

/// How exercises and their states are written, shared by the progress table and `check`.
struct ExerciseReport {
  let workspace: Workspace
  let style: TerminalStyle
  /// The line width (the terminal's, or 80): compiler excerpts are cut to it.
  let width: Int

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
    case .timedOut(_, let timeout):
      return style.failure("! ") + padded + style.failure("did not finish within \(timeout.limit) s")
        + " (an endless loop?)"
    case .notGraded:
      return style.warning("? ") + padded + style.warning("not graded")
    }
  }

  /// The lines under a failing, crashed or stopped exercise: the first failure's test, place
  /// and message (with the grader's hint), or the crash and the line it came from, or where
  /// the stopped test was.
  func details(_ exercise: Exercise, _ state: ExerciseState) -> [String] {
    let indent = "    "
    switch state {
    case .failing(let failed, _):
      guard let first = failed.first else { return [] }
      var lines = [indent + style.dim("\(first.test), \(first.failure.location)")]
      lines += indented(first.failure.message, indent: indent)
      if failed.count > 1 {
        let others = failed.dropFirst().map(\.test).joined(separator: ", ")
        lines += indented(style.dim("(also failing: \(others))"), indent: indent)
      }
      return lines
    case .crashed(_, let crash):
      var lines = indented(crash.message, indent: indent)
      if let location = crash.location { lines.append(indent + "at " + location) }
      if let advice = PlainAdvice.forCrash(crash.message) { lines += indented(advice, indent: indent) }
      lines += indented(
        style.dim("(a crash stops the test process: the workbook graded the other exercises separately)"),
        indent: indent)
      return lines
    case .timedOut(let test, let timeout):
      let place = timeout.location.map { "was stopped " + workspace.describe(stoppedAt: $0) } ?? "was stopped"
      var lines = indented("\(test) ran for more than \(timeout.limit) s and \(place).", indent: indent)
      lines += indented(
        "Look for a loop whose condition never turns false, or a counter that is never changed.", indent: indent)
      lines += indented(
        style.dim(
          "(the workbook graded the other exercises separately; if it only needs more time: --time-limit \(timeout.limit * 3))"
        ), indent: indent)
      return lines
    default:
      return []
    }
  }

  /// The lines of `text`, each starting with `indent`. (Printing wraps them to the line
  /// width, keeping the indent: see `printWrapped`.)
  func indented(_ text: String, indent: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
  }

  /// Notes said once under a list of exercises: how the relative error in the messages is
  /// measured, when a message shown mentions it.
  func footnotes(for details: [String]) -> [String] {
    guard details.contains(where: { $0.contains("relative error") }) else { return [] }
    return indented(
      style.dim(
        "Relative error, as the grader measures it, per entry: |yours − expected| / max(|yours| + |expected|, 1e-8)."),
      indent: "") + [""]
  }

  /// "███████░░░ 7/10", `width` characters of bar.
  func bar(done: Int, of total: Int, width: Int = 20) -> String {
    let filled = total == 0 ? 0 : done * width / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    return (done == total ? style.success(bar) : bar) + " \(done)/\(total)"
  }

  /// Why nothing (or not everything) was graded: a missing exercise file, the compiler's
  /// errors, or the end of the output when the build or the test process failed in a way the
  /// workbook cannot read; each block ends with a blank line. Empty when all went fine.
  func gradingProblemLines(_ grading: Grading) -> [String] {
    var lines = [String]()
    for path in grading.missingFiles {
      let lesson = path.split(separator: "/").dropFirst().first.map(String.init) ?? "LessonNN"
      lines += indented(
        style.failure("\(path) is missing,")
          + " so nothing can be built or graded (the tests of every lesson are built together). Put it back:",
        indent: "")
      let backups = ExerciseBackups(of: workspace.root.appendingPathComponent(path))
      if let newest = backups.suggested(for: nil) {
        let what = newest.answered.isEmpty ? "your newest backup" : "your newest backup with answers"
        lines.append("  swift run workbook restore \(lesson) \(newest.number)   \(what) (\(newest.savedAt))")
      }
      lines += [
        "  swift run workbook reset \(lesson)       a fresh stub",
        style.dim(
          "(a SwiftPM warning above, \"Source files for target \(lesson)Exercises should be located under …\","
            + " means the same: the file is gone)"),
        "",
      ]
    }
    if !grading.compilerErrors.isEmpty { lines += compilerErrorLines(grading.compilerErrors) + [""] }
    if let failure = grading.unexplainedFailure {
      lines += [style.failure("The tests could not run. The end of what they printed:"), failure, ""]
    }
    return lines
  }

  /// The compiler's errors, each with its excerpt and, for the common ones, what it means in
  /// plain words.
  func compilerErrorLines(_ errors: [CompilerError]) -> [String] {
    var lines = [style.failure("Your code does not compile yet:"), ""]
    for error in errors.prefix(5) {
      lines.append("  \(error.location): " + style.failure("error: ") + error.message)
      // The excerpt is code, lined up under the compiler's marker: cut to the width, never wrapped.
      lines += error.excerpt.map { line in
        let shown = "  " + line
        return TextWrapping.displayWidth(shown) <= width ? shown : String(shown.prefix(width - 1)) + "…"
      }
      if let advice = PlainAdvice.forCompilerError(error.message) {
        lines.append("  " + style.bold("In short: ") + advice)
      }
      lines.append("")
    }
    if errors.count > 5 { lines.append("  … and \(errors.count - 5) more errors") }
    lines += indented(
      style.dim(
        "(the tests of every lesson are built together, so an error in any lesson's file stops every check)"),
      indent: "")
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
    if let missing = workspace.missingExerciseFiles.first {
      return [style.bold("next: ") + "put back \(missing) (see above), then check again"]
    }
    guard let (lesson, exercise, state) = exercises.first(where: { !$0.2.isPassing }) else { return nil }
    var place = workspace.placeToEdit(exercise, in: lesson)
    if let location = state.location, location.hasPrefix(workspace.gradedPath(of: lesson) + ":") {
      place = location
    }
    let doing: String
    switch state {
    case .failing, .crashed, .timedOut: doing = "fix exercise"
    case .notGraded: doing = "check exercise"
    default: doing = "exercise"
    }
    return [
      style.bold("next: ") + "\(doing) \(exercise.number) · \(exercise.title), in \(place)",
      "      " + style.dim("stuck? swift run workbook hint \(exercise.number)"),
    ]
  }
}
