/// What one run of the tests reported, read from the combined output of the build and the
/// test process: each graded test's outcome (including one that crashed the process or ran
/// past its time limit), the compiler's errors when the build failed, and whether the
/// reference solutions were graded.
///
/// It reads XCTest's plain-text log, on Linux (`Test Case 'Class.test' passed (…)`) and on
/// macOS (`Test Case '-[Module.Class test]' passed (…)`).
public struct TestRunOutput: Sendable {
  /// The tests that ran, in order. A test that was running when the process stopped is
  /// `.crashed`, or `.timedOut` when the workbook stopped it for its time limit.
  public private(set) var results: [TestCaseResult] = []
  /// The compiler's errors (none when the build succeeded).
  public private(set) var compilerErrors: [CompilerError] = []
  /// True when the run printed the "grading the reference solutions" banner.
  public private(set) var gradedReferenceSolutions = false

  /// The test that stopped the process (a crash, or its time limit), if one did.
  public var stoppedTest: TestCaseResult? {
    results.first {
      switch $0.outcome {
      case .crashed, .timedOut: true
      default: false
      }
    }
  }

  /// Parses the output of a build or a test run.
  /// - Parameters:
  ///   - output: stdout and stderr together, as printed.
  ///   - packageRoot: the package's folder; paths under it are shown relative to it.
  ///   - timeLimit: set when the workbook stopped the process because the running test ran
  ///     past this many seconds: that test is then `.timedOut`, not `.crashed`.
  public init(parsing output: String, packageRoot: String, stoppedAfter timeLimit: Int? = nil) {
    var parser = TestLogParser(root: packageRoot.hasSuffix("/") ? packageRoot : packageRoot + "/")
    for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
      parser.read(String(line.hasSuffix("\r") ? line.dropLast() : line))
    }
    parser.finish(timeLimit: timeLimit)
    results = parser.results
    compilerErrors = parser.compilerErrors
    gradedReferenceSolutions = parser.sawBanner
  }
}

/// The line-by-line reader behind `TestRunOutput`.
struct TestLogParser {
  let root: String
  var results = [TestCaseResult]()
  var compilerErrors = [CompilerError]()
  var sawBanner = false

  /// The test that has started and not finished, as named in the log, with what it said.
  var running: (name: String, className: String, testName: String)?
  var failures = [TestFailure]()
  var skipReason: String?
  var crashMessage: String?
  var crashLocation: String?
  /// True once the backtrace reaches its register dump, whose memory previews can contain
  /// any text (even "Fatal error: fai"): nothing after it is read as the crash's message.
  var pastFrames = false
  /// Where continuation lines go: a failure's message or a compiler error's excerpt.
  var continuing: Continuation = .none

  enum Continuation { case none, failure, excerpt }

  init(root: String) { self.root = root }

  mutating func read(_ line: String) {
    if line.hasPrefix("Test Case '") {
      continuing = .none
      readTestCaseLine(line)
      return
    }
    if line.contains("Grading the reference solutions") { sawBanner = true }
    if let running, readTestReport(line, name: running.name) { return }
    if running != nil, readCrashLine(line) {
      continuing = .none
      return
    }
    if readCompilerError(line) { return }
    switch continuing {
    case .failure where !line.hasPrefix("Test Suite '") && !line.hasPrefix("\t Executed"):
      let last = failures.removeLast()
      failures.append(TestFailure(location: last.location, message: last.message + "\n" + line))
    case .excerpt where Self.isExcerptLine(line):
      let last = compilerErrors.removeLast()
      compilerErrors.append(
        CompilerError(location: last.location, message: last.message, excerpt: last.excerpt + [line]))
    default:
      continuing = .none
    }
  }

  mutating func finish(timeLimit: Int?) {
    if let running {
      let outcome: TestOutcome
      if let timeLimit {
        outcome = .timedOut(TestTimeout(limit: timeLimit, location: crashLocation))
      } else {
        outcome = .crashed(
          TestCrash(message: crashMessage ?? "the test process stopped without saying why", location: crashLocation))
      }
      results.append(TestCaseResult(className: running.className, testName: running.testName, outcome: outcome))
    }
    running = nil
  }

  /// `Test Case 'NAME' started …` and `Test Case 'NAME' passed|failed|skipped (…)`.
  mutating func readTestCaseLine(_ line: String) {
    let afterQuote = line.dropFirst("Test Case '".count)
    guard let close = afterQuote.firstIndex(of: "'") else { return }
    let name = String(afterQuote[..<close])
    let status = afterQuote[afterQuote.index(after: close)...].trimmingPrefixSpaces()
    if status.hasPrefix("started") {
      let (className, testName) = Self.split(testCaseName: name)
      running = (name, className, testName)
      failures = []
      skipReason = nil
      crashMessage = nil
      crashLocation = nil
      pastFrames = false
      return
    }
    guard let current = running, current.name == name else { return }
    let outcome: TestOutcome
    if status.hasPrefix("passed") {
      outcome = .passed
    } else if status.hasPrefix("skipped") {
      outcome = .skipped(reason: skipReason ?? "skipped")
    } else {
      outcome = .failed(failures.isEmpty ? [TestFailure(location: "", message: "the test failed")] : failures)
    }
    results.append(TestCaseResult(className: current.className, testName: current.testName, outcome: outcome))
    running = nil
  }

  /// `PATH:LINE: error: NAME : MESSAGE` (a failed assertion) and
  /// `PATH:LINE: NAME : Test skipped - REASON`.
  mutating func readTestReport(_ line: String, name: String) -> Bool {
    if let range = line.range(of: ": error: \(name) : ") {
      var message = String(line[range.upperBound...])
      if message.hasPrefix("failed - ") { message = String(message.dropFirst("failed - ".count)) }
      failures.append(TestFailure(location: relative(String(line[..<range.lowerBound])), message: message))
      continuing = .failure
      return true
    }
    if let range = line.range(of: ": \(name) : Test skipped") {
      var reason = line[range.upperBound...]
      if reason.hasPrefix(" - ") { reason = reason.dropFirst(3) }
      skipReason = String(reason)
      continuing = .none
      return true
    }
    return false
  }

  /// The runtime's last words (`…: Fatal error: …`, `Precondition failed`, the backtracer's
  /// `*** Program crashed: … ***` or `*** Swift runtime failure: … ***`) and the backtrace's frames (`… at /path/File.swift:28:20`).
  /// The first message wins; the register dump and the list of images after the frames are
  /// skipped.
  mutating func readCrashLine(_ line: String) -> Bool {
    if pastFrames { return true }
    if line == "Registers:" || line.hasPrefix("Images (") {
      pastFrames = true
      return true
    }
    if let (message, place) = Self.runtimeMessage(in: line) {
      if crashMessage == nil { crashMessage = message }
      if let place, !place.hasPrefix("Swift/"), crashLocation == nil { crashLocation = relative(place) }
      return true
    }
    // The backtracer's heading: "*** Program crashed: Illegal instruction at 0x… ***", or for
    // a trap with no message of its own, "*** Swift runtime failure: arithmetic overflow ***".
    if line.hasPrefix("*** Program crashed: ") || line.hasPrefix("*** Swift runtime failure: ") {
      if crashMessage == nil {
        crashMessage = String(line.dropFirst(4).prefix { $0 != "*" }).trimmingSpaces()
      }
      return true
    }
    if line.contains(" 0x"), let range = line.range(of: " at /", options: .backwards) {
      let path = "/" + line[range.upperBound...]
      if path.hasPrefix(root), isLibrary(crashLocation) {
        var place = relative(path)
        // A frame on an instruction without a line (seen in endless loops) names its function.
        if !place.contains(":"), let function = Self.frameFunction(in: line) { place += " (in \(function))" }
        if place.hasPrefix("Lessons/") || place.hasPrefix("Solutions/") || crashLocation == nil {
          crashLocation = place
        }
      }
      return true
    }
    return false
  }

  /// The message of a runtime error line, and the place it names: `Fatal error: …` at the
  /// start of the line, or after `PATH:LINE: ` (`Swift/ContiguousArrayBuffer.swift:692: Fatal
  /// error: Index out of range`). Anything else that merely contains the words is not one.
  static func runtimeMessage(in line: String) -> (message: String, place: String?)? {
    for kind in ["Fatal error:", "Precondition failed:", "Assertion failed:"] {
      guard let range = line.range(of: kind) else { continue }
      let before = String(line[..<range.lowerBound]).trimmingSpaces()
      let message = String(line[range.lowerBound...])
      if before.isEmpty { return (message, nil) }
      let parts = before.split(separator: ":", omittingEmptySubsequences: false)
      guard before.hasSuffix(":"), parts.count >= 3, Int(parts[parts.count - 2]) != nil else { continue }
      return (message, String(before.dropLast()))
    }
    return nil
  }

  /// The function of a backtrace frame: `  0   0x000055… softmax(_:) + 110 in Tests.xctest at …`
  /// → "softmax(_:)".
  static func frameFunction(in line: String) -> String? {
    guard let address = line.range(of: " 0x") else { return nil }
    let afterAddress = line[address.upperBound...].drop { $0.isHexDigit }.drop { $0 == " " }
    guard let plus = afterAddress.range(of: " + ") else { return nil }
    let function = afterAddress[..<plus.lowerBound]
    return function.isEmpty ? nil : String(function)
  }

  /// `PATH:LINE:COLUMN: error: MESSAGE`, as the compiler prints it.
  mutating func readCompilerError(_ line: String) -> Bool {
    guard line.hasPrefix("/"), let range = line.range(of: ": error: ") else { return false }
    let place = line[..<range.lowerBound]
    let parts = place.split(separator: ":")
    guard parts.count >= 3, parts.suffix(2).allSatisfy({ Int($0) != nil }), place.hasSuffix(parts.last ?? "")
    else { return false }
    let error = CompilerError(
      location: relative(String(place)), message: String(line[range.upperBound...]), excerpt: [])
    if compilerErrors.contains(where: { $0.location == error.location && $0.message == error.message }) {
      continuing = .none
    } else {
      compilerErrors.append(error)
      continuing = .excerpt
    }
    return true
  }

  /// A line of the compiler's source excerpt: ` 49 |   return 0.5 +` or `    | `- error: …`.
  static func isExcerptLine(_ line: String) -> Bool {
    let start = line.drop { $0 == " " || $0.isNumber }
    return start.hasPrefix("|") && line.count > start.count
  }

  /// "Exercise0201Tests.testX" (Linux) or "-[Lesson02Tests.Exercise0201Tests testX]" (macOS).
  static func split(testCaseName name: String) -> (className: String, testName: String) {
    if name.hasPrefix("-["), name.hasSuffix("]") {
      let parts = name.dropFirst(2).dropLast().split(separator: " ", maxSplits: 1)
      let className = parts.first.map { $0.split(separator: ".").last.map(String.init) ?? String($0) } ?? name
      return (className, parts.count > 1 ? String(parts[1]) : "")
    }
    let parts = name.split(separator: ".")
    guard parts.count >= 2 else { return (name, "") }
    return (String(parts[parts.count - 2]), String(parts[parts.count - 1]))
  }

  func relative(_ path: String) -> String { path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path }

  func isLibrary(_ location: String?) -> Bool {
    guard let location else { return true }
    return !location.hasPrefix("Lessons/") && !location.hasPrefix("Solutions/")
  }
}
