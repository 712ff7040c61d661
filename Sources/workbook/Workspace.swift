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

  /// Where a stopped test was, in words: "at Lessons/Lesson01/Exercises.swift:45:3", or, when
  /// the backtrace had only the function ("Lessons/…/Exercises.swift (in meanSquaredError(…))"),
  /// "inside meanSquaredError(…), which starts at Lessons/Lesson01/Exercises.swift:43".
  func describe(stoppedAt location: String) -> String {
    guard let open = location.range(of: " (in "), location.hasSuffix(")") else { return "at \(location)" }
    let path = String(location[..<open.lowerBound])
    let function = String(location[open.upperBound...].dropLast())
    let name = function.prefix { $0 != "(" }
    let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard !name.isEmpty, let index = lines.firstIndex(where: { $0.contains("func \(name)(") }) else {
      return "inside \(function), in \(path)"
    }
    return "inside \(function), which starts at \(path):\(index + 1)"
  }

  /// The exercise files `swift test` grades that are missing, relative to the root.
  var missingExerciseFiles: [String] {
    lessons.map { lesson in lesson.sources.gradedFile(gradingSolutions: gradingSolutions) }
      .filter { !FileManager.default.fileExists(atPath: $0.path) }
      .map(relative)
  }

  /// The order the graded tests of every lesson are written in.
  var testOrder: TestMethodOrder { TestMethodOrder(inFolders: lessons.map(\.sources.testsFolder)) }

  /// Where `workbook hint` keeps the hints seen (in the build folder, never in Lessons/).
  var hintProgressFile: URL { root.appendingPathComponent(".build/workbook-hints.txt") }

  /// The folder of the debug build inside the scratch path.
  var debugFolder: URL { scratchPath.appendingPathComponent("debug") }

  /// The test process the build made (`…PackageTests.xctest`), or nil before a build.
  var testBinary: URL? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: debugFolder.path)) ?? []
    return names.first { $0.hasSuffix("PackageTests.xctest") }.map { debugFolder.appendingPathComponent($0) }
  }

  /// Makes the next build plan again and compile `modules` ("Lesson02Exercises") again: removes
  /// SwiftPM's plan (`debug.yaml`) and the modules' compiled files. The learner's files are not
  /// touched, and everything else is still reused.
  func forgetBuildPlan(recompiling modules: [String]) {
    let manager = FileManager.default
    try? manager.removeItem(at: scratchPath.appendingPathComponent("debug.yaml"))
    let compiled: Set<String> = ["o", "d", "dia", "swiftdeps", "swiftmodule", "swiftdoc", "swiftsourceinfo"]
    for module in modules {
      let folder = debugFolder.appendingPathComponent("\(module).build")
      for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
      where compiled.contains((name as NSString).pathExtension) {
        try? manager.removeItem(at: folder.appendingPathComponent(name))
      }
      try? manager.removeItem(at: debugFolder.appendingPathComponent("Modules/\(module).swiftmodule"))
    }
  }

  /// What to say when another SwiftPM (process `holder`) holds the build folder's lock.
  func lockNotice(holder: Int32) -> String {
    let command = Self.commandLine(of: holder).map { "\n  \($0)" } ?? ""
    return """
      Another SwiftPM (PID \(holder)) is using \(relative(scratchPath)):\(command)
      This check waits until it ends. If it is not a build or check of yours that is still
      running (in another terminal, or left over from one that was stopped), stop it with
        kill \(holder)
      and this check goes on by itself. Ctrl-C stops this check.
      """
  }

  /// The command line of process `pid`, shortened to 76 characters, where the system tells it
  /// (Linux's /proc); nil elsewhere.
  static func commandLine(of pid: Int32) -> String? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
    let text = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    return text.count > 76 ? String(text.prefix(75)) + "…" : text
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
