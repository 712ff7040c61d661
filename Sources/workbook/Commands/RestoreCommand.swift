import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook restore N.M|LessonNN [BACKUP] [--yes]`: lists the backups of a lesson's
  /// exercise file, newest first, and puts the chosen one back (one exercise's part of it, or
  /// the whole file), after backing up the current file.
  func restore(_ target: ResetTarget, backup choice: String?, skipConfirmation: Bool) throws -> Int32 {
    let (lesson, what) = try describe(target)
    let file = lesson.sources.stubFile
    let backups = ExerciseBackups(of: file)
    guard !backups.backups.isEmpty else {
      say("There are no backups of \(workspace.relative(file)) yet.")
      say("reset and restore make one in \(workspace.relative(file.deletingLastPathComponent()))/.backups/")
      say("before they change the file.")
      return choice == nil ? 0 : 1
    }
    let choseFromList = choice == nil
    var choice = choice
    if choseFromList {
      showList(of: backups)
      let exerciseNumber: String? = if case .exercise(let number) = target { number } else { nil }
      guard isatty(STDIN_FILENO) == 1 && !skipConfirmation else {
        if let suggestion = backups.suggested(for: exerciseNumber) {
          let why =
            suggestion.answered.isEmpty
            ? "the newest" : exerciseNumber.map { "the newest with an answer to \($0)" } ?? "the newest with answers"
          say("To put one back: swift run workbook restore \(targetText(target)) \(suggestion.number)   (\(why))")
        }
        return 0
      }
      let range = "\(backups.backups.last?.number ?? 1)–\(backups.backups.first?.number ?? 1)"
      print("Put back which backup? [\(range), Enter: none] ", terminator: "")
      fflush(nil)
      let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces)
      guard !answer.isEmpty else {
        say("Nothing changed.")
        return 0
      }
      choice = answer
    }
    guard let chosen = choice.flatMap(backups.backup(chosen:)) else {
      say(
        "There is no backup \"\(choice ?? "")\": give a number or a file name from the list"
          + " (swift run workbook restore \(targetText(target)) shows it).")
      return 1
    }
    let replacement = ExerciseReplacement(
      file: file, source: try String(contentsOf: chosen.url, encoding: .utf8), sourceName: "backup \(chosen.name)",
      command: "restore")
    return try replace(
      target, of: lesson, with: replacement, describedAs: what, from: "backup \(chosen.name)",
      skipConfirmation: skipConfirmation || choseFromList)
  }

  /// "2.3" or "Lesson02", as typed on the command line.
  private func targetText(_ target: ResetTarget) -> String {
    switch target {
    case .exercise(let number): number
    case .lesson(let number): workspace.lessons.first { $0.number == number }?.sources.name ?? "\(number)"
    }
  }

  /// The numbered list: name, time saved, the exercises it has answers for.
  private func showList(of backups: ExerciseBackups) {
    say(style.bold("Backups of \(workspace.relative(backups.file)), newest first:"))
    for backup in backups.backups {
      let answered = backup.answered.isEmpty ? "no answers" : "answers to " + backup.answered.joined(separator: ", ")
      say(String(format: "%3d  ", backup.number) + "\(backup.savedAt)  \(backup.name)")
      say("     " + style.dim(answered))
    }
  }
}
