import WorkbookCompanion
import XCTest

final class ExerciseStateTests: XCTestCase {
  let sigmoid = Exercise(number: "2.1", title: "Sigmoid", line: 13, tips: [])
  let loss = Exercise(number: "2.2", title: "Loss", line: 30, tips: [])

  func testStatesFromARecordedRun() {
    let output = TestRunOutput(parsing: RecordedTestOutput.skippedAndFailing, packageRoot: "/work/wb")
    XCTAssertEqual(ExerciseState(of: sigmoid, from: output.results), .notAttempted)
    guard case .failing(let failed, let total) = ExerciseState(of: loss, from: output.results) else {
      return XCTFail("2.2 should be failing")
    }
    XCTAssertEqual(total, 3)
    XCTAssertEqual(failed.map { $0.test }, ["testMatchesReferenceOnRandomBatch", "testNotesEmail"])
    XCTAssertEqual(failed.first?.failure.location, "Tests/Lesson02Tests/Exercise0202Tests.swift:48")
  }

  func testACrashWinsOverEverythingAndOtherExercisesKeepTheirGrades() {
    let output = TestRunOutput(parsing: RecordedTestOutput.crash, packageRoot: "/work/wb")
    XCTAssertEqual(
      ExerciseState(of: sigmoid, from: output.results),
      .crashed(
        test: "testExtremeLogitsStayFinite",
        TestCrash(message: "Fatal error: Index out of range", location: "Lessons/Lesson02/Exercises.swift:28:20")))
    let warmUp = Exercise(number: "2.0", title: "Warm-up", line: 1, tips: [])
    XCTAssertEqual(ExerciseState(of: warmUp, from: output.results), .passing(tests: 1))
    XCTAssertEqual(ExerciseState(of: loss, from: output.results), .notGraded)
  }

  func testWaitingForAnEarlierExerciseAndPassing() {
    let waiting = TestCaseResult(
      className: "Exercise0202Tests", testName: "testA",
      outcome: .skipped(
        reason: "Exercise 2.2 uses exercise 2.1, which is not attempted yet — Lessons/Lesson02/Exercises.swift:28"))
    let passed = TestCaseResult(className: "Exercise0202Tests", testName: "testB", outcome: .passed)
    XCTAssertEqual(ExerciseState(of: loss, from: [waiting, passed]), .waiting(on: "2.1"))
    XCTAssertEqual(ExerciseState(of: loss, from: [passed, passed]), .passing(tests: 2))
    XCTAssertTrue(ExerciseState.passing(tests: 2).isPassing)
    XCTAssertFalse(ExerciseState.notAttempted.needsFixing)
  }
}
