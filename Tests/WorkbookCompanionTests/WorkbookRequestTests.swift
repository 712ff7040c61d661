import WorkbookCompanion
import XCTest

final class WorkbookRequestTests: XCTestCase {
  func testEveryCommandAndOption() throws {
    XCTAssertEqual(try WorkbookRequest.parse([]), .progress)
    XCTAssertEqual(try WorkbookRequest.parse(["check"]), .check(lesson: nil))
    XCTAssertEqual(try WorkbookRequest.parse(["check", "Lesson02"]), .check(lesson: 2))
    XCTAssertEqual(try WorkbookRequest.parse(["check", "lesson3"]), .check(lesson: 3))
    XCTAssertEqual(try WorkbookRequest.parse(["check", "04"]), .check(lesson: 4))
    XCTAssertEqual(try WorkbookRequest.parse(["hint", "2.3"]), .hint(exercise: "2.3", all: false))
    XCTAssertEqual(try WorkbookRequest.parse(["hint", "--all", "02.3"]), .hint(exercise: "2.3", all: true))
    XCTAssertEqual(try WorkbookRequest.parse(["watch"]), .watch(lesson: nil, once: false))
    XCTAssertEqual(try WorkbookRequest.parse(["watch", "Lesson01", "--once"]), .watch(lesson: 1, once: true))
    XCTAssertEqual(try WorkbookRequest.parse(["solution", "1.7"]), .solution(exercise: "1.7", force: false))
    XCTAssertEqual(try WorkbookRequest.parse(["solution", "1.7", "--force"]), .solution(exercise: "1.7", force: true))
    XCTAssertEqual(try WorkbookRequest.parse(["reset", "2.3"]), .reset(.exercise("2.3"), skipConfirmation: false))
    XCTAssertEqual(
      try WorkbookRequest.parse(["reset", "Lesson02", "--yes"]), .reset(.lesson(2), skipConfirmation: true))
    XCTAssertEqual(try WorkbookRequest.parse(["verify-sources"]), .verifySources(writeStubs: false))
    XCTAssertEqual(try WorkbookRequest.parse(["verify-sources", "--write-stubs"]), .verifySources(writeStubs: true))
    XCTAssertEqual(
      try WorkbookRequest.parse(["verify-sources", "--back-up", "--write-stubs"]),
      .verifySources(writeStubs: true, backUp: true))
    XCTAssertEqual(
      try WorkbookRequest.parse(["restore", "Lesson02"]), .restore(.lesson(2), backup: nil, skipConfirmation: false))
    XCTAssertEqual(
      try WorkbookRequest.parse(["restore", "2.3", "1", "--yes"]),
      .restore(.exercise("2.3"), backup: "1", skipConfirmation: true))
    XCTAssertEqual(try WorkbookRequest.parse(["--help"]), .help(command: nil))
    XCTAssertEqual(try WorkbookRequest.parse(["help", "watch"]), .help(command: "watch"))
    XCTAssertEqual(try WorkbookRequest.parse(["reset", "--help"]), .help(command: "reset"))
  }

  func testTimeLimits() throws {
    XCTAssertEqual(WorkbookRequest.defaultTimeLimit, 10)
    XCTAssertEqual(try WorkbookRequest.parse(["check"]), .check(lesson: nil, timeLimit: 10))
    XCTAssertEqual(try WorkbookRequest.parse(["check", "--time-limit", "3", "2"]), .check(lesson: 2, timeLimit: 3))
    XCTAssertEqual(
      try WorkbookRequest.parse(["check", "Lesson02", "--time-limit=45"]), .check(lesson: 2, timeLimit: 45))
    XCTAssertEqual(
      try WorkbookRequest.parse(["watch", "--once", "--time-limit", "30"]),
      .watch(lesson: nil, once: true, timeLimit: 30))
    XCTAssertEqual(
      try WorkbookRequest.parse(["solution", "2.2", "--time-limit", "5"]),
      .solution(exercise: "2.2", force: false, timeLimit: 5))
    for bad in ["0", "3601", "2.5", "ten", "-1"] {
      assertUsageError(
        ["check", "--time-limit", bad], "--time-limit \(bad): give whole seconds from 1 to 3600, like --time-limit 30",
        command: "check")
    }
    assertUsageError(
      ["check", "--time-limit"], "--time-limit needs a number of seconds, like --time-limit 30", command: "check")
    assertUsageError(["hint", "2.2", "--time-limit", "5"], "hint has no option --time-limit", command: "hint")
  }

  func testBadArgumentsSayWhatIsWrongAndWhichUsageToShow() {
    assertUsageError(["frobnicate"], "unknown command \"frobnicate\"", command: nil)
    assertUsageError(["2.3"], "to see exercise 2.3's hint, run: swift run workbook hint 2.3", command: nil)
    assertUsageError(["hint"], "hint needs an exercise number, like 2.3", command: "hint")
    assertUsageError(["hint", "two"], "\"two\" is not an exercise number: write it like 2.3", command: "hint")
    assertUsageError(["hint", "2.3", "2.4"], "unexpected \"2.4\" after hint 2.3", command: "hint")
    assertUsageError(["check", "--fast"], "check has no option --fast", command: "check")
    assertUsageError(["check", "LessonX"], "\"LessonX\" is not a lesson: write it like Lesson02", command: "check")
    assertUsageError(
      ["reset"], "reset needs an exercise (like 2.3) or a lesson (like Lesson02)", command: "reset")
    assertUsageError(
      ["reset", "all"], "\"all\" is neither an exercise (like 2.3) nor a lesson (like Lesson02)", command: "reset")
    assertUsageError(["help", "me", "now"], "help takes at most one command", command: "help")
    assertUsageError(["frob", "--help"], "unknown command \"frob\"", command: nil)
    assertUsageError(
      ["restore"], "restore needs an exercise (like 2.3) or a lesson (like Lesson02)", command: "restore")
    assertUsageError(["restore", "2.3", "1", "2"], "unexpected \"2\" after restore 2.3", command: "restore")
    assertUsageError(["verify-sources", "--back-up"], "--back-up goes with --write-stubs", command: "verify-sources")
  }

  func testEveryCommandHasItsOwnUsage() {
    for command in WorkbookRequest.commands {
      XCTAssertTrue(
        Usage.text(for: command).hasPrefix("Usage: swift run workbook \(command)"), "no usage for \(command)")
      XCTAssertTrue(Usage.overview.contains("  \(command)"), "the overview does not list \(command)")
    }
    XCTAssertEqual(Usage.text(for: nil), Usage.overview)
  }

  func testEveryUsageLineFitsEightyColumns() {
    for command in [nil] + WorkbookRequest.commands.map(Optional.some) {
      for line in Usage.text(for: command).split(separator: "\n") {
        XCTAssertLessThanOrEqual(line.count, 80, "\(command ?? "overview"): \(line)")
      }
    }
  }

  func testExerciseAndLessonNumbers() {
    XCTAssertEqual(WorkbookRequest.parseExerciseNumber("12.10"), "12.10")
    XCTAssertEqual(WorkbookRequest.parseExerciseNumber("0.1"), "0.1", "the prologue's first exercise")
    XCTAssertEqual(WorkbookRequest.parseExerciseNumber("00.1"), "0.1")
    for bad in ["2", "2.", ".3", "2.3.4", "a.b", "0.0", "2.0", "-2.3", "２.3"] {
      XCTAssertNil(WorkbookRequest.parseExerciseNumber(bad), bad)
    }
    XCTAssertEqual(WorkbookRequest.parseLesson("LESSON07"), 7)
    XCTAssertEqual(WorkbookRequest.parseLesson("Lesson00"), 0, "the prologue")
    XCTAssertEqual(WorkbookRequest.parseLesson("0"), 0)
    for bad in ["Lesson", "-1", "L2", "2.3", ""] { XCTAssertNil(WorkbookRequest.parseLesson(bad), bad) }
  }

  private func assertUsageError(
    _ arguments: [String], _ reason: String, command: String?, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try WorkbookRequest.parse(arguments), file: file, line: line) { error in
      XCTAssertEqual(error as? UsageError, UsageError(reason, command: command), file: file, line: line)
    }
  }
}
