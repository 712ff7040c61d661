/// A problem in the layout of an exercise file, with its line.
public struct ExerciseSourceError: Error, CustomStringConvertible, Equatable {
  /// The 1-based line.
  public let line: Int
  /// What is wrong.
  public let reason: String

  /// An error at `line` (0 when no line applies) for `reason`.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }

  /// "line 42: …", or just the reason when no line applies.
  public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
}

/// A lesson's exercise file as written in `Solutions/LessonNN/Exercises.swift`: the one source
/// from which the learner's stub file is generated.
///
/// Layout: each exercise opens with `// MARK: - Exercise 1.3 · Title`, then its `///` doc
/// comment (with `- Tip:` hints) and its declaration; the answer inside the body sits between
/// `// BEGIN SOLUTION` and `// END SOLUTION`. In the stub, that block becomes
/// `throw NotAttempted("1.3")`, so stub and solution share every declaration and comment.
/// Hints that say too much for the stub go inside the block as `// Hint: …` comments (a hint
/// goes on over the following `//   …` lines): `workbook hint` gives them after the tips.
public struct ExerciseSource: Sendable {
  /// The exercises, in file order.
  public let exercises: [Exercise]
  private let lines: [Substring]
  private let solutionBlocks: [(begin: Int, end: Int, exercise: String)]

  static let beginMarker = "// BEGIN SOLUTION"
  static let endMarker = "// END SOLUTION"
  static let exerciseMarker = "// MARK: - Exercise "

  /// Parses a Solutions file.
  /// - Parameter solution: the file's text.
  /// - Throws: `ExerciseSourceError` for a marker out of place: a solution block outside an
  ///   exercise, an unclosed block, a repeated number, an exercise with no solution block.
  public init(parsing solution: String) throws {
    lines = solution.split(separator: "\n", omittingEmptySubsequences: false)
    var exercises = [Exercise]()
    var blocks = [(begin: Int, end: Int, exercise: String)]()
    var openBlock: Int?
    for (offset, raw) in lines.enumerated() {
      let text = raw.trimmingPrefixSpaces()
      let lineNumber = offset + 1
      if text.hasPrefix(Self.exerciseMarker) {
        guard openBlock == nil else {
          throw ExerciseSourceError(line: lineNumber, reason: "a new exercise starts inside an open solution block")
        }
        let heading = text.dropFirst(Self.exerciseMarker.count)
        let parts = heading.split(separator: "·", maxSplits: 1).map { $0.trimmingSpaces() }
        guard parts.count == 2, Self.isExerciseNumber(parts[0]) else {
          throw ExerciseSourceError(
            line: lineNumber, reason: "expected \"// MARK: - Exercise N.M · Title\", found \"\(text)\"")
        }
        if exercises.contains(where: { $0.number == parts[0] }) {
          throw ExerciseSourceError(line: lineNumber, reason: "exercise \(parts[0]) is declared twice")
        }
        exercises.append(
          Exercise(number: parts[0], title: parts[1], line: lineNumber, tips: Self.tips(after: offset, in: lines)))
      } else if text == Self.beginMarker {
        guard let current = exercises.last else {
          throw ExerciseSourceError(line: lineNumber, reason: "a solution block before any exercise")
        }
        guard openBlock == nil else {
          throw ExerciseSourceError(line: lineNumber, reason: "a solution block inside another")
        }
        guard !blocks.contains(where: { $0.exercise == current.number }) else {
          throw ExerciseSourceError(line: lineNumber, reason: "exercise \(current.number) has a second solution block")
        }
        openBlock = offset
      } else if text == Self.endMarker {
        guard let begin = openBlock else {
          throw ExerciseSourceError(line: lineNumber, reason: "END SOLUTION without BEGIN SOLUTION")
        }
        blocks.append((begin, offset, exercises.last?.number ?? ""))
        openBlock = nil
        if let current = exercises.popLast() {
          exercises.append(
            Exercise(
              number: current.number, title: current.title, line: current.line, tips: current.tips,
              laterHints: Self.hiddenHints(in: lines[(begin + 1)..<offset])))
        }
      }
    }
    if let begin = openBlock { throw ExerciseSourceError(line: begin + 1, reason: "BEGIN SOLUTION is never closed") }
    for exercise in exercises where !blocks.contains(where: { $0.exercise == exercise.number }) {
      throw ExerciseSourceError(
        line: exercise.line, reason: "exercise \(exercise.number) has no BEGIN/END SOLUTION block")
    }
    self.exercises = exercises
    self.solutionBlocks = blocks
  }

  /// The learner's stub file: the same text, with each solution block (markers included)
  /// replaced by a line that says where to write and a `throw NotAttempted("N.M")`.
  public func stub() -> String {
    var output = [Substring]()
    var next = 0
    for block in solutionBlocks {
      output += lines[next..<block.begin]
      let indent = String(lines[block.begin].prefix { $0 == " " })
      output.append(
        Substring("\(indent)// Exercise \(block.exercise): write your answer here, in place of the line below."))
      output.append(Substring("\(indent)throw NotAttempted(\"\(block.exercise)\")"))
      next = block.end + 1
    }
    output += lines[next...]
    return output.joined(separator: "\n")
  }

  /// The `// Hint:` comments of a solution block, each with its `//   …` continuation lines.
  private static func hiddenHints(in block: ArraySlice<Substring>) -> [String] {
    var hints = [String]()
    var inHint = false
    for line in block {
      let text = line.trimmingPrefixSpaces()
      if text.hasPrefix("// Hint:") {
        hints.append(String(text.dropFirst("// Hint:".count)).trimmingSpaces())
        inHint = true
      } else if inHint, text.hasPrefix("//   "), !text.dropFirst(2).trimmingSpaces().isEmpty {
        hints[hints.count - 1] += " " + text.dropFirst(2).trimmingSpaces()
      } else {
        inHint = false
      }
    }
    return hints
  }

  private static func isExerciseNumber(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  /// The `- Tip:` paragraphs of the doc comment that follows the MARK line at `offset`;
  /// a tip continues on following `///` lines that are indented further than the dash.
  private static func tips(after offset: Int, in lines: [Substring]) -> [String] {
    var tips = [String]()
    var inTip = false
    var index = offset + 1
    while index < lines.count, lines[index].trimmingPrefixSpaces().isEmpty { index += 1 }
    while index < lines.count {
      let text = lines[index].trimmingPrefixSpaces()
      guard text.hasPrefix("///") else { break }
      let content = text.dropFirst(3)
      let body = content.trimmingPrefixSpaces()
      if body.hasPrefix("- Tip:") {
        tips.append(String(body.dropFirst("- Tip:".count)).trimmingSpaces())
        inTip = true
      } else if inTip, content.hasPrefix("   "), !body.isEmpty, !body.hasPrefix("- ") {
        tips[tips.count - 1] += " " + body.trimmingSpaces()
      } else {
        inTip = false
      }
      index += 1
    }
    return tips
  }
}

extension StringProtocol {
  func trimmingPrefixSpaces() -> SubSequence { drop { $0 == " " } }
  func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
