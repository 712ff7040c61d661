import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson00` executable as a learner would and checks what it prints.
final class Lesson00WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson00")
    let expected = [
      "   10⁻⁵       4.21e-06       1.11e-11",  // the best centred step for sin at 1
      "  J     3 × v       33  v: 3                  1",
      "  ✓ Value's J, dJ/da, dJ/db and dJ/dc equal the hand computation: 33, 3, 6, 9",
      "  a          input              2  –                      8",  // three paths add up
      "  z.grad, from backward() = -0.1824",
      "  ✓ the Values' gradients equal the Matrix engine's for all 33 parameters:",
      "  ✓ without clearing, the second step's a.grad is the sum of both steps'",
      "  ✓ the loops and the library agree on u·v and A·B: relative differences",
    ]
    assertWalkthrough(run, named: "Lesson00", prints: expected, errata: 3)
  }

  /// The same text on every run, apart from the live timings.
  func testTwoRunsPrintIdenticalText() throws {
    XCTAssertEqual(try runLesson("Lesson00").outputWithoutTimings, try runLesson("Lesson00").outputWithoutTimings)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson00", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 7)
    let one = try runLesson("Lesson00", arguments: ["--section", "3"])
    XCTAssertTrue(one.output.hasPrefix("3. Several paths add up"))
  }
}
