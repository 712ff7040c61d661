import Foundation
import XCTest

@testable import WorkbookBasics
@testable import WorkbookReference

/// Each schedule's rate at chosen steps, worked by hand in the comments.
final class ScheduleTests: XCTestCase {
  private func assertRates(
    _ schedule: some LearningRateSchedule, _ expected: [Int: Double], file: StaticString = #filePath,
    line: UInt = #line
  ) {
    for (step, rate) in expected.sorted(by: { $0.key < $1.key }) {
      XCTAssertEqual(
        schedule.rate(atStep: step), rate, accuracy: 1e-12, "\(schedule.name) at step \(step)", file: file,
        line: line)
    }
  }

  func testConstantAndPiecewise() {
    assertRates(ConstantRate(0.05), [0: 0.05, 1000: 0.05])
    // 0.1 until step 100, 0.01 until 250, then 0.001; a boundary step takes the new rate.
    assertRates(
      PiecewiseConstantRate(boundaries: [100, 250], rates: [0.1, 0.01, 0.001]),
      [0: 0.1, 99: 0.1, 100: 0.01, 249: 0.01, 250: 0.001, 10_000: 0.001])
  }

  func testExponentialDecayIsSmooth() {
    // 0.1·0.5^(t/100): halved every 100 steps, 0.1/√2 half-way.
    assertRates(
      ExponentialDecay(initialRate: 0.1, factor: 0.5, every: 100),
      [0: 0.1, 50: 0.1 / 2.0.squareRoot(), 100: 0.05, 300: 0.0125])
  }

  func testTimeBasedDecaySmoothAndInNgsStairs() {
    // 0.2 / (1 + 0.5·t).
    assertRates(TimeBasedDecay(initialRate: 0.2, decay: 0.5), [0: 0.2, 1: 0.2 / 1.5, 2: 0.1, 6: 0.05])
    // Ng's form: ⌊t/1000⌋ — the same until step 999, then 0.2/1.5 until 1999.
    assertRates(
      TimeBasedDecay(initialRate: 0.2, decay: 0.5, every: 1000), [0: 0.2, 999: 0.2, 1000: 0.2 / 1.5, 2000: 0.1])
  }

  func testCosineDecayGoesToItsFloorAndStays() {
    // Half-way: η_min + ½(η₀ − η_min) = 0.01 + 0.045 = 0.055.
    assertRates(
      CosineDecay(initialRate: 0.1, minimumRate: 0.01, steps: 200), [0: 0.1, 100: 0.055, 200: 0.01, 500: 0.01])
  }

  func testOneCycleWarmsUpThenAnnealsFarBelowTheStart() {
    let cycle = OneCycleRate(maximumRate: 1, steps: 100)
    XCTAssertEqual(cycle.peakStep, 30)
    // Starts at 1/25, peaks at 1 at step 30, half-way down at step 65, ends at 1/(25·10⁴).
    let end = 1.0 / 25 / 1e4
    assertRates(cycle, [0: 0.04, 15: (0.04 + 1) / 2, 30: 1, 65: (1 + end) / 2, 100: end, 150: end])
    let rates = (0...100).map(cycle.rate(atStep:))
    XCTAssertTrue(zip(rates, rates.dropFirst()).prefix(30).allSatisfy { $0 < $1 }, "the warm-up must rise")
    XCTAssertTrue(zip(rates, rates.dropFirst()).dropFirst(30).allSatisfy { $0 > $1 }, "the annealing must fall")
  }

  func testNamesSayTheSettings() {
    XCTAssertEqual(
      ExponentialDecay(initialRate: 0.1, factor: 0.5, every: 100).name, "exponential (η₀ 0.1, ×0.5 per 100 steps)")
    XCTAssertEqual(
      TimeBasedDecay(initialRate: 0.1, decay: 1, every: 10).name, "time-based (η₀ 0.1, decay 1, every 10 steps)")
    XCTAssertEqual(
      PiecewiseConstantRate(boundaries: [10], rates: [0.1, 0.01]).name, "piecewise (0.1 until 10, then 0.01)")
  }
}
