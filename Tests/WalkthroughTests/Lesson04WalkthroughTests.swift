import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson04` executable as a learner would and checks what it prints.
final class Lesson04WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson04")
    let expected = [
      "  XOR     2 3 4 4 4 4 4 4",  // the perceptron never gets all four corners
      "✓ the two give the same outputs",  // stacked linear layers collapse
      "   0.0   0.5000    0.2500   0.0000  1.0000  0.0000  0.0000",  // σ, σ', tanh, tanh', ReLU, ReLU' at 0
      "  dM1dW1            Xᵀ                     2×4",
      "  dLdB1 = Σ over the batch of (dLdN1 ⊙ dN1dB1)          1×3, the shape of B1",
      "first reached at epoch 223 of 600",
      "  network, 13 sigmoid units                  196     3.5850",  // η = 0.001·23/2, the book's step
      "  linear regression (least squares)           14     5.0476",
      "    the book's code       (1.3414, 1.3414, 1.3414, 1.3414)",
      "8 tanh units: 99.5%",
    ]
    assertWalkthrough(run, named: "Lesson04", prints: expected, errata: 3)
  }

  /// The same text on every run.
  func testTwoRunsPrintIdenticalText() throws {
    XCTAssertEqual(try runLesson("Lesson04").output, try runLesson("Lesson04").output)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson04", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 7)
    let one = try runLesson("Lesson04", arguments: ["--section", "2"])
    XCTAssertTrue(one.output.hasPrefix("2. Stacked linear layers"))
    XCTAssertFalse(one.output.contains("3. Activation"))
  }
}
