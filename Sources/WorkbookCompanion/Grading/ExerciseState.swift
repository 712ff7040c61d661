/// Where a learner stands on one exercise, summed up from its graded tests.
public enum ExerciseState: Equatable, Sendable {
  /// Every test passed.
  case passing(tests: Int)
  /// The stub is still there: the tests were skipped as "not attempted".
  case notAttempted
  /// The exercise calls an earlier one that is not attempted yet.
  case waiting(on: String)
  /// Some tests failed; each failing test with its first failure, in the order the tests are
  /// written (simplest first).
  case failing([FailedTest], of: Int)
  /// A test stopped the process, with what the runtime said and where.
  case crashed(test: String, TestCrash)
  /// A test ran past its time limit and was stopped (an endless loop?), with where it was.
  case timedOut(test: String, TestTimeout)
  /// No test of it ran: the code did not compile, or the check did not get that far.
  case notGraded

  /// One failing test: its name and its first failed assertion.
  public struct FailedTest: Equatable, Sendable {
    /// The test method, e.g. "testNotesEmail".
    public let test: String
    /// Its first failure.
    public let failure: TestFailure

    /// A failing `test` with its first `failure`.
    public init(test: String, failure: TestFailure) {
      self.test = test
      self.failure = failure
    }
  }

  /// True only when every test passed.
  public var isPassing: Bool { if case .passing = self { true } else { false } }

  /// True when something is wrong that the learner must fix (failing, crashed or stopped).
  public var needsFixing: Bool {
    switch self {
    case .failing, .crashed, .timedOut: true
    default: false
    }
  }

  /// Where a crash happened or a stopped test was, when known.
  public var location: String? {
    switch self {
    case .crashed(_, let crash): crash.location
    case .timedOut(_, let timeout): timeout.location
    default: nil
    }
  }

  /// The state of `exercise` from the results of its test class (other results are ignored).
  ///
  /// A crash or a stopped test wins over failures, failures over "not attempted", "not
  /// attempted" over "waiting for an earlier exercise"; an exercise is passing only when every
  /// test passed.
  /// - Parameters:
  ///   - exercise: the exercise, e.g. 2.3.
  ///   - results: test results of a run (any classes).
  ///   - order: the test methods of its class in the order they are written; failing tests
  ///     are listed in that order (XCTest runs them alphabetically). Tests not in it go last.
  public init(of exercise: Exercise, from results: [TestCaseResult], order: [String] = []) {
    let own = results.filter { $0.className == exercise.testClassName }
    guard !own.isEmpty else {
      self = .notGraded
      return
    }
    var failed = [FailedTest]()
    var notAttempted = false
    var waitingOn: String?
    for result in own {
      switch result.outcome {
      case .crashed(let crash):
        self = .crashed(test: result.testName, crash)
        return
      case .timedOut(let timeout):
        self = .timedOut(test: result.testName, timeout)
        return
      case .failed(let failures):
        failed.append(
          FailedTest(test: result.testName, failure: failures.first ?? TestFailure(location: "", message: "")))
      case .skipped(let reason):
        if let other = Self.exerciseWaitedOn(in: reason), other != exercise.number {
          waitingOn = waitingOn ?? other
        } else {
          notAttempted = true
        }
      case .passed:
        break
      }
    }
    if !failed.isEmpty {
      let position = { (test: String) in order.firstIndex(of: test) ?? order.count }
      let sorted = failed.enumerated().sorted {
        (position($0.element.test), $0.offset) < (position($1.element.test), $1.offset)
      }
      self = .failing(sorted.map(\.element), of: own.count)
    } else if notAttempted {
      self = .notAttempted
    } else if let waitingOn {
      self = .waiting(on: waitingOn)
    } else {
      self = .passing(tests: own.count)
    }
  }

  /// "Exercise 4.3 uses exercise 4.1, which is not attempted yet — …" → "4.1".
  static func exerciseWaitedOn(in reason: String) -> String? {
    guard let range = reason.range(of: " uses exercise ") else { return nil }
    let number = reason[range.upperBound...].prefix { $0.isNumber || $0 == "." }
    return number.isEmpty ? nil : String(number)
  }
}
