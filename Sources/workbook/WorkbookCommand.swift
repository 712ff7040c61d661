import ExerciseCatalog
import Foundation

/// `swift run workbook …`: the workbook's companion tool. For now it carries the course
/// authors' check that every lesson's stub, solution, tests and README agree.
@main
struct WorkbookCommand {
  static let usage = """
    Usage: swift run workbook verify-sources [--write-stubs]

      verify-sources   check that each lesson's stub file is generated from its solution file,
                       and that every exercise has a graded test class and a README entry
                       (for course authors: a learner's edited stubs differ on purpose)
      --write-stubs    regenerate Lessons/LessonNN/Exercises.swift from Solutions/ first
    """

  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.first == "verify-sources", arguments.count <= 2,
      arguments.count == 1 || arguments[1] == "--write-stubs"
    else {
      let help = arguments == ["--help"] || arguments == ["-h"]
      FileHandle.standardError.write(Data(((help ? "" : "error: expected a command\n\n") + usage + "\n").utf8))
      exit(help ? 0 : 2)
    }
    do {
      let root = try packageRoot()
      var problems = [String]()
      for lesson in try LessonSources.all(in: root) {
        if arguments.count == 2 {
          try lesson.source().stub().write(to: lesson.stubFile, atomically: true, encoding: .utf8)
          print("wrote \(lesson.stubFile.path)")
        }
        problems += try lesson.problems(includeStub: true).map { "\(lesson.name): \($0)" }
      }
      if problems.isEmpty {
        print("verify-sources: every lesson's stub, solution, tests and README agree")
        exit(0)
      }
      for problem in problems { print("verify-sources: \(problem)") }
      exit(1)
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      exit(1)
    }
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
