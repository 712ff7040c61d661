import XCTest

@testable import WorkbookCompanion

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
    XCTAssertNil(output.stoppedTest)
    XCTAssertEqual(output.compilerErrors, [])
    XCTAssertFalse(output.gradedReferenceSolutions)
  }

  func testACrashedTestIsNamedWithTheRuntimeMessageAndTheLearnersLine() {
    let output = TestRunOutput(parsing: RecordedTestOutput.crash, packageRoot: "/work/wb/")
    XCTAssertEqual(output.results.count, 2)
    XCTAssertEqual(output.results[0].outcome, .passed)
    XCTAssertEqual(
      output.stoppedTest,
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
      output.stoppedTest?.outcome,
      .crashed(
        TestCrash(
          message: "Fatal error: matmul: 3×2 · 3×1 — inner sizes 2 and 3 differ",
          location: "Sources/WorkbookBasics/Matrix.swift:40")))
  }

  func testAProcessThatStopsSilentlyStillReportsTheRunningTest() {
    let output = TestRunOutput(parsing: "Test Case 'Exercise0101Tests.testA' started at x\n", packageRoot: "/r")
    XCTAssertEqual(
      output.stoppedTest?.outcome,
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

final class StoppedAndCrashedTestTests: XCTestCase {
  func testATestStoppedForItsTimeLimitIsTimedOutWithItsFunctionWhenTheLineIsUnknown() {
    let output = TestRunOutput(parsing: RecordedTestOutput.stoppedLoop, packageRoot: "/tmp/wb", stoppedAfter: 10)
    XCTAssertEqual(output.results.first?.outcome, .passed, "the test before the loop keeps its grade")
    XCTAssertEqual(
      output.stoppedTest,
      TestCaseResult(
        className: "Exercise0302Tests", testName: "testEachRowSeparately",
        outcome: .timedOut(TestTimeout(limit: 10, location: "Lessons/Lesson03/Exercises.swift (in softmax(_:))"))))
  }

  func testWithoutATimeLimitTheSameLogIsACrash() {
    let output = TestRunOutput(parsing: RecordedTestOutput.stoppedLoop, packageRoot: "/tmp/wb")
    guard case .crashed(let crash) = output.stoppedTest?.outcome else { return XCTFail("expected a crash") }
    XCTAssertEqual(crash.message, "Program crashed: Terminated at 0x0000000000002d94")
  }

  func testTheRegisterDumpIsNeverTakenForTheCrashMessage() {
    let output = TestRunOutput(parsing: RecordedTestOutput.crashWithRegisters, packageRoot: "/tmp/wb")
    XCTAssertEqual(
      output.stoppedTest?.outcome,
      .crashed(TestCrash(message: "Fatal error: failed on purpose", location: "Lessons/Lesson02/Exercises.swift:28:3")))
  }

  func testATrapWithoutAMessageIsNamedByTheBacktracersHeading() {
    let output = TestRunOutput(parsing: RecordedTestOutput.overflow, packageRoot: "/tmp/wb")
    XCTAssertEqual(
      output.stoppedTest?.outcome,
      .crashed(
        TestCrash(
          message: "Swift runtime failure: arithmetic overflow", location: "Lessons/Lesson02/Exercises.swift:28:43")))
  }

  func testOnlyARuntimeLineIsAMessage() {
    XCTAssertEqual(
      TestLogParser.runtimeMessage(in: "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range")?
        .message, "Fatal error: Index out of range")
    XCTAssertEqual(TestLogParser.runtimeMessage(in: "Fatal error: boom")?.message, "Fatal error: boom")
    XCTAssertNil(
      TestLogParser.runtimeMessage(in: "r14 0x0000558e60e0b6c0  46 61 74 61 6c 20 65  Fatal error: fai"))
    XCTAssertNil(TestLogParser.runtimeMessage(in: "print(\"Fatal error: the loss diverged\")"))
  }
}
