import GradingSupport
import Lesson07Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 7.4 · A learning rate that decays in stairs.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - a real division t / interval (a smooth decay, no stairs): `testStairsByHand`;
/// - ⌊t / interval⌋ + 1 (decayed from the start): `testStairsByHand`;
/// - the interval ignored (decaying every step): `testMatchesTheLibrary`;
/// - η₀ multiplied by (1 + decay·k) instead of divided: `testStairsByHand`.
final class Exercise0704Tests: XCTestCase {
  /// η₀ = 0.2, decay 0.5, interval 1000: 0.2 at steps 0 and 999, 0.2/1.5 at 1000, 0.1 at 2000.
  func testStairsByHand() throws {
    for (step, expected) in [(0, 0.2), (999, 0.2), (1000, 0.2 / 1.5), (1999, 0.2 / 1.5), (2000, 0.1)] {
      let rate = try attempt("7.4") {
        try stairDecayRate(initialRate: 0.2, decayRate: 0.5, interval: 1000, step: step)
      }
      assertNumber(
        rate, matches: expected, "η at step \(step)",
        hint: "k = ⌊t / interval⌋ counts whole intervals (0 until step 999): η = η₀ / (1 + decay·k). Integer "
          + "division `step / interval` is that floor.")
    }
  }

  /// Against the library's TimeBasedDecay for three settings and many steps.
  func testMatchesTheLibrary() throws {
    for (initial, decay, interval) in [(0.1, 1.0, 7), (0.5, 0.1, 1), (0.03, 2.0, 50)] {
      let schedule = TimeBasedDecay(initialRate: initial, decay: decay, every: interval)
      for step in [0, 1, 6, 7, 8, 49, 50, 51, 333] {
        let rate = try attempt("7.4") {
          try stairDecayRate(initialRate: initial, decayRate: decay, interval: interval, step: step)
        }
        assertNumber(
          rate, matches: schedule.rate(atStep: step),
          "η at step \(step) (η₀ \(initial), decay \(decay), every \(interval))",
          hint: "Use the interval you were given: the rate drops only when t reaches a multiple of it.")
      }
    }
  }
}
