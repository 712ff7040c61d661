import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook solution N.M [--force]`: the reference answer, shown once the learner's own
  /// answer passes (or with `--force`, after a warning).
  func showSolution(_ number: String, force: Bool, timeLimit: Int) throws -> Int32 {
    let (lesson, exercise) = try workspace.exercise(number)
    if force {
      print(style.warning("--force: showing the answer to exercise \(number) before yours passes."))
      print(style.warning("You learn more from a hint first: swift run workbook hint \(number)"))
    } else {
      let state = runner(timeLimit: timeLimit).grade([exercise]).state(of: exercise)
      guard state.isPassing else {
        print("Exercise \(number) · \(exercise.title) does not pass yet (\(summary(of: state))).")
        print("The reference answer is shown once it passes. Until then:")
        print("  swift run workbook check \(lesson.sources.name)   what the tests say")
        print("  swift run workbook hint \(number)        a hint")
        print("  swift run workbook solution \(number) --force   the answer anyway")
        return 1
      }
    }
    let file = lesson.sources.solutionFile
    let regions = ExerciseRegions(in: try String(contentsOf: file, encoding: .utf8))
    guard let text = regions.text(of: number), let region = regions.region(of: number) else {
      print("error: exercise \(number) is not in \(workspace.relative(file))")
      return 1
    }
    print(style.bold("Reference answer to exercise \(number) · \(exercise.title)"))
    print(style.dim("\(workspace.relative(file)):\(region.firstLine)"))
    print()
    print(text)
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
