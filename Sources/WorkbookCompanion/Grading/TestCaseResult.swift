/// One graded test's outcome, as read from the output of `swift test`.
public struct TestCaseResult: Equatable, Sendable {
  /// The XCTestCase class, e.g. "Exercise0202Tests".
  public let className: String
  /// The test method, e.g. "testNotesEmail".
  public let testName: String
  /// How it ended.
  public var outcome: TestOutcome

  /// A result for `className.testName`.
  public init(className: String, testName: String, outcome: TestOutcome) {
    self.className = className
    self.testName = testName
    self.outcome = outcome
  }
}

/// How a test ended.
public enum TestOutcome: Equatable, Sendable {
  /// Every assertion held.
  case passed
  /// At least one assertion failed (or the exercise threw an error).
  case failed([TestFailure])
  /// Skipped, with XCTSkip's reason: "Exercise 2.1 not attempted yet — Lessons/…:28".
  case skipped(reason: String)
  /// The test process stopped inside this test: a trap such as an index out of range.
  case crashed(TestCrash)
  /// The test ran past its time limit (an endless loop?) and the workbook stopped it.
  case timedOut(TestTimeout)
}

/// One failed assertion: where in the test it is and what it says.
public struct TestFailure: Equatable, Sendable {
  /// "Tests/Lesson02Tests/Exercise0202Tests.swift:14".
  public let location: String
  /// The message, possibly over several lines (the grading helpers add a "Hint:" line).
  public let message: String

  /// A failure at `location` saying `message`.
  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }
}

/// A crash inside a test: what the runtime said and the exercise line it came from.
public struct TestCrash: Equatable, Sendable {
  /// "Fatal error: Index out of range", or the backtracer's "Program crashed: …" line.
  public let message: String
  /// The first place in an exercise file (or, failing that, any package file) on the crashed
  /// thread's backtrace, e.g. "Lessons/Lesson02/Exercises.swift:28:20"; nil when unknown.
  public let location: String?

  /// A crash saying `message` at `location`.
  public init(message: String, location: String?) {
    self.message = message
    self.location = location
  }
}

/// A test that the workbook stopped because it ran past its time limit.
public struct TestTimeout: Equatable, Sendable {
  /// The limit it ran past, in seconds.
  public let limit: Int
  /// Where it was when it was stopped: the first place in an exercise file (or, failing
  /// that, any package file) on its backtrace; nil when no backtrace could be taken.
  public let location: String?

  /// A test stopped after `limit` seconds at `location`.
  public init(limit: Int, location: String?) {
    self.limit = limit
    self.location = location
  }
}

/// An error from the compiler, with the source lines it shows under it.
public struct CompilerError: Equatable, Sendable {
  /// "Lessons/Lesson02/Exercises.swift:50:1".
  public let location: String
  /// "expected expression after operator".
  public let message: String
  /// The excerpt the compiler prints under the error (numbered source lines and a marker).
  public let excerpt: [String]

  /// An error at `location` saying `message`, with the compiler's `excerpt`.
  public init(location: String, message: String, excerpt: [String]) {
    self.location = location
    self.message = message
    self.excerpt = excerpt
  }
}
