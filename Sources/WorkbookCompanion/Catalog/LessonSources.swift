import Foundation

/// The files of one lesson in a checkout of the workbook, and the checks that keep them in
/// step: the stub is generated from the solution, every exercise has its test class and a
/// line in the lesson's README, and every test class grades an exercise.
public struct LessonSources: Sendable {
  /// The lesson's folder name, e.g. "Lesson01".
  public let name: String
  /// The package's root folder.
  public let root: URL

  /// The lesson `name` inside the package at `root`.
  public init(name: String, root: URL) {
    self.name = name
    self.root = root
  }

  /// The lesson's number: 2 for "Lesson02".
  public var number: Int { Int(name.dropFirst("Lesson".count)) ?? 0 }

  /// The title from the first line of the lesson's README ("# Lesson 2 · Title"), or the
  /// folder name when there is none.
  public func title() -> String {
    let readme = (try? String(contentsOf: readmeFile, encoding: .utf8)) ?? ""
    let heading = readme.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
    guard heading.hasPrefix("# ") else { return name }
    return String(heading.dropFirst(2)).trimmingSpaces()
  }

  /// The exercise file that `swift test` grades: the learner's stubs, or the reference
  /// answers when `WORKBOOK_SOLUTIONS=1`.
  public func gradedFile(gradingSolutions: Bool) -> URL { gradingSolutions ? solutionFile : stubFile }

  /// Every lesson that has a Solutions folder, in order.
  public static func all(in root: URL) throws -> [LessonSources] {
    let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Solutions").path)
    return folders.filter { $0.hasPrefix("Lesson") }.sorted().map { LessonSources(name: $0, root: root) }
  }

  /// `Solutions/LessonNN/Exercises.swift`: the reference answers, the one source.
  public var solutionFile: URL { root.appendingPathComponent("Solutions/\(name)/Exercises.swift") }
  /// `Lessons/LessonNN/Exercises.swift`: the learner's stubs.
  public var stubFile: URL { root.appendingPathComponent("Lessons/\(name)/Exercises.swift") }
  /// `Lessons/LessonNN/README.md`.
  public var readmeFile: URL { root.appendingPathComponent("Lessons/\(name)/README.md") }
  /// `Tests/LessonNNTests`: the graded tests.
  public var testsFolder: URL { root.appendingPathComponent("Tests/\(name)Tests") }

  /// The parsed solution file.
  public func source() throws -> ExerciseSource {
    do {
      return try ExerciseSource(parsing: try String(contentsOf: solutionFile, encoding: .utf8))
    } catch let error as ExerciseSourceError {
      throw ExerciseSourceError(line: error.line, reason: "\(solutionFile.path): \(error.reason)")
    }
  }

  /// Every way the lesson's files disagree; empty when they are in step.
  /// - Parameter includeStub: also require the stub file to equal the generated stub (true
  ///   for the course's own checkout; a learner's edited stubs differ, as they should).
  public func problems(includeStub: Bool) throws -> [String] {
    let source = try source()
    var problems = [String]()
    if includeStub {
      let stub = (try? String(contentsOf: stubFile, encoding: .utf8)) ?? ""
      if stub != source.stub() {
        let answered = ExerciseBackups.answeredExercises(in: stub)
        if answered.isEmpty {
          problems.append(
            "Lessons/\(name)/Exercises.swift is not the stub generated from Solutions/\(name)/Exercises.swift"
              + " (course authors: swift run workbook verify-sources --write-stubs)")
        } else {
          problems.append(
            "Lessons/\(name)/Exercises.swift holds answers to \(answered.joined(separator: ", ")):"
              + " in a learner's copy that is as it should be (this check is for the course's own repository)")
        }
      }
    }
    let testClasses = try Self.testClassNames(in: testsFolder)
    let readme = (try? String(contentsOf: readmeFile, encoding: .utf8)) ?? ""
    for exercise in source.exercises {
      if !testClasses.contains(exercise.testClassName) {
        problems.append(
          "exercise \(exercise.number) (\(exercise.title)) has no test class \(exercise.testClassName) in Tests/\(name)Tests"
        )
      }
      if !readme.contains("\(exercise.number) · \(exercise.title)") {
        problems.append("Lessons/\(name)/README.md does not list \"\(exercise.number) · \(exercise.title)\"")
      }
    }
    problems += try walkthroughProblems(source.exercises)
    let expected = Set(source.exercises.map(\.testClassName))
    for name in testClasses.sorted() where !expected.contains(name) {
      problems.append("test class \(name) in Tests/\(self.name)Tests grades no exercise of the solution file")
    }
    return problems
  }

  /// `Sources/LessonNN`: the walkthrough, whose "Your turn" section lists the exercises.
  public var walkthroughFolder: URL { root.appendingPathComponent("Sources/\(name)") }

  /// How the walkthrough's list of exercises ("N.M · Title" strings) differs from `exercises`.
  func walkthroughProblems(_ exercises: [Exercise]) throws -> [String] {
    var listed = Set<String>()
    let files = (try? FileManager.default.contentsOfDirectory(atPath: walkthroughFolder.path)) ?? []
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: walkthroughFolder.appendingPathComponent(file), encoding: .utf8)
      listed.formUnion(Self.quotedExercises(in: text, lesson: number))
    }
    let expected = exercises.map { "\($0.number) · \($0.title)" }
    var problems = expected.filter { !listed.contains($0) }.map {
      "the walkthrough (Sources/\(name)) does not list \"\($0)\" in its \"Your turn\" section"
    }
    problems += listed.subtracting(expected).sorted().map {
      "the walkthrough (Sources/\(name)) lists \"\($0)\", which is not an exercise of the solution file"
    }
    return problems
  }

  /// The string literals of the form "N.M · Title" for lesson `lesson` in Swift source.
  static func quotedExercises(in text: String, lesson: Int) -> Set<String> {
    var found = Set<String>()
    for piece in text.split(separator: "\"").dropFirst().enumerated() where piece.offset.isMultiple(of: 2) {
      let literal = piece.element
      let number = literal.prefix { $0.isNumber || $0 == "." }
      guard number.hasPrefix("\(lesson)."), literal.dropFirst(number.count).hasPrefix(" · ") else { continue }
      found.insert(String(literal))
    }
    return found
  }

  /// The `ExerciseNNNNTests` classes declared in a folder's Swift files.
  static func testClassNames(in folder: URL) throws -> Set<String> {
    Set(TestMethodOrder(inFolders: [folder]).methods.keys)
  }
}
