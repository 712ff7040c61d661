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
      print("There are no backups of \(workspace.relative(file)) yet.")
      print("reset and restore make one in \(workspace.relative(file.deletingLastPathComponent()))/.backups/")
      print("before they change the file.")
      return choice == nil ? 0 : 1
    }
    let choseFromList = choice == nil
    var choice = choice
    if choseFromList {
      showList(of: backups)
      guard isatty(STDIN_FILENO) == 1 && !skipConfirmation else {
        print("To put one back: swift run workbook restore \(targetText(target)) 1   (or another number)")
        return 0
      }
      print("Put back which backup? [1–\(backups.backups.count), Enter: none] ", terminator: "")
      fflush(nil)
      let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces)
      guard !answer.isEmpty else {
        print("Nothing changed.")
        return 0
      }
      choice = answer
    }
    guard let chosen = choice.flatMap(backups.backup(chosen:)) else {
      print("There is no backup \"\(choice ?? "")\": give a number from 1 to \(backups.backups.count) or a name")
      print("from the list (swift run workbook restore \(targetText(target)) shows it).")
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
    print(style.bold("Backups of \(workspace.relative(backups.file)), newest first:"))
    for (index, backup) in backups.backups.enumerated() {
      let answered = backup.answered.isEmpty ? "no answers" : "answers to " + backup.answered.joined(separator: ", ")
      print(String(format: "%3d  ", index + 1) + "\(backup.savedAt)  \(backup.name)")
      print("     " + style.dim(answered))
    }
  }
}
