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

extension RecordedTestOutput {
  /// Exercise 3.2 answered with an endless loop, stopped by the workbook with SIGQUIT after
  /// its time limit (Linux, `SWIFT_BACKTRACE=…,threads=crashed,registers=none,images=none`;
  /// frames trimmed). The innermost frame, on the loop's back edge, has no line.
  static let stoppedLoop = """
    Test Suite 'Selected tests' started at 2026-12-02 07:41:44.399
    Test Suite 'Exercise0301Tests' started at 2026-12-02 07:41:44.400
    Test Case 'Exercise0301Tests.testNotesAnimals' started at 2026-12-02 07:41:44.400
    Test Case 'Exercise0301Tests.testNotesAnimals' passed (0.001 seconds)
    Test Suite 'Exercise0302Tests' started at 2026-12-02 07:41:44.401
    Test Case 'Exercise0302Tests.testEachRowSeparately' started at 2026-12-02 07:41:44.401

    *** Signal 3: Backtracing from 0x556e2782f6be... done ***

    *** Program crashed: Terminated at 0x0000000000002d94 ***

    Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

    Thread 0 "DeepLearningWor" crashed:

      0               0x0000556e2782f6be softmax(_:) + 110 in DeepLearningWorkbookPackageTests.xctest at /tmp/wb/Lessons/Lesson03/Exercises.swift
      1 [ra]          0x0000556e278315fe closure #1 in Exercise0302Tests.testEachRowSeparately() + 45 in DeepLearningWorkbookPackageTests.xctest at /tmp/wb/Tests/Lesson03Tests/Exercise0302Tests.swift:20:38
      3 [ra]          0x0000556e277a300f attempt<A>(_:file:line:_:) + 270 in DeepLearningWorkbookPackageTests.xctest at /tmp/wb/Tests/GradingSupport/Attempt.swift:23:16
    ...

    Backtrace took 0.10s

    """

  /// `fatalError("failed on purpose")` in exercise 2.1, run with the backtracer's default
  /// settings (as plain `swift test` does): its register dump previews the memory registers
  /// point at, and one of them points at the runtime's message. (Threads 1–4 and most
  /// registers trimmed; the r14 preview is how "Fatal error: fai" got taken for the message.)
  static let crashWithRegisters = """
    Test Case 'Exercise0201Tests.testExtremeLogitsStayFinite' started at 2026-12-02 07:44:04.872
    Lesson02Exercises/Exercises.swift:28: Fatal error: failed on purpose

    *** Signal 4: Backtracing from 0x7fc076cf9361... done ***

    *** Program crashed: Illegal instruction at 0x00007fc076cf9361 ***

    Thread 0 "DeepLearningWor" crashed:

      0               0x00007fc076cf9361 _assertionFailure(_:_:file:line:flags:) + 225 in libswiftCore.so
      1 [ra]          0x0000558e5787c0c7 sigmoid(_:) + 150 in DeepLearningWorkbookPackageTests.xctest at /tmp/wb/Lessons/Lesson02/Exercises.swift:28:3
      2 [ra]          0x0000558e5787c98e closure #1 in Exercise0201Tests.testExtremeLogitsStayFinite() + 45 in DeepLearningWorkbookPackageTests.xctest at /tmp/wb/Tests/Lesson02Tests/Exercise0201Tests.swift:29:38
    ...


    Registers:

    rax 0x0000000000000000  0
    rbp 0x00007fffd7b77fe0  40 80 b7 d7 ff 7f 00 00 c7 c0 87 57 8e 55 00 00  @··×ÿ···ÇÀ·W·U··
    r14 0x0000558e60e0b6c0  46 61 74 61 6c 20 65 72 72 6f 72 3a 20 66 61 69  Fatal error: fai
    rip 0x00007fc076cf9361  0f 0b 48 83 ec 08 48 8d 05 c2 a8 30 00 48 8d 3d  ··H·ì·H··Â¨0·H·=

    Images (21 omitted):

    0x0000558e5778d000–0x0000558e57ae2e58 5ce2d81ef24994885dc172ea8dcd562f074675a0 DeepLearningWorkbookPackageTests.xctest /tmp/wb/.build/workbook/x86_64-unknown-linux-gnu/debug/DeepLearningWorkbookPackageTests.xctest

    Backtrace took 0.14s
    """

  /// The build after an exercise module's compiled file went stale (Linux, ld.gold), and the
  /// same on macOS (ld64), and SwiftPM missing its plan's file after the module's build
  /// folder was removed.
  static let staleLinkLinux = """
    Building for debugging...
    error: link command failed with exit code 1 (use -v to see invocation)
    /tmp/wb/Tests/Lesson02Tests/Exercise0201Tests.swift:11: error: undefined reference to '$s17Lesson02Exercises7sigmoidy14WorkbookBasics6MatrixVAEKF'
    /tmp/wb/Tests/Lesson02Tests/Exercise0202Tests.swift:12: error: undefined reference to '$s17Lesson02Exercises18binaryCrossEntropy6logits6labelsSd14WorkbookBasics6MatrixV_AGtKF'
    clang: error: linker command failed with exit code 1 (use -v to see invocation)
    """
  static let staleLinkMacOS = """
    Undefined symbols for architecture arm64:
      "_$s17Lesson04Exercises12denseForward_7weights4bias14WorkbookBasics6MatrixVAG_A2GtKF", referenced from:
          _$s13Lesson04Tests17Exercise0401TestsC12testNotesXORyyKF in Exercise0401Tests.swift.o
    ld: symbol(s) not found for architecture arm64
    """
  static let missingOutputFileMap = """
    Building for debugging...
    [0/39] Write swift-version-6A52383ED409C6A7.txt
    error: unable to load output file map '/tmp/wb/.build/workbook/x86_64-unknown-linux-gnu/debug/Lesson02Exercises.build/output-file-map.json': The operation could not be completed. The file doesn’t exist.
    """

  /// `n = n * 2` seventy times in exercise 2.1: an Int overflow traps with no "Fatal error"
  /// line; the backtracer's heading says what it was.
  static let overflow = """
    Test Case 'Exercise0201Tests.testExtremeLogitsStayFinite' started at 2026-12-02 08:02:04.469

    *** Signal 4: Backtracing from 0x55ae4ea021be... done ***

    *** Swift runtime failure: arithmetic overflow ***

    Thread 0 "DeepLearningWor" crashed:

      0 [inlined] [system] 0x000055ae4ea021be Swift runtime failure: arithmetic overflow in DeepLearningWorkbookPackageTests.xctest at //<compiler-generated>
      1                    0x000055ae4ea021be sigmoid(_:) + 350 in DeepLearningWorkbookPackageTests.xctest at /tmp/wb/Lessons/Lesson02/Exercises.swift:28:43
    """
}
