import Foundation
import GradingSupport
import Lesson00Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 0.1 · A centred difference.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - a forward difference (f(x + h) − f(x))/h: `testCubeByHand`, `testErrorShrinksLikeHSquared`;
/// - a backward difference (f(x) − f(x − h))/h: `testCubeByHand`;
/// - dividing by h instead of 2h: `testCubeByHand`, `testAnotherStep`;
/// - the step ignored or hard-coded (1e-5): `testCubeByHand`, `testAnotherStep`;
/// - integer-looking slips such as `/ 2 * h` (which divides by 2 and multiplies by h):
///   `testCubeByHand`, `testAnotherStep`.
final class Exercise0001Tests: XCTestCase {
  /// For f = x³ the centred difference is exactly 3x² + h²: at x = 2, h = 0.1 it is 12.01.
  /// The forward difference would give 3x² + 3xh + h² = 12.61, the backward one 11.41.
  func testCubeByHand() throws {
    let cube = { (x: Double) in x * x * x }
    let slope = try attempt("0.1") { try centredDifference(of: cube, at: 2, step: 0.1) }
    let slips: [(value: Double, note: String)] = [
      (12.61, "That is the forward difference (f(x + h) − f(x))/h: use both sides, x + h and x − h."),
      (11.41, "That is the backward difference (f(x) − f(x − h))/h: use both sides, x + h and x − h."),
      (24.02, "Twice the answer: x + h and x − h are 2h apart, so divide by 2h."),
      (12, "That is the exact derivative 3x², not the estimate with h = 0.1: use the step you are given."),
      (12.0000000001, "That is the slope with h = 1e-5: use the step you are given."),
      ((cube(2.1) - cube(1.9)) / 2 * 0.1, "`/ 2 * h` divides by 2 and then multiplies by h: write `/ (2 * h)`."),
      (cube(2.1) - cube(1.9), "That is f(x + h) − f(x − h) alone: divide it by 2h (in Swift `//` starts a comment)."),
    ]
    let note = slips.first { abs($0.value - slope) < 1e-11 }?.note
    assertNumber(
      slope, matches: 12.01, "the centred difference of x³ at x = 2 with h = 0.1", tolerance: 1e-12,
      sizes: .noFactors, hint: note ?? "(f(2.1) − f(1.9)) / 0.2 = (9.261 − 6.859) / 0.2 = 12.01.")
  }

  /// x³ at x = 1 with h = 0.5: 3 + 0.25 = 3.25; and x³ at x = −3 with h = 0.01: 27.0001.
  func testAnotherStep() throws {
    let cube = { (x: Double) in x * x * x }
    for (x, h, expected) in [(1.0, 0.5, 3.25), (-3.0, 0.01, 27.0001)] {
      let slope = try attempt("0.1") { try centredDifference(of: cube, at: x, step: h) }
      assertNumber(
        slope, matches: expected, "the centred difference of x³ at x = \(formatNumber(x, decimals: 0)), h = \(h)",
        tolerance: 1e-10, sizes: .noFactors, hint: "3x² + h² exactly, for a cube: the step h must be the one passed in."
      )
    }
  }

  /// The error of a centred difference falls like h²: a step 10 times smaller leaves an
  /// error about 100 times smaller (a one-sided difference: only about 10 times).
  func testErrorShrinksLikeHSquared() throws {
    let exact = cos(0.7)
    let coarse = try attempt("0.1") { try centredDifference(of: sin, at: 0.7, step: 1e-2) }
    let fine = try attempt("0.1") { try centredDifference(of: sin, at: 0.7, step: 1e-3) }
    let ratio = abs(coarse - exact) / abs(fine - exact)
    XCTAssertTrue(
      ratio > 80 && ratio < 120,
      "For sin at 0.7 the error with h = 0.01 is \(formatNumber(abs(coarse - exact))) and with h = 0.001 "
        + "\(formatNumber(abs(fine - exact))): \(formatNumber(ratio, decimals: 1)) times smaller, expected about "
        + "100.\nHint: "
        + (ratio > 5 && ratio < 20
          ? "about 10 is the sign of a one-sided difference: use f(x + h) and f(x − h)."
          : "(f(x + h) − f(x − h)) / 2h, with the h you are given."))
  }

  /// Against the library's numericDerivative on seeded functions, points and steps.
  func testMatchesTheLibrary() throws {
    var generator = SeededGenerator(seed: 1)
    for _ in 0..<20 {
      let (x, h) = (generator.nextUniform(in: -2..<2), pow(10, -generator.nextUniform(in: 1..<6)))
      let f = { (t: Double) in exp(t) * sin(3 * t) }
      let slope = try attempt("0.1") { try centredDifference(of: f, at: x, step: h) }
      assertNumber(
        slope, matches: numericDerivative(of: f, at: x, step: h),
        "the slope of eᵗ·sin 3t at \(formatNumber(x)), h = \(formatNumber(h))", tolerance: Tolerance.closedForm,
        sizes: .noFactors, hint: "(f(x + h) − f(x − h)) / (2 * h), with the step h you are given.")
    }
  }
}
