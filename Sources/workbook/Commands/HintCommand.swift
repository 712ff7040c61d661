import Foundation
import WorkbookBasics
import WorkbookCompanion

extension Companion {
  /// `workbook hint N.M [--all]`: the exercise, where it is, and its next hint (or all of
  /// them). Each call gives one more hint; what has been seen is kept in the build folder.
  func showHint(_ number: String, all: Bool) throws -> Int32 {
    let (lesson, exercise) = try workspace.exercise(number)
    print(style.bold("Exercise \(exercise.number) · \(exercise.title)"))
    print(
      style.dim(
        "in \(workspace.placeToEdit(exercise, in: lesson)); explained in \(workspace.relative(lesson.sources.readmeFile))"
      ))
    print()
    let hints = exercise.hints
    guard !hints.isEmpty else {
      print("This exercise has no hint: its doc comment and the lesson's README say what to do.")
      return 0
    }
    var progress = HintProgress(file: workspace.hintProgressFile)
    let seen = progress.count(for: number)
    let shown = all ? Array(hints.indices) : [min(seen, hints.count - 1)]
    for index in shown {
      let label = hints.count > 1 ? "Hint \(index + 1) of \(hints.count): " : "Hint: "
      let lines = TextWrapping.wrap(label + hints[index], width: lineWidth)
      print(style.bold(label) + lines[0].dropFirst(label.count))
      for line in lines.dropFirst() { print(line) }
      print()
    }
    let nowSeen = max(seen, (shown.last ?? 0) + 1)
    try? progress.record(nowSeen, for: number)
    if nowSeen < hints.count {
      print(style.dim("Stuck still? Run the same command again for hint \(nowSeen + 1) of \(hints.count)."))
      if !all && nowSeen > 1 { print(style.dim("All of them at once: swift run workbook hint \(number) --all")) }
    } else if hints.count > 1 && !all && seen >= hints.count {
      print(style.dim("That was the last hint. The answer, once yours passes: swift run workbook solution \(number)"))
      print(style.dim("(or before: swift run workbook solution \(number) --force)"))
    }
    print(style.dim("Then check it: swift run workbook check \(lesson.sources.name)"))
    return 0
  }
}
