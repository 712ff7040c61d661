import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson08` executable as a learner would and checks what it prints.
final class Lesson08WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson08")
    let expected = [
      "  ✓ the three sets add up to the whole data: 1151 + 287 + 359 = 1797",
      "  ✓ the training error never rises with the degree: 0.2603 at degree 1 → 0.0061",
      "  ✓ the validation error is U-shaped: lowest at an inside degree, higher at both",
      "  ✓ at inference the layer returns x unchanged: (2.0, -1.0, 0.5, 4.0)",
      "  20                   57          37         0.3407    91.2",  // early stopping, patience 20
      "  ✓ one SGD step with L2 in the loss equals one with decoupled decay (to",
      "  ✓ AdamW's first-layer weight norm falls as λ grows (none, 0.001, 0.010,",
      "  ✓ on the blank pixels' weights, Adam + L2 ends below 10% of the start and",
      "  ✓ after the lowest validation loss, the loss on misclassified digits grows by",
      "     16      90      95      95      90      95  93.0   2.7   1.2  100.0",  // 5-fold CV
      "simplest setting within one standard error of the best mean, 93.0 − 1.2 = 91.8:",
      "  ✓ width 4 is below the best width by more than 2 standard errors, fold by",
    ]
    assertWalkthrough(run, named: "Lesson08", prints: expected, errata: 4)
  }

  /// The same text on every run.
  func testTwoRunsPrintIdenticalText() throws {
    XCTAssertEqual(try runLesson("Lesson08").output, try runLesson("Lesson08").output)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson08", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 7)
    let one = try runLesson("Lesson08", arguments: ["--section", "3"])
    XCTAssertTrue(one.output.hasPrefix("3. Dropout"))
  }
}
