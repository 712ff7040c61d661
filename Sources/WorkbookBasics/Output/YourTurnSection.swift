import Foundation

extension WalkthroughSection {
  /// The last section of every walkthrough: where the lesson's exercises are, what they ask
  /// for, and the command that grades them.
  /// - Parameters:
  ///   - lesson: the lesson's number, e.g. 5 for Lessons/Lesson05.
  ///   - invitation: the opening sentence, e.g. "Now build it yourself."
  ///   - exercises: what follows the exercise file's name, e.g. ": sigmoid, dz and predict."
  ///     (or ", from predict to the normal equation."), ending with its full stop.
  public static func yourTurn(lesson: Int, invitation: String, exercises: String) -> WalkthroughSection {
    let folder = String(format: "Lesson%02d", lesson)
    return WalkthroughSection("Your turn") { page in
      page.paragraph(
        """
        \(invitation) Open Lessons/\(folder)/README.md, then fill in the stubs in \
        Lessons/\(folder)/Exercises.swift\(exercises) Check your work with
        """)
      page.line("    swift test --filter \(folder)")
      page.line()
      page.paragraph(
        """
        Exercises you have not started are reported as skipped, with the line to edit. When all \
        pass, compare your answers with Solutions/\(folder)/Exercises.swift.
        """)
    }
  }
}
