import WorkbookBasics
import XCTest

/// Runs an exercise's code inside a graded test. A stub's `NotAttempted` becomes a skip that
/// names the line to edit; anything else the code throws fails the test as usual.
///
/// ```
/// let P = try attempt("1.1") { try Lesson01Exercises.predict(X, weights: W, bias: b) }
/// ```
/// - Parameters:
///   - exercise: the number of the exercise being graded, e.g. "1.3".
///   - file: filled in by the compiler: the test's file, where a skip is reported.
///   - line: filled in by the compiler: the test's line.
///   - body: the call into the learner's code.
/// - Returns: what `body` returns.
/// - Throws: `XCTSkip` when the exercise (or one it relies on) is not attempted yet;
///   `ExerciseThrew` when its code throws any other error.
public func attempt<T>(
  _ exercise: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
) throws -> T {
  GradingMode.announce()
  do {
    return try body()
  } catch let unfinished as NotAttempted {
    if unfinished.exercise == exercise {
      throw XCTSkip("Exercise \(exercise) not attempted yet — \(unfinished.location)", file: file, line: line)
    }
    throw XCTSkip(
      "Exercise \(exercise) uses exercise \(unfinished.exercise), which is not attempted yet — \(unfinished.location)",
      file: file, line: line)
  } catch {
    throw ExerciseThrew(exercise: exercise, error: error)
  }
}

/// An exercise's code threw an error that is not `NotAttempted`: the test fails, naming the
/// exercise and the error.
public struct ExerciseThrew: Error, CustomStringConvertible {
  /// The exercise being graded.
  public let exercise: String
  /// What its code threw.
  public let error: any Error

  /// "Exercise 1.7 threw an error: …".
  public var description: String {
    "Exercise \(exercise) threw an error: \(error)\nHint: this input has a valid answer; "
      + "look for a `throw` or an error passed on with `try` that should not happen here."
  }
}

/// Which files are being graded: the learner's `Lessons/` or the reference `Solutions/`.
public enum GradingMode {
  /// True when the package was built with `WORKBOOK_SOLUTIONS=1`.
  public static var gradingSolutions: Bool {
    #if WORKBOOK_SOLUTIONS
      return true
    #else
      return false
    #endif
  }

  private static let banner: Void = {
    if gradingSolutions {
      print("── Grading the reference solutions in Solutions/ (WORKBOOK_SOLUTIONS=1), not your files ──")
    }
  }()

  /// Prints, once per test run, a banner when the reference solutions are being graded.
  static func announce() { _ = banner }
}
