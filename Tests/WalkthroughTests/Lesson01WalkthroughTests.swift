import Foundation
import XCTest

/// Runs the built `Lesson01` executable as a learner would and checks what it prints.
final class Lesson01WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson01")
    let expected = [
      "N₁ = 1.0000·0.5000 + 2.0000·(-1.0000) + 0.5000·2.0000 = -0.5000",  // 0.5 − 2 + 1
      "L = (0.0625 + 1.5625 + 0.0625) / 3 = 0.5625",  // residuals 0.25, −1.25, 0.25
      "3.0000 times too large",  // −2(Y − P) lacks the 1/m of m = 3: dL/dW comes out 3× too large
      "-1  (-1, -2, -3)  9.3333   9.33",  // J(−1) = (4 + 16 + 36)/6, the notes' table
      "past α = 2/c = 0.4286",  // c = (1 + 4 + 9)/3
      "mini-batch, size 3: 4 updates per epoch",  // 12 observations / 3
      "mean of y_test = 22.0776",  // the notes' figure, from the book's split
      "least squares (normal equation)     5.0476",  // numpy's least squares on the same split
      "With that old value least squares gives 5.0482",
      "LSTAT    -4.1889",
      "least squares: mean absolute error = 3.5671",  // mean |ŷ − y| on the 152 test rows
      "baseline (always the training mean): test RMSE = 9.5577",
      "least squares: R² on the test rows = 0.7198",  // 1 − SSE/SST on the test rows
      "the loss after the 10th update = 3.3192e-04",
    ]
    assertWalkthrough(run, named: "Lesson01", prints: expected, errata: 7)
  }

  func testTwoRunsPrintIdenticalBytes() throws {
    let first = try runLesson("Lesson01")
    let second = try runLesson("Lesson01")
    XCTAssertEqual(first.output, second.output)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson01", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 12)
    let one = try runLesson("Lesson01", arguments: ["--section", "5"])
    XCTAssertTrue(one.output.hasPrefix("5. A cost curve"))
    XCTAssertFalse(one.output.contains("6. The learning rate"))
    let bad = try runLesson("Lesson01", arguments: ["--section", "13"])
    XCTAssertEqual(bad.status, 2)
    XCTAssertTrue(bad.errors.contains("--section needs a number from 1 to 12"))
  }
}
