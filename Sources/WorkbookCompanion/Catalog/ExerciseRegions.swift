/// Where each exercise sits in an exercise file, a learner's edited one or a solution: from
/// its `// MARK: - Exercise N.M · Title` line to the line before the next exercise's MARK
/// (or the end of the file). What comes before the first MARK (the imports) belongs to none.
public struct ExerciseRegions: Sendable {
  /// One exercise's lines.
  public struct Region: Equatable, Sendable {
    /// The exercise number, e.g. "2.3".
    public let number: String
    /// The 1-based line of its MARK line.
    public let firstLine: Int
    /// The 1-based last line that belongs to it.
    public let lastLine: Int
  }

  /// The file's lines.
  public let lines: [String]
  /// The exercises found, in file order.
  public let regions: [Region]

  /// Finds the exercises in `text`.
  public init(in text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.lines = lines
    var starts = [(number: String, line: Int)]()
    for (offset, line) in lines.enumerated() {
      let text = line.trimmingPrefixSpaces()
      guard text.hasPrefix(ExerciseSource.exerciseMarker) else { continue }
      let number = text.dropFirst(ExerciseSource.exerciseMarker.count).prefix { $0.isNumber || $0 == "." }
      if !number.isEmpty { starts.append((String(number), offset + 1)) }
    }
    regions = starts.enumerated().map { index, start in
      let end = index + 1 < starts.count ? starts[index + 1].line - 1 : lines.count
      return Region(number: start.number, firstLine: start.line, lastLine: end)
    }
  }

  /// The region of exercise `number`, or nil when the file has no MARK line for it.
  public func region(of number: String) -> Region? { regions.first { $0.number == number } }

  /// The text of exercise `number`'s region, without the blank lines that end it.
  public func text(of number: String) -> String? {
    guard let region = region(of: number) else { return nil }
    var body = lines[(region.firstLine - 1)..<region.lastLine]
    while let last = body.last, last.trimmingSpaces().isEmpty { body = body.dropLast() }
    return body.joined(separator: "\n")
  }

  /// The line to edit for exercise `number`: its `throw NotAttempted("N.M")` while it is a
  /// stub, else its first function (an exercise's region may start with a type it uses, or
  /// be a type whose method is the exercise), else its first line that is not a comment; nil
  /// when the file has no MARK line for it.
  public func lineToEdit(for number: String) -> Int? {
    guard let region = region(of: number) else { return nil }
    let range = (region.firstLine - 1)..<region.lastLine
    if let stub = range.first(where: { lines[$0].contains("NotAttempted(\"\(number)\")") }) { return stub + 1 }
    let code = range.dropFirst().filter {
      let text = lines[$0].trimmingPrefixSpaces()
      return !text.isEmpty && !text.hasPrefix("//")
    }
    let function = code.first { lines[$0].contains("func ") }
    return (function ?? code.first ?? range.lowerBound) + 1
  }

  /// The file with exercise `number`'s region replaced by `replacement`'s lines.
  /// - Precondition: the file has a region for `number`.
  func replacing(_ number: String, with replacement: [String]) -> String {
    guard let region = region(of: number) else { return lines.joined(separator: "\n") }
    var result = lines
    result.replaceSubrange((region.firstLine - 1)..<region.lastLine, with: replacement)
    return result.joined(separator: "\n")
  }

  /// The lines of exercise `number`'s region (blank lines at its end included).
  func regionLines(_ number: String) -> [String] {
    guard let region = region(of: number) else { return [] }
    return Array(lines[(region.firstLine - 1)..<region.lastLine])
  }
}
