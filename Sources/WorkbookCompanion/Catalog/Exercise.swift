/// One exercise of a lesson, as declared in its Solutions file.
public struct Exercise: Equatable, Sendable {
  /// The number, e.g. "1.3" (lesson 1, exercise 3).
  public let number: String
  /// The title from the `// MARK: - Exercise 1.3 · Title` line.
  public let title: String
  /// The 1-based line of the `// MARK:` line that opens the exercise.
  public let line: Int
  /// The tips the learner sees in the stub: the text of each `- Tip:` in the doc comment.
  /// They point the way without giving the answer.
  public let tips: [String]
  /// The hints kept out of the stub: each `// Hint:` comment inside the solution block, for
  /// a learner who asks again. They say more, up to the formula.
  public let laterHints: [String]

  /// An exercise as its MARK line, doc comment and solution block declare it.
  public init(number: String, title: String, line: Int, tips: [String], laterHints: [String] = []) {
    self.number = number
    self.title = title
    self.line = line
    self.tips = tips
    self.laterHints = laterHints
  }

  /// Every hint `workbook hint` gives, one per call: the tips, then the later hints.
  public var hints: [String] { tips + laterHints }

  /// The lesson number, e.g. 1 for "1.3".
  public var lesson: Int { Int(number.split(separator: ".").first ?? "") ?? 0 }
  /// The exercise's position in its lesson, e.g. 3 for "1.3".
  public var index: Int { Int(number.split(separator: ".").last ?? "") ?? 0 }

  /// The XCTestCase class that grades it: "1.3" → `Exercise0103Tests`, so that
  /// `swift test --filter Exercise0103` runs exactly this exercise's tests.
  public var testClassName: String {
    "Exercise" + twoDigits(lesson) + twoDigits(index) + "Tests"
  }

  /// The test module of its lesson: "Lesson01Tests" for "1.3".
  public var testModuleName: String { "Lesson" + twoDigits(lesson) + "Tests" }

  /// The test class with its module, as the test process is asked to run it:
  /// "Lesson01Tests.Exercise0103Tests".
  public var qualifiedTestClassName: String { testModuleName + "." + testClassName }

  private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
