import Foundation

/// What an exercise stub throws until the learner writes the answer.
///
/// The graded tests turn it into a skip, "Exercise 1.3 not attempted yet —
/// Lessons/Lesson01/Exercises.swift:57", so one unfinished exercise never hides the grades of
/// the others (a `fatalError` would stop the whole test run).
///
/// ```
/// public func predict(...) throws -> Matrix {
///   throw NotAttempted("1.1")
/// }
/// ```
public struct NotAttempted: Error, CustomStringConvertible, Sendable {
  /// The exercise number, e.g. "1.3".
  public let exercise: String
  /// The path of the stub's file, from the package's folder when it is inside one.
  public let file: String
  /// The line of the `throw` in the stub.
  public let line: Int

  /// Records which exercise is unfinished and where its stub is.
  /// - Parameters:
  ///   - exercise: the exercise number, e.g. "1.3".
  ///   - file: filled in by the compiler: the stub's file.
  ///   - line: filled in by the compiler: the stub's line.
  public init(_ exercise: String, file: StaticString = #filePath, line: UInt = #line) {
    self.exercise = exercise
    self.file = Self.packageRelative("\(file)")
    self.line = Int(line)
  }

  /// Where to go to write the answer: `Lessons/Lesson01/Exercises.swift:57`.
  public var location: String { "\(file):\(line)" }

  /// "Exercise 1.3 not attempted yet — Lessons/Lesson01/Exercises.swift:57".
  public var description: String { "Exercise \(exercise) not attempted yet — \(location)" }

  /// Cuts an absolute path down to the part from `Lessons/` or `Solutions/` on.
  static func packageRelative(_ path: String) -> String {
    for marker in ["/Lessons/", "/Solutions/"] {
      if let range = path.range(of: marker, options: .backwards) {
        return String(path[path.index(after: range.lowerBound)...])
      }
    }
    return path
  }
}
