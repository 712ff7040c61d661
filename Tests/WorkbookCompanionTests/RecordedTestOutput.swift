/// Output of `swift test` on Linux, recorded from real runs in a checkout at /work/wb and
/// trimmed (the backtrace keeps its first frames).
enum RecordedTestOutput {
  /// Exercise 2.1 not attempted; 2.2 answered with `return 0.5`: two failures, the first with
  /// a two-line message (the grader's hint on the second line).
  static let skippedAndFailing = """
    Building for debugging...
    Build complete! (0.58s)
    Test Suite 'Selected tests' started at 2026-11-24 11:27:21.572
    Test Suite 'Exercise0201Tests' started at 2026-11-24 11:25:26.967
    Test Case 'Exercise0201Tests.testNotesEmail' started at 2026-11-24 11:25:26.967
    /work/wb/Tests/Lesson02Tests/Exercise0201Tests.swift:11: Exercise0201Tests.testNotesEmail : Test skipped - Exercise 2.1 not attempted yet — Lessons/Lesson02/Exercises.swift:28
    Test Case 'Exercise0201Tests.testNotesEmail' skipped (0.005 seconds)
    Test Suite 'Exercise0201Tests' passed at 2026-11-24 11:25:26.973
    Test Suite 'Exercise0202Tests' started at 2026-11-24 11:27:21.575
    Test Case 'Exercise0202Tests.testMatchesReferenceOnRandomBatch' started at 2026-11-24 11:27:21.575
    /work/wb/Tests/Lesson02Tests/Exercise0202Tests.swift:48: error: Exercise0202Tests.testMatchesReferenceOnRandomBatch : failed - the cost of 25 examples is 0.5000, expected 0.7473 (relative error 0.1983, allowed 1.0000e-07).
    Hint: Average the per-example losses over all m entries.
    Test Case 'Exercise0202Tests.testMatchesReferenceOnRandomBatch' failed (0.0 seconds)
    Test Case 'Exercise0202Tests.testNotesEmail' started at 2026-11-24 11:27:21.576
    /work/wb/Tests/Lesson02Tests/Exercise0202Tests.swift:14: error: Exercise0202Tests.testNotesEmail : XCTAssertEqual failed: ("0.5") is not equal to ("1.0")
    Test Case 'Exercise0202Tests.testNotesEmail' failed (0.0 seconds)
    Test Case 'Exercise0202Tests.testShape' started at 2026-11-24 11:27:21.576
    Test Case 'Exercise0202Tests.testShape' passed (0.0 seconds)
    Test Suite 'Exercise0202Tests' failed at 2026-11-24 11:27:21.576
    \t Executed 3 tests, with 2 failures (0 unexpected) in 0.001 (0.001) seconds
    Test Suite 'Selected tests' failed at 2026-11-24 11:27:21.576
    """

  /// Exercise 2.1 answered with an out-of-range index: the process stops inside the test, and
  /// the backtracer names the line in the learner's file. (A passing test of a made-up
  /// exercise 2.0 is put in front, to show that results before the crash are kept.)
  static let crash = """
    Test Suite 'Selected tests' started at 2026-11-24 11:26:47.764
    Test Suite 'Exercise0200Tests' started at 2026-11-24 11:26:47.770
    Test Case 'Exercise0200Tests.testWarmUp' started at 2026-11-24 11:26:47.770
    Test Case 'Exercise0200Tests.testWarmUp' passed (0.001 seconds)
    Test Suite 'Exercise0201Tests' started at 2026-11-24 11:26:47.780
    Test Case 'Exercise0201Tests.testExtremeLogitsStayFinite' started at 2026-11-24 11:26:47.780
    Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

    *** Signal 4: Backtracing from 0x7f4ad936df7f... done ***

    *** Program crashed: Illegal instruction at 0x00007f4ad936df7f ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "DeepLearningWor" crashed:

      0               0x00007f4ad936df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
      1 [ra]          0x00007f4ad94f961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
      2 [ra]          0x00007f4ad99f9286 specialized Array.subscript.getter + 85 in libswiftSwiftOnoneSupport.so
      3 [ra]          0x000055a093f0c68a sigmoid(_:) + 249 in DeepLearningWorkbookPackageTests.xctest at /work/wb/Lessons/Lesson02/Exercises.swift:28:20
      4 [ra]          0x000055a093f0cf4e closure #1 in Exercise0201Tests.testExtremeLogitsStayFinite() + 45 in DeepLearningWorkbookPackageTests.xctest at /work/wb/Tests/Lesson02Tests/Exercise0201Tests.swift:29:38
      6 [ra]          0x000055a093eb27bf attempt<A>(_:file:line:_:) + 270 in DeepLearningWorkbookPackageTests.xctest at /work/wb/Tests/GradingSupport/Attempt.swift:23:16
    ...
    error: Process '/work/wb/.build/x86_64-unknown-linux-gnu/debug/DeepLearningWorkbookPackageTests.xctest Lesson02Tests.Exercise0201Tests/testExtremeLogitsStayFinite' exited with unexpected signal code 4
    """

  /// Exercise 2.2's body ends in `return 0.5 +`: the build fails (the compiler repeats the error).
  static let compilerError = """
    Building for debugging...
    /work/wb/Lessons/Lesson02/Exercises.swift:50:1: error: expected expression after operator
     48 | public func binaryCrossEntropy(logits Z: Matrix, labels Y: Matrix) throws -> Double {
     49 |   return 0.5 +
     50 | }
        | `- error: expected expression after operator
     51 |\u{20}

    /work/wb/Lessons/Lesson02/Exercises.swift:50:1: error: expected expression after operator
    error: fatalError
    """

  /// The same kind of log as XCTest prints it on macOS, from the reference solutions.
  static let macOS = """
    ── Grading the reference solutions in Solutions/ (WORKBOOK_SOLUTIONS=1), not your files ──
    Test Case '-[Lesson02Tests.Exercise0201Tests testNotesEmail]' started.
    Test Case '-[Lesson02Tests.Exercise0201Tests testNotesEmail]' passed (0.002 seconds).
    Test Case '-[Lesson02Tests.Exercise0202Tests testThreeEmails]' started.
    /Users/me/workbook/Tests/Lesson02Tests/Exercise0202Tests.swift:24: error: -[Lesson02Tests.Exercise0202Tests testThreeEmails] : failed - the cost is 0.5
    Test Case '-[Lesson02Tests.Exercise0202Tests testThreeEmails]' failed (0.001 seconds).
    """
}
