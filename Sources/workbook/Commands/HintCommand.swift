import Foundation
import WorkbookBasics
import WorkbookCompanion

extension Companion {
  /// `workbook hint N.M [--all]`: the exercise, where it is, and its next hint (or all of
  /// them). Each call gives one more hint; what has been seen is kept in the build folder.
  func showHint(_ number: String, all: Bool) throws -> Int32 {
    let (lesson, exercise) = try workspace.exercise(number)
    say(style.bold("Exercise \(exercise.number) · \(exercise.title)"))
    say(
      style.dim(
        "in \(workspace.placeToEdit(exercise, in: lesson)); explained in \(workspace.relative(lesson.sources.readmeFile))"
      ))
    say()
    // The tips are in the learner's file already: they come together, as the first hint; each
    // later hint (kept out of the file) is one more.
    let hints = (exercise.tips.isEmpty ? [] : [exercise.tips]) + exercise.laterHints.map { [$0] }
    guard !hints.isEmpty else {
      say("This exercise has no hint: its doc comment and the lesson's README say what to do.")
      return 0
    }
    var progress = HintProgress(file: workspace.hintProgressFile)
    let seen = progress.count(for: number)
    let shown = all ? Array(hints.indices) : [min(seen, hints.count - 1)]
    for index in shown {
      var label = hints.count > 1 ? "Hint \(index + 1) of \(hints.count)" : "Hint"
      if index == 0 && !exercise.tips.isEmpty { label += " (the tips in your file)" }
      say(style.bold(label + ":"))
      for paragraph in hints[index] {
        say(paragraph)
        say()
      }
    }
    let nowSeen = max(seen, (shown.last ?? 0) + 1)
    try? progress.record(nowSeen, for: number)
    if nowSeen < hints.count {
      say(
        style.dim(
          "Stuck still? The same command again gives hint \(nowSeen + 1) of \(hints.count)"
            + " (swift run workbook hint \(number) --all: every hint at once)."))
    } else if hints.count > 1 && !all && seen >= hints.count {
      say(style.dim("That was the last hint. The answer, once yours passes: swift run workbook solution \(number)"))
      say(style.dim("(or before: swift run workbook solution \(number) --force)"))
    }
    say(style.dim("Then check it: swift run workbook check \(lesson.sources.name)"))
    return 0
  }
}
