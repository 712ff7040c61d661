import Foundation

/// The test methods of each graded test class in the order they are written. The graded
/// tests go from simple to hard (the shape before the values, the notes' example before
/// random data), but XCTest runs them in alphabetical order: `check` shows the first failing
/// test in this order instead, so that the first message is about the simplest mistake.
public struct TestMethodOrder: Equatable, Sendable {
  /// Test class name → its `test…` methods, in file order (every `ExerciseNNMMTests` class
  /// found is a key, even one without tests).
  public let methods: [String: [String]]

  /// Reads the `final class ExerciseNNMMTests` classes and their `func test…()` methods in
  /// Swift source.
  /// - Parameter texts: the contents of the test files.
  public init(parsing texts: [String]) {
    var methods = [String: [String]]()
    for text in texts {
      var currentClass: String?
      for line in text.split(separator: "\n") where !line.drop(while: { $0 == " " }).hasPrefix("//") {
        let words = line.split(separator: " ")
        if let index = words.firstIndex(where: { Self.typeKeywords.contains($0) }), index + 1 < words.count {
          let name = words[index + 1].prefix { $0.isLetter || $0.isNumber }
          currentClass = name.hasPrefix("Exercise") && name.hasSuffix("Tests") ? String(name) : nil
          if let currentClass { methods[currentClass, default: []] += [] }
        } else if let currentClass, let index = words.firstIndex(of: "func"), index + 1 < words.count {
          let name = words[index + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
          if name.hasPrefix("test") { methods[currentClass, default: []].append(String(name)) }
        }
      }
    }
    self.methods = methods
  }

  /// The order of the tests in lessons' test folders (`Tests/LessonNNTests`).
  public init(inFolders folders: [URL]) {
    self.init(
      parsing: folders.flatMap { folder in
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return files.filter { $0.hasSuffix(".swift") }.compactMap {
          try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
      })
  }

  /// The words that open a type (or an extension of one): a new one ends the previous class.
  static let typeKeywords: Set<Substring> = ["class", "struct", "enum", "extension", "actor", "protocol"]

  /// The methods of `className` in file order (empty when unknown).
  public func order(of className: String) -> [String] { methods[className] ?? [] }
}
