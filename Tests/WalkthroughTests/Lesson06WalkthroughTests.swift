import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson06` executable as a learner would and checks what it prints.
final class Lesson06WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson06")
    let expected = [
      "  μ_B  = (6.7948, 62.7500, 250.5000)",  // step 1 on the four suburbs
      "  σ²_B = (0.0954, 139.2125, 756.7500)",  // step 2, dividing by m
      "  ✓ after 90 batches the running mean is within 5% of the data's mean: largest",
      "  ✓ inference gives suburb 1 the same output alone and in the batch: identical",
      "  dx               8.8e-09",  // the gradient check of the backward pass
      "  with batch norm         1.3189          0.1186          96.7%  epoch 4",
      "  2.0  diverged (epoch 1, step 9)  never               97.8%  epoch 5",
    ]
    assertWalkthrough(run, named: "Lesson06", prints: expected, errata: 0)
  }

  /// The same text on every run.
  func testTwoRunsPrintIdenticalText() throws {
    XCTAssertEqual(try runLesson("Lesson06").output, try runLesson("Lesson06").output)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson06", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 5)
    let one = try runLesson("Lesson06", arguments: ["--section", "3"])
    XCTAssertTrue(one.output.hasPrefix("3. The backward pass"))
    XCTAssertFalse(one.output.contains("4. Measured"))
  }
}
