import WorkbookBasics
import WorkbookCompanion

extension Companion {
  /// `workbook check [LessonNN]`: grades a lesson and prints each exercise's state, the first
  /// failure or crash of each exercise that has one, and what to do next.
  func check(lesson number: Int?, timeLimit: Int) throws -> Int32 {
    let lesson: Workspace.Lesson
    let grading: Grading
    if let number {
      lesson = try workspace.lesson(number)
      grading = runner(timeLimit: timeLimit).grade(lesson.exercises)
    } else {
      grading = runner(timeLimit: timeLimit).grade(workspace.allExercises)
      lesson =
        lessonWithFirstError(grading) ?? firstUnfinishedLesson(grading)
        ?? workspace.lessons[workspace.lessons.count - 1]
    }
    return showCheck(of: lesson, grading)
  }

  /// The lesson whose exercise file is missing or has the first compiler error, if one has.
  func lessonWithFirstError(_ grading: Grading) -> Workspace.Lesson? {
    if let missing = grading.missingFiles.first {
      return workspace.lessons.first { workspace.gradedPath(of: $0) == missing }
    }
    guard let error = grading.compilerErrors.first else { return nil }
    return workspace.lessons.first { error.location.hasPrefix(workspace.gradedPath(of: $0) + ":") }
  }

  /// The first lesson with an exercise that does not pass yet.
  func firstUnfinishedLesson(_ grading: Grading) -> Workspace.Lesson? {
    workspace.lessons.first { lesson in lesson.exercises.contains { !grading.state(of: $0).isPassing } }
  }

  /// Notes on lines of `exercise` that compile but keep a Python meaning, such as `a // b`.
  func pythonHabits(in exercise: Exercise, of lesson: Workspace.Lesson) -> [String] {
    let regions = workspace.regions(of: lesson)
    guard let region = regions.region(of: exercise.number) else { return [] }
    let lines = Array(regions.lines[(region.firstLine - 1)..<region.lastLine])
    return PlainAdvice.forSource(lines, firstLine: region.firstLine).map { style.bold("In short: ") + $0 }
  }

  /// Prints a lesson's grades; returns 1 when an exercise fails, crashes or does not compile.
  func showCheck(of lesson: Workspace.Lesson, _ grading: Grading) -> Int32 {
    let states = lesson.exercises.map { grading.state(of: $0) }
    let width = lesson.exercises.map { $0.number.count + 1 + $0.title.count }.max() ?? 0
    let gradedFile = "(grading \(workspace.gradedPath(of: lesson)))"
    if TextWrapping.displayWidth(lesson.title + "  " + gradedFile) <= lineWidth {
      say(style.bold(lesson.title) + "  " + style.dim(gradedFile))
    } else {
      say(style.bold(lesson.title))
      say(style.dim(gradedFile))
    }
    say()
    var details = [String]()
    var firstToFix: Exercise?
    for (exercise, state) in zip(lesson.exercises, states) {
      say(report.line(exercise, state, titleWidth: width))
      var lines = report.details(exercise, state)
      if state.needsFixing {
        lines += pythonHabits(in: exercise, of: lesson).flatMap { report.indented($0, indent: "    ") }
      }
      if state.needsFixing, let earlier = firstToFix {
        lines += report.indented(
          style.dim(
            "(\(earlier.number) does not pass either, and later exercises often call earlier ones: fix"
              + " \(earlier.number) first)"), indent: "    ")
      }
      if state.needsFixing && firstToFix == nil { firstToFix = exercise }
      details += lines
      show(lines)
    }
    say()
    show(report.footnotes(for: details))
    show(report.gradingProblemLines(grading))
    let passing = states.filter(\.isPassing).count
    say(report.bar(done: passing, of: states.count) + " exercises pass")
    let entries = zip(lesson.exercises, states).map { (lesson, $0, $1) }
    if let next = report.nextStep(entries, compilerErrors: grading.compilerErrors) {
      show(next)
    } else {
      say(style.success("\(lesson.title): every exercise passes."))
      say(
        "Compare your answers with \(workspace.relative(lesson.sources.solutionFile))"
          + " (swift run workbook solution \(lesson.exercises.first?.number ?? "N.M") shows one).")
      if let following = workspace.lessons.first(where: { $0.number > lesson.number }) {
        say(
          style.bold("next: ")
            + "swift run \(following.sources.name), then swift run workbook check \(following.sources.name)")
      }
    }
    return grading.exitStatus(showing: states)
  }
}
