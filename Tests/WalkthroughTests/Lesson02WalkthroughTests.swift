import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson02` executable as a learner would and checks what it prints.
final class Lesson02WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson02")
    let expected = [
      "unrolled: n_x = 12288 numbers",  // 64·64·3
      "d(cross-entropy of σ)/dw₁, numerically = 0.7503",  // x₁·(a − y) = 1·σ(1.1)
      "e^z / (1 + e^z) at z = 800 = NaN",  // ∞/∞
      "    = 0.2 + 1.0 + 0.0 − 0.1 = 1.1000",
      "p̂ = σ(z) = 1 / (1 + e^(−1.1)) = 0.7503",
      "L = −ln(1 − p̂) = −ln(0.2497) = 1.3873",  // the right loss for y = 0
      "−ln(0.75), the loss as if y were 1 = 0.2877",  // what the notes printed
      "J = −(1/3)·[ln 0.9 + ln 0.7 + ln 0.6] = 0.3243",
      "from the logit: max(z, 0) − z·y + ln(1 + e^(−|z|))                40.0000",
      "dz = a − y = 0.7503",
      "forward:  u = bc = 6,  v = a + u = 11,  J = 3v = 33",
      "the two rules agree on 100000 random logits: 0 disagreements",
      "569 tumours (212 malignant, 357 benign)",
      "J at the start = 0.6931",  // ln 2: p̂ = 0.5 for every tumour
      "test accuracy = 0.9649",
      "every email is on the right side of p̂ = 0.5: predicted classes 1, 0, 1",
    ]
    assertWalkthrough(run, named: "Lesson02", prints: expected, errata: 4)
    XCTAssertEqual(run.timingLines, 5, "five live timing lines")
  }

  /// Everything but the live timings is the same on every run.
  func testTwoRunsPrintIdenticalTextApartFromTimings() throws {
    let first = try runLesson("Lesson02")
    let second = try runLesson("Lesson02")
    XCTAssertEqual(first.outputWithoutTimings, second.outputWithoutTimings)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson02", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 11)
    let one = try runLesson("Lesson02", arguments: ["--section", "4"])
    XCTAssertTrue(one.output.hasPrefix("4. One email"))
    XCTAssertFalse(one.output.contains("5. Loss and cost"))
  }
}
