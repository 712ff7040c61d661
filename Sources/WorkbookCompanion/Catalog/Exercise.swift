/// One exercise of a lesson, as declared in its Solutions file.
public struct Exercise: Equatable, Sendable {
  /// The number, e.g. "1.3" (lesson 1, exercise 3).
  public let number: String
  /// The title from the `// MARK: - Exercise 1.3 · Title` line.
  public let title: String
  /// The 1-based line of the `// MARK:` line that opens the exercise.
  public let line: Int
  /// The hints: the text of each `- Tip:` in the doc comment, first hint first.
  public let tips: [String]

  /// An exercise as its MARK line and doc comment declare it.
  public init(number: String, title: String, line: Int, tips: [String]) {
    self.number = number
    self.title = title
    self.line = line
    self.tips = tips
  }

  /// The lesson number, e.g. 1 for "1.3".
  public var lesson: Int { Int(number.split(separator: ".").first ?? "") ?? 0 }
  /// The exercise's position in its lesson, e.g. 3 for "1.3".
  public var index: Int { Int(number.split(separator: ".").last ?? "") ?? 0 }

  /// The XCTestCase class that grades it: "1.3" → `Exercise0103Tests`, so that
  /// `swift test --filter Exercise0103` runs exactly this exercise's tests.
  public var testClassName: String {
    "Exercise" + twoDigits(lesson) + twoDigits(index) + "Tests"
  }

  private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
