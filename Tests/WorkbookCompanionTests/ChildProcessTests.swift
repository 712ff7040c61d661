import Foundation
import WorkbookCompanion
import XCTest

final class ChildProcessTests: XCTestCase {
  /// Reads everything a child prints, waiting at most `seconds` in all.
  private func readAll(_ child: ChildProcess, seconds: Double = 10) -> String {
    var output = [UInt8]()
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline, let bytes = child.read(waitingAtMost: 50) { output += bytes }
    return String(decoding: output, as: UTF8.self)
  }

  func testOutputAndErrorArriveThroughOnePipeAndTheStatusIsKept() throws {
    let child = try ChildProcess(["sh", "-c", "echo out; echo err >&2; exit 3"])
    XCTAssertEqual(readAll(child), "out\nerr\n")
    XCTAssertEqual(child.wait(), .exited(3))
    XCTAssertFalse(ChildProcesses.shared.runningIDs.contains(child.pid), "a child that ended is off the list")
  }

  func testOutputArrivesLiveWhileTheChildStillRuns() throws {
    let child = try ChildProcess(["sh", "-c", "echo first; sleep 5; echo second"])
    var seen = ""
    let deadline = Date().addingTimeInterval(3)
    while !seen.contains("first"), Date() < deadline, let bytes = child.read(waitingAtMost: 50) {
      seen += String(decoding: bytes, as: UTF8.self)
    }
    XCTAssertEqual(seen, "first\n", "the first line must arrive before the child ends")
    XCTAssertTrue(ChildProcesses.shared.runningIDs.contains(child.pid))
    child.signalGroup(SIGKILL)
    XCTAssertEqual(child.wait(), .signalled(SIGKILL))
  }

  func testTheChildLeadsItsOwnProcessGroupAndReadsNothing() throws {
    let child = try ChildProcess(["sh", "-c", "ps -o pgid= -p $$; cat; echo end"])
    let output = readAll(child)
    XCTAssertEqual(output.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces), "\(child.pid)")
    XCTAssertTrue(output.hasSuffix("end\n"), "standard input is /dev/null, so cat ends at once: \(output)")
    child.wait()
  }

  func testSignalsTheCompanionIgnoresAreBackToTheirDefaultsInTheChild() throws {
    let previous = signal(SIGINT, SIG_IGN)
    defer { signal(SIGINT, previous) }
    let child = try ChildProcess(["sleep", "30"])
    child.signal(SIGINT)
    XCTAssertEqual(child.wait(), .signalled(SIGINT), "Ctrl-C must reach a child even when the companion ignores it")
  }

  func testStoppingKillsTheWholeGroupGrandchildrenIncluded() throws {
    let marker = "workbook-test-\(UUID().uuidString.prefix(8))"
    let child = try ChildProcess(["sh", "-c", "sleep 31 & sleep 32; : \(marker)"])
    usleep(200_000)
    ChildProcesses.shared.stopAll(gracePeriod: 0.2)
    XCTAssertEqual(child.wait(), .signalled(SIGKILL))
    usleep(200_000)
    XCTAssertEqual(processesInGroup(child.pid), 0, "the grandchild `sleep 31` must be gone too")
  }

  /// A compiler that SwiftPM starts runs in a process group of its own: signalling the build's
  /// group misses it, so stopping also kills every process found below the child.
  func testStoppingKillsDescendantsInOtherProcessGroups() throws {
    let marker = "workbook-test-\(UUID().uuidString.prefix(8))"
    let child = try ChildProcess(
      ["sh", "-c", "setsid sh -c 'sleep 33; : \(marker)' & echo started; sleep 34"], stopManner: .interruptFirst)
    readUntil("started", from: child)
    usleep(200_000)
    XCTAssertGreaterThan(processesRunning(marker), 0, "the grandchild in its own session is running")
    ChildProcesses.shared.stopAll(gracePeriod: 0.3)
    child.wait()
    usleep(200_000)
    XCTAssertEqual(processesRunning(marker), 0, "the grandchild in its own session must be stopped too")
  }

  /// A compiler whose driver was killed is handed to another parent, so following parents
  /// misses it; it stays in the child's session, and stopping finds it there. (`timeout`
  /// runs its command in a process group of its own, as SwiftPM runs a compiler; its parent,
  /// the subshell, ends at once.)
  func testStoppingKillsAnOrphanInAnotherProcessGroupOfTheChildsSession() throws {
    #if os(Linux)
      let marker = "workbook-test-\(UUID().uuidString.prefix(8))"
      let child = try ChildProcess(
        ["sh", "-c", "(timeout 60 sh -c 'sleep 36; : \(marker)' &); echo started; sleep 37"],
        stopManner: .interruptFirst)
      readUntil("started", from: child)
      usleep(300_000)
      XCTAssertGreaterThan(processesRunning(marker), 0, "the orphan in its own process group is running")
      ChildProcesses.shared.stopAll(gracePeriod: 0.3)
      child.wait()
      usleep(200_000)
      XCTAssertEqual(processesRunning(marker), 0, "the orphan left in the child's session must be stopped too")
    #endif
  }

  func testTheChildLeadsASessionOfItsOwnOnLinux() throws {
    #if os(Linux)
      let child = try ChildProcess(["sh", "-c", "ps -o sid= -p $$"])
      let output = readAll(child).trimmingCharacters(in: .whitespacesAndNewlines)
      XCTAssertEqual(output, "\(child.pid)", "everything the child starts stays in its session")
      child.wait()
    #endif
  }

  func testAnInterruptibleChildGetsSIGINTFirstAndCanCleanUp() throws {
    let child = try ChildProcess(
      ["sh", "-c", "trap 'echo cleaned; exit 7' INT; echo ready; while :; do sleep 0.05; done"],
      stopManner: .interruptFirst)
    readUntil("ready", from: child)
    ChildProcesses.shared.stopAll(gracePeriod: 2)
    XCTAssertTrue(readAll(child, seconds: 2).contains("cleaned"))
    child.wait()
  }

  func testAProgramThatDoesNotExistIsAnErrorNamingIt() {
    XCTAssertThrowsError(try ChildProcess(["no-such-program-\(UUID().uuidString)"])) { error in
      XCTAssertTrue("\(error)".hasPrefix("could not start `no-such-program-"), "\(error)")
    }
  }

  /// Reads what a child prints until `text` has arrived (or the child closes its output).
  private func readUntil(_ text: String, from child: ChildProcess) {
    var seen = ""
    while !seen.contains(text), let bytes = child.read(waitingAtMost: 50) {
      seen += String(decoding: bytes, as: UTF8.self)
    }
  }

  /// How many live processes have `text` in their command line.
  private func processesRunning(_ text: String) -> Int {
    guard let child = try? ChildProcess(["ps", "-e", "-o", "stat=,args="]) else { return -1 }
    let lines = readAll(child).split(separator: "\n")
    child.wait()
    return lines.filter { $0.contains(text) && !$0.hasPrefix("Z") && !$0.contains("ps -e") }.count
  }

  /// How many processes are in process group `group` now (zombies excluded).
  private func processesInGroup(_ group: pid_t) -> Int {
    guard let child = try? ChildProcess(["ps", "-e", "-o", "pgid=,stat="]) else { return -1 }
    let lines = readAll(child).split(separator: "\n")
    child.wait()
    return lines.filter { line in
      let fields = line.split(separator: " ")
      return fields.count == 2 && fields[0] == "\(group)" && !fields[1].hasPrefix("Z")
    }.count
  }
}

final class LiveTestLogTests: XCTestCase {
  func testFollowsTheBuildCounterAndTheRunningTest() {
    var log = LiveTestLog(startingAt: Date(timeIntervalSince1970: 0))
    log.read(Array("[12/371] Compiling WorkbookBasics Matrix.swift\n[13/3".utf8), at: Date(timeIntervalSince1970: 1))
    XCTAssertEqual(log.buildProgress, "12/371", "a line is read once it is complete")
    log.read(
      Array("71] Linking\nTest Case 'Exercise0302Tests.testA' started at x\n".utf8), at: Date(timeIntervalSince1970: 5))
    XCTAssertEqual(log.buildProgress, "13/371")
    XCTAssertEqual(log.runningTest, "Exercise0302Tests.testA")
    XCTAssertEqual(log.secondsInTest(at: Date(timeIntervalSince1970: 17)), 12)
    log.read(Array("Test Case 'Exercise0302Tests.testA' passed (0.1 seconds)\n".utf8))
    XCTAssertNil(log.runningTest)
    XCTAssertEqual(log.secondsInTest(), 0)
    XCTAssertFalse(log.backtraceFinished)
    log.read(Array("\nBacktrace took 0.10s\n".utf8))
    XCTAssertTrue(log.backtraceFinished)
  }

  func testNoticesAnotherSwiftPMWaitingWithoutALineBreak() {
    var log = LiveTestLog()
    log.read(
      Array(
        "Another instance of SwiftPM (PID: 3323) is already running using '/work/main/.build', waiting until that process has finished execution..."
          .utf8))
    XCTAssertEqual(log.otherSwiftPM, 3323)
  }
}
