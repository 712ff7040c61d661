import WorkbookCompanion
import XCTest

final class TestRunOutputTests: XCTestCase {
  func testReadsSkipsFailuresWithTheirContinuationLinesAndPasses() {
    let output = TestRunOutput(parsing: RecordedTestOutput.skippedAndFailing, packageRoot: "/work/wb")
    XCTAssertEqual(
      output.results.map(\.className), ["Exercise0201Tests"] + Array(repeating: "Exercise0202Tests", count: 3))
    XCTAssertEqual(
      output.results[0].outcome,
      .skipped(reason: "Exercise 2.1 not attempted yet — Lessons/Lesson02/Exercises.swift:28"))
    XCTAssertEqual(
      output.results[1].outcome,
      .failed([
        TestFailure(
          location: "Tests/Lesson02Tests/Exercise0202Tests.swift:48",
          message: """
            the cost of 25 examples is 0.5000, expected 0.7473 (relative error 0.1983, allowed 1.0000e-07).
            Hint: Average the per-example losses over all m entries.
            """)
      ]))
    XCTAssertEqual(
      output.results[2].outcome,
      .failed([
        TestFailure(
          location: "Tests/Lesson02Tests/Exercise0202Tests.swift:14",
          message: "XCTAssertEqual failed: (\"0.5\") is not equal to (\"1.0\")")
      ]))
    XCTAssertEqual(
      output.results[3], TestCaseResult(className: "Exercise0202Tests", testName: "testShape", outcome: .passed))
    XCTAssertNil(output.crashedTest)
    XCTAssertEqual(output.compilerErrors, [])
    XCTAssertFalse(output.gradedReferenceSolutions)
  }

  func testACrashedTestIsNamedWithTheRuntimeMessageAndTheLearnersLine() {
    let output = TestRunOutput(parsing: RecordedTestOutput.crash, packageRoot: "/work/wb/")
    XCTAssertEqual(output.results.count, 2)
    XCTAssertEqual(output.results[0].outcome, .passed)
    XCTAssertEqual(
      output.crashedTest,
      TestCaseResult(
        className: "Exercise0201Tests", testName: "testExtremeLogitsStayFinite",
        outcome: .crashed(
          TestCrash(message: "Fatal error: Index out of range", location: "Lessons/Lesson02/Exercises.swift:28:20"))))
  }

  func testACrashWithoutABacktraceKeepsTheRuntimesOwnPlace() {
    let log = """
      Test Case 'Exercise0101Tests.testA' started at 2026-11-24 11:26:47.780
      /work/wb/Sources/WorkbookBasics/Matrix.swift:40: Fatal error: matmul: 3×2 · 3×1 — inner sizes 2 and 3 differ
      """
    let output = TestRunOutput(parsing: log, packageRoot: "/work/wb")
    XCTAssertEqual(
      output.crashedTest?.outcome,
      .crashed(
        TestCrash(
          message: "Fatal error: matmul: 3×2 · 3×1 — inner sizes 2 and 3 differ",
          location: "Sources/WorkbookBasics/Matrix.swift:40")))
  }

  func testAProcessThatStopsSilentlyStillReportsTheRunningTest() {
    let output = TestRunOutput(parsing: "Test Case 'Exercise0101Tests.testA' started at x\n", packageRoot: "/r")
    XCTAssertEqual(
      output.crashedTest?.outcome,
      .crashed(TestCrash(message: "the test process stopped without saying why", location: nil)))
  }

  func testCompilerErrorsKeepTheirExcerptAndAreNotRepeated() {
    let output = TestRunOutput(parsing: RecordedTestOutput.compilerError, packageRoot: "/work/wb")
    XCTAssertEqual(output.results, [])
    XCTAssertEqual(output.compilerErrors.count, 1)
    XCTAssertEqual(output.compilerErrors.first?.location, "Lessons/Lesson02/Exercises.swift:50:1")
    XCTAssertEqual(output.compilerErrors.first?.message, "expected expression after operator")
    XCTAssertEqual(output.compilerErrors.first?.excerpt.count, 5)
    XCTAssertEqual(output.compilerErrors.first?.excerpt[1], " 49 |   return 0.5 +")
  }

  func testReadsTheMacOSFormatAndTheSolutionsBanner() {
    let output = TestRunOutput(parsing: RecordedTestOutput.macOS, packageRoot: "/Users/me/workbook")
    XCTAssertTrue(output.gradedReferenceSolutions)
    XCTAssertEqual(
      output.results,
      [
        TestCaseResult(className: "Exercise0201Tests", testName: "testNotesEmail", outcome: .passed),
        TestCaseResult(
          className: "Exercise0202Tests", testName: "testThreeEmails",
          outcome: .failed([
            TestFailure(location: "Tests/Lesson02Tests/Exercise0202Tests.swift:24", message: "the cost is 0.5")
          ])),
      ])
  }
}
