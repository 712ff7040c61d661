import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson05` executable as a learner would and checks what it prints.
final class Lesson05WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson05")
    let expected = [
      "  a_101     4.0656e+17  7.8886e-31",  // the chain of 101 neurons
      "  δ_96          7.5938      0.0312",  // the same chain backwards
      "  dy/dx = path 1 + path 2 + path 3 = 2.9080",  // three paths add up
      "  layer 1   █                                             1.0499e-07",  // the starved bottom layer
      "  layer 12  ████████████████████████████████████████████  0.3477",
      "  10  9.971e-11   0.957        0.227        0.015    0.495       0.991",  // activation spreads
      "  ✓ the three hidden units are still exactly identical: every column of W1",
      "  0.1000              ·               ·  output -∞ at epoch 1, step 7",
      "  cos(angle to g)    1.0000           0.5636          1.0000",
    ]
    assertWalkthrough(run, named: "Lesson05", prints: expected, errata: 3)
  }

  /// The same text on every run.
  func testTwoRunsPrintIdenticalText() throws {
    XCTAssertEqual(try runLesson("Lesson05").output, try runLesson("Lesson05").output)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson05", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 9)
    let one = try runLesson("Lesson05", arguments: ["--section", "3"])
    XCTAssertTrue(one.output.hasPrefix("3. Several paths add up"))
    XCTAssertFalse(one.output.contains("4. A deep"))
  }
}
