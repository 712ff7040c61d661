import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson07` executable as a learner would and checks what it prints.
final class Lesson07WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson07")
    let expected = [
      "  2  1.9600  velocity 0.3760        0.94240",  // Momentum's second step on the bowl
      "  1  2.0000  mean 0.2000, mean square 0.0040  0.90000",  // Adam's first step
      "  ✓ Adam's corrected first step is η = 0.1 (a step of η·g/|g|): step",
      "  ✓ AdaGrad's effective rate at step 500 is under a fifth of its rate at step",
      "  ✓ at least half of the decaying schedules end more accurate on the test digits",
      "  ✓ the suggested rate trains far better than a hundredth of it in 5 epochs:",
      "  RMSprop     0.300  25",  // the fastest on the narrow bowl
      "  ✓ momentum reaches the bowl's minimum in fewer steps than SGD, each at its",
      "  SGD(nesterov)  0.0311     5.7  98.12±0.2  96.76±0.4  ** / **    *** / **",  // the star table
      "  ✓ classical momentum at η·(1 − β) follows the moving-average form at η for 20",
    ]
    assertWalkthrough(run, named: "Lesson07", prints: expected, errata: 2)
  }

  /// The same text on every run.
  func testTwoRunsPrintIdenticalText() throws {
    XCTAssertEqual(try runLesson("Lesson07").output, try runLesson("Lesson07").output)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson07", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 8)
    let one = try runLesson("Lesson07", arguments: ["--section", "4"])
    XCTAssertTrue(one.output.hasPrefix("4. AdaGrad's shrinking rate"))
    XCTAssertFalse(one.output.contains("5. The notes' star table"))
  }
}
