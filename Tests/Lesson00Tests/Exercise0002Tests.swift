import Foundation
import GradingSupport
import Lesson00Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 0.2 · A small graph by hand.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - dL/dc with only the direct path (v): `testByHand`, `testMatchesTheLibrarysValue`;
/// - dL/dc with only the path through v (c): `testByHand`;
/// - dL/da and dL/db swapped (a and b confused): `testByHand`, `testMatchesTheLibrarysValue`;
/// - dL/da without the factor dL/du = c (just b): `testByHand`, `testAgainstCentredDifferences`.
final class Exercise0002Tests: XCTestCase {
  /// a = 2, b = −3, c = 4: u = −6, v = −2, L = −8. Backward: dL/dv = c = 4, dL/du = 4,
  /// dL/da = 4·b = −12, dL/db = 4·a = 8, dL/dc = v + dL/dv = −2 + 4 = 2.
  func testByHand() throws {
    let result = try attempt("0.2") { try smallGraph(a: 2, b: -3, c: 4) }
    assertNumber(
      result.L, matches: -8, "L", sizes: .noFactors, hint: "Forward: u = a·b = −6, v = u + c = −2, L = v·c = −8.")
    assertNumber(
      result.dLda, matches: -12, "dL/da",
      sizes: .noFactors,
      hint: result.dLda == -3
        ? "−3 is ∂u/∂a = b alone: multiply by dL/du = 4 on the way back (the chain rule)."
        : result.dLda == 8 ? "8 is dL/db: ∂u/∂a is b, not a." : "dL/da = dL/du · ∂u/∂a = 4 · b = −12.")
    assertNumber(
      result.dLdb, matches: 8, "dL/db", sizes: .noFactors,
      hint: result.dLdb == -12 ? "−12 is dL/da: ∂u/∂b is a." : "dL/du · a = 4 · 2.")
    let dcHint: String
    switch result.dLdc {
    case -2: dcHint = "−2 is only the direct path, L = v·c → v. c also reaches L through v: add dL/dv · 1 = 4."
    case 4: dcHint = "4 is only the path through v. c also multiplies v directly: add ∂L/∂c = v = −2."
    default: dcHint = "One term per path from c to L: v (directly) + dL/dv (through v) = −2 + 4 = 2."
    }
    assertNumber(result.dLdc, matches: 2, "dL/dc", sizes: .noFactors, hint: dcHint)
  }

  /// Against the library's Value on seeded a, b, c.
  func testMatchesTheLibrarysValue() throws {
    var generator = SeededGenerator(seed: 2)
    for _ in 0..<10 {
      let numbers = (0..<3).map { _ in generator.nextUniform(in: -3..<3) }
      let (a, b, c) = (Value(numbers[0]), Value(numbers[1]), Value(numbers[2]))
      let L = (a * b + c) * c
      L.backward()
      let result = try attempt("0.2") { try smallGraph(a: numbers[0], b: numbers[1], c: numbers[2]) }
      let point = numbers.map { formatNumber($0) }.joined(separator: ", ")
      assertNumber(result.L, matches: L.data, "L at (\(point))", sizes: .noFactors, hint: "(a·b + c)·c.")
      assertNumber(result.dLda, matches: a.grad, "dL/da at (\(point))", sizes: .noFactors, hint: "dL/da = c·b.")
      assertNumber(result.dLdb, matches: b.grad, "dL/db at (\(point))", sizes: .noFactors, hint: "dL/db = c·a.")
      assertNumber(
        result.dLdc, matches: c.grad, "dL/dc at (\(point))", sizes: .noFactors,
        hint: "Both paths: v + c, that is a·b + 2c.")
    }
  }

  /// Each derivative against centred differences of your own L.
  func testAgainstCentredDifferences() throws {
    let (a, b, c) = (0.7, -1.3, 2.1)
    let result = try attempt("0.2") { try smallGraph(a: a, b: b, c: c) }
    let slopes = [
      try numericDerivative(of: { x in try smallGraph(a: x, b: b, c: c).L }, at: a),
      try numericDerivative(of: { x in try smallGraph(a: a, b: x, c: c).L }, at: b),
      try numericDerivative(of: { x in try smallGraph(a: a, b: b, c: x).L }, at: c),
    ]
    for (name, (yours, slope)) in zip(["a", "b", "c"], zip([result.dLda, result.dLdb, result.dLdc], slopes)) {
      assertNumber(
        yours, matches: slope, "dL/d\(name) against centred differences of your L", tolerance: Tolerance.gradientCheck,
        sizes: .noFactors, hint: "Your L and your dL/d\(name) disagree: check the backward step for \(name).")
    }
  }
}
