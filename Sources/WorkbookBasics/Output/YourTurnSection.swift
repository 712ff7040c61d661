import Foundation

extension WalkthroughSection {
  /// The last section of every walkthrough: where the lesson's exercises are, which they are,
  /// and the commands that grade them.
  ///
  /// `swift run workbook verify-sources` (run by CI) checks that `exercises` names exactly the
  /// exercises of the lesson's solution file, with their titles, so this list cannot drift.
  /// - Parameters:
  ///   - lesson: the lesson's number, e.g. 5 for Lessons/Lesson05.
  ///   - invitation: the opening sentence, e.g. "Now build it yourself."
  ///   - exercises: one "N.M · Title" per exercise, as in the solution file's MARK lines.
  public static func yourTurn(lesson: Int, invitation: String, exercises: [String]) -> WalkthroughSection {
    let folder = String(format: "Lesson%02d", lesson)
    return WalkthroughSection("Your turn") { page in
      page.paragraph(
        """
        \(invitation) Open Lessons/\(folder)/README.md, then fill in the stubs in \
        Lessons/\(folder)/Exercises.swift:
        """)
      for exercise in exercises { page.line("    \(exercise)") }
      page.line()
      page.paragraph("Check your work, see a hint, or re-check on every save with")
      page.line("    swift run workbook check \(folder)")
      page.line("    swift run workbook hint \(exercises.first?.prefix { $0 != " " } ?? "\(lesson).1")")
      page.line("    swift run workbook watch \(folder)")
      page.line()
      page.paragraph(
        """
        (or the graded tests themselves: swift test --filter \(folder)). Exercises you have not \
        started are reported as not attempted, with the line to edit. When all pass, compare \
        your answers with Solutions/\(folder)/Exercises.swift.
        """)
    }
  }
}
