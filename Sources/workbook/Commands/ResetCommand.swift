import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook reset N.M|LessonNN [--yes]`: puts back the original stub of one exercise or a
  /// whole lesson, after copying the learner's file to a timestamped backup. On a terminal it
  /// asks first.
  func reset(_ target: ResetTarget, skipConfirmation: Bool) throws -> Int32 {
    let lesson: Workspace.Lesson
    let what: String
    switch target {
    case .exercise(let number):
      let found = try workspace.exercise(number)
      lesson = found.lesson
      what = "exercise \(number) · \(found.exercise.title)"
    case .lesson(let number):
      lesson = try workspace.lesson(number)
      what = "every exercise of \(lesson.sources.name)"
    }
    let file = lesson.sources.stubFile
    let path = workspace.relative(file)
    let reset = ExerciseReset(file: file, pristine: try lesson.sources.source().stub())
    let newText: String?
    do {
      newText = try reset.newText(for: target)
    } catch let refusal as ExerciseReset.Refusal {
      print("Cannot reset \(what): \(refusal.description).")
      print("  swift run workbook reset \(lesson.sources.name)")
      return 1
    }
    guard let newText else {
      print("Nothing to reset: \(what) in \(path) is already the original stub.")
      return 0
    }
    if !skipConfirmation && isatty(STDIN_FILENO) == 1 {
      print("Reset \(what) in \(path) to the original stub?")
      print("Your current file is backed up first. [y/N] ", terminator: "")
      guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
        print("Nothing changed.")
        return 0
      }
    }
    let backup = try reset.apply(newText, at: Date())
    if let backup { print("Saved your file as \(workspace.relative(backup))") }
    print("Reset \(what) in \(path).")
    return 0
  }
}
