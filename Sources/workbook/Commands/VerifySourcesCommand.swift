import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook verify-sources [--write-stubs [--back-up]]`: the course authors' check that
  /// each lesson's stub, solution, tests, README and walkthrough agree (CI runs it).
  ///
  /// `--write-stubs` regenerates the stubs, but never loses a learner's work: a file is backed
  /// up (and the backup named) before it is changed, and a file with an edited exercise (code
  /// that differs from its stub) is not written at all unless `--back-up` is given.
  func verifySources(writeStubs: Bool, backUp: Bool) throws -> Int32 {
    var problems = [String]()
    var refused = false
    for lesson in workspace.lessons {
      let sources = lesson.sources
      if writeStubs, try !writeStub(of: lesson, backUp: backUp) { refused = true }
      problems += try sources.problems(includeStub: true).map { "\(sources.name): \($0)" }
    }
    if refused {
      say("verify-sources: some stubs were not written, to keep the edits in them (see above)")
      return 1
    }
    if problems.isEmpty {
      say("verify-sources: every lesson's stub, solution, tests and README agree")
      return 0
    }
    for problem in problems { say("verify-sources: \(problem)") }
    return 1
  }

  /// Writes the stub generated from the lesson's solution over its exercise file.
  /// - Returns: false when it refused, because an exercise's code differs and `backUp` is off.
  private func writeStub(of lesson: Workspace.Lesson, backUp: Bool) throws -> Bool {
    let file = lesson.sources.stubFile
    let path = workspace.relative(file)
    let stub = try lesson.sources.source().stub()
    let current = try? String(contentsOf: file, encoding: .utf8)
    if current == stub {
      say("unchanged \(path)")
      return true
    }
    let edited = current.map { StubOverwrite.editedParts(current: $0, newStub: stub) } ?? []
    if !edited.isEmpty && !backUp {
      say(
        "refused to write \(path): the code of \(edited.joined(separator: ", ")) differs from the new stub"
          + " (an answer, or a declaration the solution changed).")
      say("  To back the file up and write it anyway: swift run workbook verify-sources --write-stubs --back-up")
      return false
    }
    if let backup = try ExerciseReplacement(file: file, source: stub).apply(stub, at: Date()) {
      say("backed up \(path) as \(workspace.relative(backup))")
      say("  (to undo: swift run workbook restore \(lesson.sources.name) \(backup.lastPathComponent))")
    }
    say("wrote \(path)")
    return true
  }
}
