/// What the learner asked `swift run workbook` to do, parsed from the command line.
///
/// ```
/// workbook                          the progress table
/// workbook check [LessonNN] [--time-limit S]
/// workbook hint N.M [--all]         the next hint of one exercise, or all of them
/// workbook watch [LessonNN] [--once] [--time-limit S]
/// workbook solution N.M [--force] [--time-limit S]
/// workbook reset N.M|LessonNN [--yes]
/// workbook restore N.M|LessonNN [BACKUP] [--yes]
/// workbook verify-sources [--write-stubs [--back-up]]
/// workbook help [command]
/// ```
public enum WorkbookRequest: Equatable, Sendable {
  /// No arguments: every lesson's exercises and their states, and what to do next.
  case progress
  /// Grade one lesson (nil: the first with an unfinished exercise); a test that runs longer
  /// than `timeLimit` seconds is stopped.
  case check(lesson: Int?, timeLimit: Int = defaultTimeLimit)
  /// Print an exercise's next hint, or every one with `--all`.
  case hint(exercise: String, all: Bool)
  /// Re-check a lesson whenever a file under Lessons/ is saved; `once` checks once and stops.
  case watch(lesson: Int?, once: Bool, timeLimit: Int = defaultTimeLimit)
  /// Show the reference answer of a passing exercise (or any with `force`).
  case solution(exercise: String, force: Bool, timeLimit: Int = defaultTimeLimit)
  /// Put back the stub of one exercise or of a whole lesson, after a backup.
  case reset(ResetTarget, skipConfirmation: Bool)
  /// List a lesson's backups, or put one back (one exercise of it, or the whole file), after
  /// backing up the current file. `backup` is a number from the list or a file name.
  case restore(ResetTarget, backup: String?, skipConfirmation: Bool)
  /// The course authors' check that stubs, solutions, tests and READMEs agree; `writeStubs`
  /// regenerates the stubs, refusing to overwrite a learner's edit unless `backUp` is set.
  case verifySources(writeStubs: Bool, backUp: Bool = false)
  /// Usage: of every command, or of one.
  case help(command: String?)

  /// The commands, in the order the usage lists them.
  public static let commands = [
    "check", "hint", "watch", "solution", "reset", "restore", "verify-sources", "help",
  ]

  /// How long one test may run, in seconds, before the workbook stops it: graded tests take
  /// well under a second, so ten is plenty for a correct answer.
  public static let defaultTimeLimit = 10

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
      let limit = try timeLimit(&rest, command: command)
      return .check(lesson: try optionalLesson(&rest, command: command), timeLimit: limit)
    case "hint":
      let all = take("--all", from: &rest)
      return .hint(exercise: try exerciseNumber(&rest, command: command), all: all)
    case "watch":
      let once = take("--once", from: &rest)
      let limit = try timeLimit(&rest, command: command)
      return .watch(lesson: try optionalLesson(&rest, command: command), once: once, timeLimit: limit)
    case "solution":
      let force = take("--force", from: &rest)
      let limit = try timeLimit(&rest, command: command)
      return .solution(exercise: try exerciseNumber(&rest, command: command), force: force, timeLimit: limit)
    case "reset":
      let yes = take("--yes", from: &rest) || take("-y", from: &rest)
      guard let target = rest.first else {
        throw UsageError("reset needs an exercise (like 2.3) or a lesson (like Lesson02)", command: command)
      }
      try expectNothingAfter(target, in: rest, command: command)
      return .reset(try resetTarget(target, command: command), skipConfirmation: yes)
    case "restore":
      let yes = take("--yes", from: &rest) || take("-y", from: &rest)
      guard let target = rest.first else {
        throw UsageError("restore needs an exercise (like 2.3) or a lesson (like Lesson02)", command: command)
      }
      let backup = rest.count > 1 ? rest[1] : nil
      try expectNothingAfter(target, in: backup == nil ? rest : [target] + rest.dropFirst(2), command: command)
      return .restore(try resetTarget(target, command: command), backup: backup, skipConfirmation: yes)
    case "verify-sources":
      let write = take("--write-stubs", from: &rest)
      let backUp = take("--back-up", from: &rest)
      try expectNothingAfter(nil, in: rest, command: command)
      if backUp && !write { throw UsageError("--back-up goes with --write-stubs", command: command) }
      return .verifySources(writeStubs: write, backUp: backUp)
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

  /// "2.3" (or "02.3") as "2.3", and "0.1" for the prologue; nil for anything else.
  public static func parseExerciseNumber(_ text: String) -> String? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let lesson = Int(parts[0]), let index = Int(parts[1]), lesson >= 0, index > 0,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    return "\(lesson).\(index)"
  }

  /// "Lesson02", "lesson2", "02" or "2" as 2, and "Lesson00" or "0" as 0, the prologue; nil
  /// for anything else.
  public static func parseLesson(_ text: String) -> Int? {
    var digits = Substring(text)
    if digits.lowercased().hasPrefix("lesson") { digits = digits.dropFirst("lesson".count) }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number >= 0
    else { return nil }
    return number
  }

  /// An exercise ("2.3") or a lesson ("Lesson02") for reset and restore.
  private static func resetTarget(_ text: String, command: String) throws -> ResetTarget {
    if let exercise = parseExerciseNumber(text) { return .exercise(exercise) }
    if let lesson = parseLesson(text) { return .lesson(lesson) }
    throw UsageError("\"\(text)\" is neither an exercise (like 2.3) nor a lesson (like Lesson02)", command: command)
  }

  /// Takes `--time-limit S` (or `--time-limit=S`): whole seconds, 1 to 3600.
  private static func timeLimit(_ arguments: inout [String], command: String) throws -> Int {
    var text: String?
    if let index = arguments.firstIndex(of: "--time-limit") {
      guard index + 1 < arguments.count else {
        throw UsageError("--time-limit needs a number of seconds, like --time-limit 30", command: command)
      }
      text = arguments[index + 1]
      arguments.removeSubrange(index...(index + 1))
    } else if let index = arguments.firstIndex(where: { $0.hasPrefix("--time-limit=") }) {
      text = String(arguments[index].dropFirst("--time-limit=".count))
      arguments.remove(at: index)
    }
    guard let text else { return defaultTimeLimit }
    guard let seconds = Int(text), (1...3600).contains(seconds) else {
      throw UsageError(
        "--time-limit \(text): give whole seconds from 1 to 3600, like --time-limit 30", command: command)
    }
    return seconds
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
