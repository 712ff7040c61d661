import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook solution N.M [--force]`: the reference answer, shown once the learner's own
  /// answer passes (or with `--force`, after a warning).
  func showSolution(_ number: String, force: Bool, timeLimit: Int) throws -> Int32 {
    let (lesson, exercise) = try workspace.exercise(number)
    if force {
      say(style.warning("--force: showing the answer to exercise \(number) before yours passes."))
      say(style.warning("You learn more from a hint first: swift run workbook hint \(number)"))
    } else {
      let state = runner(timeLimit: timeLimit).grade([exercise]).state(of: exercise)
      guard state.isPassing else {
        say("Exercise \(number) · \(exercise.title) does not pass yet (\(summary(of: state))).")
        say("The reference answer is shown once it passes. Until then:")
        say("  swift run workbook check \(lesson.sources.name)   what the tests say")
        say("  swift run workbook hint \(number)        a hint")
        say("  swift run workbook solution \(number) --force   the answer anyway")
        return 1
      }
    }
    let file = lesson.sources.solutionFile
    let regions = ExerciseRegions(in: try String(contentsOf: file, encoding: .utf8))
    guard let text = regions.text(of: number), let region = regions.region(of: number) else {
      say("error: exercise \(number) is not in \(workspace.relative(file))")
      return 1
    }
    say(style.bold("Reference answer to exercise \(number) · \(exercise.title)"))
    say(style.dim("\(workspace.relative(file)):\(region.firstLine)"))
    say()
    print(text)  // code, as it is in the file: never wrapped
    return 0
  }

  /// "not attempted", "failing 2 of 3 tests" …, for one-line messages.
  func summary(of state: ExerciseState) -> String {
    switch state {
    case .passing: "passing"
    case .notAttempted: "not attempted"
    case .waiting(let other): "it waits for exercise \(other)"
    case .failing(let failed, let total): "failing \(failed.count) of \(total) tests"
    case .crashed: "it crashes"
    case .timedOut(_, let timeout): "a test did not finish within \(timeout.limit) s"
    case .notGraded: "not graded: the code does not compile"
    }
  }
}
