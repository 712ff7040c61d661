import Foundation
import WorkbookCompanion

extension Companion {
  /// `workbook verify-sources [--write-stubs]`: the course authors' check that each lesson's
  /// stub, solution, tests, README and walkthrough agree (CI runs it).
  func verifySources(writeStubs: Bool) throws -> Int32 {
    var problems = [String]()
    for lesson in workspace.lessons {
      let sources = lesson.sources
      if writeStubs {
        try sources.source().stub().write(to: sources.stubFile, atomically: true, encoding: .utf8)
        print("wrote \(workspace.relative(sources.stubFile))")
      }
      problems += try sources.problems(includeStub: true).map { "\(sources.name): \($0)" }
    }
    if problems.isEmpty {
      print("verify-sources: every lesson's stub, solution, tests and README agree")
      return 0
    }
    for problem in problems { print("verify-sources: \(problem)") }
    return 1
  }
}
