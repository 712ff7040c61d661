/// What the learner asked `swift run workbook` to do, parsed from the command line.
///
/// ```
/// workbook                          the progress table
/// workbook check [LessonNN]         grade one lesson
/// workbook hint N.M [--all]         the hints of one exercise
/// workbook watch [LessonNN] [--once]
/// workbook solution N.M [--force]
/// workbook reset N.M|LessonNN [--yes]
/// workbook verify-sources [--write-stubs]
/// workbook help [command]
/// ```
public enum WorkbookRequest: Equatable, Sendable {
  /// No arguments: every lesson's exercises and their states, and what to do next.
  case progress
  /// Grade one lesson (nil: the first with an unfinished exercise).
  case check(lesson: Int?)
  /// Print an exercise's hints: the first one, or every one with `--all`.
  case hint(exercise: String, all: Bool)
  /// Re-check a lesson whenever a file under Lessons/ is saved; `once` checks once and stops.
  case watch(lesson: Int?, once: Bool)
  /// Show the reference answer of a passing exercise (or any with `force`).
  case solution(exercise: String, force: Bool)
  /// Put back the stub of one exercise or of a whole lesson, after a backup.
  case reset(ResetTarget, skipConfirmation: Bool)
  /// The course authors' check that stubs, solutions, tests and READMEs agree.
  case verifySources(writeStubs: Bool)
  /// Usage: of every command, or of one.
  case help(command: String?)

  /// The commands, in the order the usage lists them.
  public static let commands = ["check", "hint", "watch", "solution", "reset", "verify-sources", "help"]

  /// Parses the arguments after the program's name.
  /// - Parameter arguments: e.g. `["hint", "2.3", "--all"]`.
  /// - Returns: the request.
  /// - Throws: `UsageError`, naming the command whose usage to show.
  public static func parse(_ arguments: [String]) throws -> WorkbookRequest {
    guard let command = arguments.first else { return .progress }
    if command == "--help" || command == "-h" { return .help(command: nil) }
    var rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      guard commands.contains(command) else { throw UsageError("unknown command \"\(command)\"", command: nil) }
      return .help(command: command)
    }
    switch command {
    case "check":
      return .check(lesson: try optionalLesson(&rest, command: command))
    case "hint":
      let all = take("--all", from: &rest)
      return .hint(exercise: try exerciseNumber(&rest, command: command), all: all)
    case "watch":
      let once = take("--once", from: &rest)
      return .watch(lesson: try optionalLesson(&rest, command: command), once: once)
    case "solution":
      let force = take("--force", from: &rest)
      return .solution(exercise: try exerciseNumber(&rest, command: command), force: force)
    case "reset":
      let yes = take("--yes", from: &rest) || take("-y", from: &rest)
      guard let target = rest.first else {
        throw UsageError("reset needs an exercise (like 2.3) or a lesson (like Lesson02)", command: command)
      }
      try expectNothingAfter(target, in: rest, command: command)
      if let exercise = parseExerciseNumber(target) { return .reset(.exercise(exercise), skipConfirmation: yes) }
      if let lesson = parseLesson(target) { return .reset(.lesson(lesson), skipConfirmation: yes) }
      throw UsageError("\"\(target)\" is neither an exercise (like 2.3) nor a lesson (like Lesson02)", command: command)
    case "verify-sources":
      let write = take("--write-stubs", from: &rest)
      try expectNothingAfter(nil, in: rest, command: command)
      return .verifySources(writeStubs: write)
    case "help":
      guard rest.count <= 1 else { throw UsageError("help takes at most one command", command: "help") }
      if let topic = rest.first, !commands.contains(topic) {
        throw UsageError("unknown command \"\(topic)\"", command: nil)
      }
      return .help(command: rest.first)
    default:
      if parseExerciseNumber(command) != nil {
        throw UsageError("to see exercise \(command)'s hint, run: swift run workbook hint \(command)", command: nil)
      }
      throw UsageError("unknown command \"\(command)\"", command: nil)
    }
  }

  /// "2.3" (or "02.3") as "2.3"; nil for anything else.
  public static func parseExerciseNumber(_ text: String) -> String? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let lesson = Int(parts[0]), let index = Int(parts[1]), lesson > 0, index > 0,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    return "\(lesson).\(index)"
  }

  /// "Lesson02", "lesson2", "02" or "2" as 2; nil for anything else.
  public static func parseLesson(_ text: String) -> Int? {
    var digits = Substring(text)
    if digits.lowercased().hasPrefix("lesson") { digits = digits.dropFirst("lesson".count) }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number > 0
    else { return nil }
    return number
  }

  private static func take(_ flag: String, from arguments: inout [String]) -> Bool {
    guard let index = arguments.firstIndex(of: flag) else { return false }
    arguments.remove(at: index)
    return true
  }

  private static func optionalLesson(_ arguments: inout [String], command: String) throws -> Int? {
    guard let first = arguments.first else { return nil }
    try expectNothingAfter(first, in: arguments, command: command)
    guard let lesson = parseLesson(first) else {
      throw UsageError("\"\(first)\" is not a lesson: write it like Lesson02", command: command)
    }
    return lesson
  }

  private static func exerciseNumber(_ arguments: inout [String], command: String) throws -> String {
    guard let first = arguments.first else {
      throw UsageError("\(command) needs an exercise number, like 2.3", command: command)
    }
    try expectNothingAfter(first, in: arguments, command: command)
    guard let number = parseExerciseNumber(first) else {
      throw UsageError("\"\(first)\" is not an exercise number: write it like 2.3", command: command)
    }
    return number
  }

  /// Rejects an unknown option or a second operand.
  private static func expectNothingAfter(_ operand: String?, in arguments: [String], command: String) throws {
    if let option = arguments.first(where: { $0.hasPrefix("-") }) {
      throw UsageError("\(command) has no option \(option)", command: command)
    }
    let extra = operand == nil ? arguments : Array(arguments.dropFirst())
    if let unexpected = extra.first {
      throw UsageError("unexpected \"\(unexpected)\" after \(command) \(operand ?? "")", command: command)
    }
  }
}

/// What `workbook reset` puts back.
public enum ResetTarget: Equatable, Sendable {
  /// One exercise, e.g. "2.3": only its part of the lesson's file.
  case exercise(String)
  /// A whole lesson's exercise file, e.g. 2 for Lessons/Lesson02/Exercises.swift.
  case lesson(Int)
}

/// A command line the workbook cannot follow: a one-line reason, and the command whose usage
/// to print under it (nil: the overview).
public struct UsageError: Error, Equatable, Sendable {
  /// What is wrong, in one line.
  public let reason: String
  /// The command whose usage helps, or nil for the overview.
  public let command: String?

  /// A usage error for `reason`, showing `command`'s usage.
  public init(_ reason: String, command: String?) {
    self.reason = reason
    self.command = command
  }
}
