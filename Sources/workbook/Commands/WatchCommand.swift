import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook watch [LessonNN] [--once]`: checks a lesson, then again whenever a Swift file
  /// under Lessons/ is saved. It stays on that lesson. Ctrl-C or q stops it; Enter re-checks.
  func watch(lesson number: Int?, once: Bool, timeLimit: Int) throws -> Int32 {
    let runner = runner(timeLimit: timeLimit)
    var lesson = try number.map { try workspace.lesson($0) }
    var grading: Grading?
    if lesson == nil {
      let all = runner.grade(workspace.allExercises)
      lesson = lessonWithFirstError(all) ?? firstUnfinishedLesson(all) ?? workspace.lessons.last
      grading = all
    }
    guard let lesson else { throw UsageError("there are no lessons to watch", command: "watch") }
    if once { return showCheck(of: lesson, grading ?? runner.grade(lesson.exercises)) }
    // Ctrl-C is how watch is meant to end: a short message and status 0 (a check it is
    // running is stopped first, as for every command).
    ChildProcesses.shared.stopOnSignals { _ in
      say("\nStopped watching.")
      return 0
    }
    let folder = workspace.root.appendingPathComponent(workspace.gradingSolutions ? "Solutions" : "Lessons")
    let keyboard = isatty(STDIN_FILENO) == 1
    while true {
      var snapshot = SourceSnapshot(of: folder)
      if isTerminal { print("\u{1B}[2J\u{1B}[H", terminator: "") }
      let result = grading ?? runner.grade(lesson.exercises)
      grading = nil
      _ = showCheck(of: lesson, result)
      say()
      if lesson.exercises.allSatisfy({ result.state(of: $0).isPassing }),
        let following = workspace.lessons.first(where: { $0.number > lesson.number })
      {
        say(
          "Watch stays on \(lesson.sources.name). For the next lesson: swift run workbook watch \(following.sources.name)"
        )
      }
      let keys = keyboard ? "; Enter checks again, q or Ctrl-C stops" : "; Ctrl-C stops"
      say(style.dim("Watching \(workspace.relative(folder))/ for saved .swift files\(keys)."))
      fflush(nil)  // into a pipe or a log, print is buffered: show this check now
      while true {
        if keyboard, let line = waitForLine(milliseconds: 500) {
          if ["q", "quit", "exit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) { return 0 }
          break
        }
        if !keyboard { usleep(500_000) }
        let now = SourceSnapshot(of: folder)
        if now.changes(since: snapshot).isEmpty { continue }
        // Let the editor finish writing (some save in several steps) before checking.
        repeat {
          snapshot = SourceSnapshot(of: folder)
          usleep(200_000)
        } while SourceSnapshot(of: folder) != snapshot
        break
      }
    }
  }

  /// A line typed on the terminal within `milliseconds`, or nil (also at the end of input).
  private func waitForLine(milliseconds: Int32) -> String? {
    var keyboard = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&keyboard, 1, milliseconds) > 0 else { return nil }
    guard let line = readLine() else {
      usleep(UInt32(milliseconds) * 1000)
      return nil
    }
    return line
  }
}
