import WorkbookCompanion

extension Companion {
  /// `workbook` with no arguments: every lesson with each exercise's state and a progress
  /// bar, the overall progress, and the first unfinished exercise with the line to edit.
  func showProgress() -> Int32 {
    let grading = runner().grade(workspace.allExercises)
    let width = workspace.allExercises.map { $0.number.count + 1 + $0.title.count }.max() ?? 0
    let titleWidth = workspace.lessons.map(\.title.count).max() ?? 0
    var all = [(Workspace.Lesson, Exercise, ExerciseState)]()
    say(style.bold("Your progress through the workbook"))
    for lesson in workspace.lessons {
      let states = lesson.exercises.map { grading.state(of: $0) }
      all += zip(lesson.exercises, states).map { (lesson, $0, $1) }
      say()
      let passing = states.filter(\.isPassing).count
      let padding = String(repeating: " ", count: titleWidth - lesson.title.count + 2)
      say(style.bold(lesson.title) + padding + report.bar(done: passing, of: states.count, width: 10))
      for (exercise, state) in zip(lesson.exercises, states) {
        say("  " + report.line(exercise, state, titleWidth: width))
      }
    }
    say()
    let passing = all.filter { $0.2.isPassing }.count
    say("All lessons: " + report.bar(done: passing, of: all.count, width: 30) + " exercises pass")
    say()
    show(report.gradingProblemLines(grading))
    if let next = report.nextStep(all, compilerErrors: grading.compilerErrors) {
      show(next)
      let lesson = lessonWithFirstError(grading) ?? firstUnfinishedLesson(grading) ?? workspace.lessons[0]
      say("      " + style.dim("the whole lesson: swift run workbook check \(lesson.sources.name)"))
    } else {
      say(style.success("Every exercise of every lesson passes. Well done!"))
    }
    return grading.exitStatus(showing: all.map(\.2))
  }
}
