import Foundation
import WorkbookBasics
import XCTest

/// Runs the built `Lesson03` executable as a learner would and checks what it prints.
final class Lesson03WalkthroughTests: XCTestCase {
  func testPrintsTheKeyComputedNumbersAndExitsZero() throws {
    let run = try runLesson("Lesson03")
    let expected = [
      "  z_C = 0.2·1 + 0.8·2 + (-0.5)·0 + (-0.1) = 1.7000",
      "  p̂_Python = 1.4918 / 7.8706 = 0.1895",  // e^0.4 / (e^1.7 + e^−0.1 + e^0.4)
      "  L = −ln p̂_Python = −ln 0.1895 = 1.6631",
      "0.1895), whose entries add up to 1.3314",  // the notes' softmax with the sum stopping at k
      "  J = −(1/3)·[ln 0.2 + ln 0.8 + ln 0.6] = 0.7811",
      "  J with the second list as truth = 0.3635",  // −(1/3)[ln 0.7 + ln 0.8 + ln 0.6]
      "  post 1  (0.4967, -0.1383, 0.6477)   (0.3713, 0.1968, 0.4319)  Python",
      "  p̂ − y                  = (0.6955, 0.1150, -0.8105)",
      "  naive softmax(1000, 1001, 1002)    = (NaN, NaN, NaN)   (∞/∞)",
      "  softmax(1000, 1001, 1002)    = (0.0900, 0.2447, 0.6652)",
      "  M + ln Σ e^(z − M) = 1002.4076",
      "  from the logits: LSE(z) − z_true (log-softmax)  800.0000",
      "  L = −[ln p̂_C + ln(1 − p̂_Java) + ln p̂_Python] = 1.3252",
      "  post 2  (0.5, 1.5, 0.2)   (0.62, 0.82, 0.55)  C, Java, Python  C, Java, Python",
      "  classes          none           2              K = 10         K = 3 labels",
      "1797 handwritten digits, each an 8 × 8 image",
      "  J on the first batch = 2.3026",  // ln 10: every digit at p̂ = 0.1
      "  test accuracy = 0.9722",
    ]
    assertWalkthrough(run, named: "Lesson03", prints: expected, errata: 4)
    XCTAssertEqual(run.timingLines, 1, "one live timing line")
  }

  /// Everything but the live timing is the same on every run.
  func testTwoRunsPrintIdenticalTextApartFromTimings() throws {
    let first = try runLesson("Lesson03")
    let second = try runLesson("Lesson03")
    XCTAssertEqual(first.outputWithoutTimings, second.outputWithoutTimings)
  }

  func testSectionOptions() throws {
    let list = try runLesson("Lesson03", arguments: ["--list"])
    XCTAssertEqual(list.output.split(separator: "\n").count, 11)
    let one = try runLesson("Lesson03", arguments: ["--section", "7"])
    XCTAssertTrue(one.output.hasPrefix("7. Overflow"))
    XCTAssertFalse(one.output.contains("8. Multi-label"))
  }
}
