import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook reset N.M|LessonNN [--yes]`: puts back the original stub of one exercise or a
  /// whole lesson, after copying the learner's file to a timestamped backup. On a terminal it
  /// asks first.
  func reset(_ target: ResetTarget, skipConfirmation: Bool) throws -> Int32 {
    let (lesson, what) = try describe(target)
    let replacement = ExerciseReplacement(file: lesson.sources.stubFile, source: try lesson.sources.source().stub())
    return try replace(
      target, of: lesson, with: replacement, describedAs: what, from: "the original stub",
      skipConfirmation: skipConfirmation)
  }

  /// The lesson of `target` and how to name what is replaced: "exercise 2.3 · Title" or
  /// "every exercise of Lesson02".
  func describe(_ target: ResetTarget) throws -> (lesson: Workspace.Lesson, what: String) {
    switch target {
    case .exercise(let number):
      let found = try workspace.exercise(number)
      return (found.lesson, "exercise \(number) · \(found.exercise.title)")
    case .lesson(let number):
      let lesson = try workspace.lesson(number)
      return (lesson, "every exercise of \(lesson.sources.name)")
    }
  }

  /// Replaces `target` in the learner's file by `replacement`'s text (reset and restore),
  /// after asking on a terminal and after a backup of the current file, whose name it prints.
  /// - Returns: 0 when done or when there was nothing to do, 1 when it refused.
  func replace(
    _ target: ResetTarget, of lesson: Workspace.Lesson, with replacement: ExerciseReplacement,
    describedAs what: String, from source: String, skipConfirmation: Bool
  ) throws -> Int32 {
    let path = workspace.relative(replacement.file)
    let newText: String?
    do {
      newText = try replacement.newText(for: target)
    } catch let refusal as ExerciseReplacement.Refusal {
      say("Cannot \(replacement.command) \(what): \(refusal.description).")
      say("  swift run workbook \(replacement.command) \(lesson.sources.name)")
      return 1
    }
    guard let newText else {
      say("Nothing to \(replacement.command): \(what) in \(path) is already as in \(source).")
      return 0
    }
    if !skipConfirmation && isatty(STDIN_FILENO) == 1 {
      say("Replace \(what) in \(path) with \(source)?")
      guard confirm("Your current file is backed up first.") else {
        say("Nothing changed.")
        return 0
      }
    }
    if let backup = try replacement.apply(newText, at: Date()) {
      say("Saved your file as \(workspace.relative(backup))")
      say("  (to undo: swift run workbook restore \(lesson.sources.name) \(backup.lastPathComponent))")
    }
    say("Put \(source) into \(what) in \(path).")
    return 0
  }

  /// Asks a yes/no question on the terminal; anything but y or yes is no.
  func confirm(_ question: String) -> Bool {
    print("\(question) [y/N] ", terminator: "")
    fflush(nil)
    guard let answer = readLine() else { return false }
    return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}
