import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook watch [LessonNN] [--once]`: checks a lesson, then again whenever a Swift file
  /// under Lessons/ is saved. It stays on that lesson. Ctrl-C or q stops it; Enter re-checks.
  func watch(lesson number: Int?, once: Bool) throws -> Int32 {
    var lesson = try number.map { try workspace.lesson($0) }
    var grading: Grading?
    if lesson == nil {
      let all = runner.grade(workspace.allExercises)
      lesson = lessonWithFirstError(all) ?? firstUnfinishedLesson(all) ?? workspace.lessons.last
      grading = all
    }
    guard let lesson else { throw UsageError("there are no lessons to watch", command: "watch") }
    if once { return showCheck(of: lesson, grading ?? runner.grade(lesson.exercises)) }
    stopCleanlyOnControlC()
    let folder = workspace.root.appendingPathComponent(workspace.gradingSolutions ? "Solutions" : "Lessons")
    let keyboard = isatty(STDIN_FILENO) == 1
    while true {
      var snapshot = SourceSnapshot(of: folder)
      if isTerminal { print("\u{1B}[2J\u{1B}[H", terminator: "") }
      let result = grading ?? runner.grade(lesson.exercises)
      grading = nil
      _ = showCheck(of: lesson, result)
      print()
      if lesson.exercises.allSatisfy({ result.state(of: $0).isPassing }),
        let following = workspace.lessons.first(where: { $0.number > lesson.number })
      {
        print(
          "Watch stays on \(lesson.sources.name). For the next lesson: swift run workbook watch \(following.sources.name)"
        )
      }
      let keys = keyboard ? "; Enter checks again, q or Ctrl-C stops" : "; Ctrl-C stops"
      print(style.dim("Watching \(workspace.relative(folder))/ for saved .swift files\(keys)."))
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

  /// Ctrl-C ends `watch` with a short message instead of a trace (the `swift test` it may be
  /// running gets the same Ctrl-C from the terminal and stops too).
  private func stopCleanlyOnControlC() {
    signal(SIGINT) { _ in
      let message: StaticString = "\nStopped watching.\n"
      _ = write(STDOUT_FILENO, message.utf8Start, message.utf8CodeUnitCount)
      _exit(0)
    }
  }
}
