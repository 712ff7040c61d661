import WorkbookCompanion

extension Companion {
  /// `workbook hint N.M [--all]`: the exercise, where it is, and its first hint (or all).
  func showHint(_ number: String, all: Bool) throws -> Int32 {
    let (lesson, exercise) = try workspace.exercise(number)
    print(style.bold("Exercise \(exercise.number) · \(exercise.title)"))
    print(
      style.dim(
        "in \(workspace.placeToEdit(exercise, in: lesson)); explained in \(workspace.relative(lesson.sources.readmeFile))"
      ))
    print()
    guard !exercise.tips.isEmpty else {
      print("This exercise has no hint: its doc comment and the lesson's README say what to do.")
      return 0
    }
    let shown = all ? exercise.tips.count : 1
    for (index, tip) in exercise.tips.prefix(shown).enumerated() {
      let label = exercise.tips.count > 1 ? "Hint \(index + 1) of \(exercise.tips.count): " : "Hint: "
      print(style.bold(label) + wrapped(label + tip).dropFirst(label.count))
      print()
    }
    if shown < exercise.tips.count {
      let more = exercise.tips.count - shown
      print(style.dim("\(more) more \(more == 1 ? "hint" : "hints"): swift run workbook hint \(number) --all"))
    } else {
      print(style.dim("Then check it: swift run workbook check \(lesson.sources.name)"))
    }
    return 0
  }

  /// `text` wrapped at 80 columns (words are never split).
  func wrapped(_ text: String) -> String {
    var lines = [String]()
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty && current.count + 1 + word.count > 80 {
        lines.append(current)
        current = ""
      }
      current += (current.isEmpty ? "" : " ") + word
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }
}
