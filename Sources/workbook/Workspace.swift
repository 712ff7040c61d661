import Foundation
import WorkbookCompanion

/// The checkout the workbook runs in: its lessons with their exercises, and whether the
/// reference solutions are being graded instead of the learner's files.
struct Workspace {
  /// One lesson, with its exercises read from its solution file.
  struct Lesson {
    /// Its files.
    let sources: LessonSources
    /// "Lesson 2 · Logistic regression and dz = a − y".
    let title: String
    /// Its exercises, in order.
    let exercises: [Exercise]

    /// 2 for Lesson02.
    var number: Int { sources.number }
  }

  /// The package's folder.
  let root: URL
  /// Every lesson with a Solutions folder, in order.
  let lessons: [Lesson]
  /// True under `WORKBOOK_SOLUTIONS=1`: `swift test` grades Solutions/, not Lessons/.
  let gradingSolutions: Bool

  /// The workspace around the current folder.
  static func load() throws -> Workspace {
    let root = try packageRoot()
    let lessons = try LessonSources.all(in: root).map { sources in
      Lesson(sources: sources, title: sources.title(), exercises: try sources.source().exercises)
    }
    let solutions = ProcessInfo.processInfo.environment["WORKBOOK_SOLUTIONS"] == "1"
    return Workspace(root: root, lessons: lessons, gradingSolutions: solutions)
  }

  /// Every exercise of every lesson, in order.
  var allExercises: [Exercise] { lessons.flatMap(\.exercises) }

  /// Lesson `number`, or a usage error naming the lessons there are.
  func lesson(_ number: Int) throws -> Lesson {
    guard let lesson = lessons.first(where: { $0.number == number }) else {
      throw UsageError("there is no lesson \(number): the lessons are \(lessonRange)", command: nil)
    }
    return lesson
  }

  /// Exercise `number` ("2.3") and its lesson, or a usage error naming the lesson's exercises.
  func exercise(_ number: String) throws -> (lesson: Lesson, exercise: Exercise) {
    let lessonNumber = Int(number.split(separator: ".").first ?? "") ?? 0
    let lesson = try lesson(lessonNumber)
    guard let exercise = lesson.exercises.first(where: { $0.number == number }) else {
      let first = lesson.exercises.first?.number ?? "?"
      let last = lesson.exercises.last?.number ?? "?"
      throw UsageError("there is no exercise \(number): lesson \(lessonNumber) has \(first) to \(last)", command: nil)
    }
    return (lesson, exercise)
  }

  /// The file `swift test` grades for `lesson`, relative to the root.
  func gradedPath(of lesson: Lesson) -> String {
    relative(lesson.sources.gradedFile(gradingSolutions: gradingSolutions))
  }

  /// The exercises' places in the graded file as it is now.
  func regions(of lesson: Lesson) -> ExerciseRegions {
    let file = lesson.sources.gradedFile(gradingSolutions: gradingSolutions)
    return ExerciseRegions(in: (try? String(contentsOf: file, encoding: .utf8)) ?? "")
  }

  /// "Lessons/Lesson02/Exercises.swift:64", the line to edit for `exercise`.
  func placeToEdit(_ exercise: Exercise, in lesson: Lesson) -> String {
    let line = regions(of: lesson).lineToEdit(for: exercise.number)
    return gradedPath(of: lesson) + (line.map { ":\($0)" } ?? "")
  }

  /// The folder `swift test` builds into for the workbook: separate from `.build`, so that
  /// running it from inside `swift run workbook` can never wait on the outer build's lock.
  var scratchPath: URL {
    root.appendingPathComponent(gradingSolutions ? ".build/workbook-solutions" : ".build/workbook")
  }

  /// A path under the root, relative to it.
  func relative(_ url: URL) -> String {
    let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
    return url.path.hasPrefix(prefix) ? String(url.path.dropFirst(prefix.count)) : url.path
  }

  private var lessonRange: String {
    guard let first = lessons.first, let last = lessons.last else { return "none yet" }
    return first.number == last.number ? "\(first.number)" : "\(first.number) to \(last.number)"
  }

  /// The nearest folder at or above the current one that holds a Package.swift.
  static func packageRoot() throws -> URL {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while true {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path {
        throw ExerciseSourceError(
          line: 0, reason: "no Package.swift here or above: run this inside the workbook's folder")
      }
      folder = parent
    }
  }
}
