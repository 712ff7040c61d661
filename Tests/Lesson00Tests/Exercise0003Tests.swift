import Foundation
import GradingSupport
import Lesson00Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 0.3 · Local derivatives.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - multiply returning [a, b] (each input's own value): `testByHand`, `testMatchesTheLibrarysValue`;
/// - tanh's derivative as 1 − a² (the input squared, not the result): `testByHand`,
///   `testAgainstCentredDifferences`;
/// - power's derivative as k·aᵏ (the exponent not lowered) or aᵏ⁻¹ (no k): `testByHand`,
///   `testAgainstCentredDifferences`;
/// - the exponent hard-coded to 2: `testByHand` (k = 3 and 0.5);
/// - the power written through exp and log (NaN for a negative a): `testByHand` (a = −2).
final class Exercise0003Tests: XCTestCase {
  /// add at (3, −2): [1, 1]; multiply: [−2, 3]; tanh at 0.5: 1 − tanh²(0.5) = 0.7864…;
  /// a³ at 2: 3·2² = 12; a^0.5 at 4: 0.5·4^−0.5 = 0.25; a³ at −2: 3·(−2)² = 12; a² at 0: 0.
  func testByHand() throws {
    let added = try attempt("0.3") { try localDerivatives(of: .add, at: [3, -2]) }
    assertValue(added, equals: [1, 1], "the local derivatives of a + b", hint: "∂(a + b)/∂a = ∂(a + b)/∂b = 1.")
    let multiplied = try attempt("0.3") { try localDerivatives(of: .multiply, at: [3, -2]) }
    assertValue(
      multiplied, equals: [-2, 3], "the local derivatives of a·b at a = 3, b = −2",
      hint: multiplied == [3, -2]
        ? "Each input got its own value: ∂(a·b)/∂a is the other input, b."
        : "∂(a·b)/∂a = b and ∂(a·b)/∂b = a.")
    let tanhSlope = try attempt("0.3") { try localDerivatives(of: .tanh, at: [0.5]) }
    let expectedTanh = 1 - tanh(0.5) * tanh(0.5)
    assertNumber(
      tanhSlope.first ?? .nan, matches: expectedTanh, "the local derivative of tanh at 0.5",
      sizes: .noFactors,
      hint: abs((tanhSlope.first ?? 0) - 0.75) < 1e-12
        ? "0.75 is 1 − a², with the input a = 0.5: the derivative is 1 − tanh²(a), in terms of the result."
        : "1 − tanh²(a) = 1 − \(formatNumber(tanh(0.5)))².")
    for (k, a, expected) in [(3.0, 2.0, 12.0), (0.5, 4.0, 0.25), (3.0, -2.0, 12.0), (2.0, 0.0, 0.0)] {
      let slope = try attempt("0.3") { try localDerivatives(of: .power(k), at: [a]) }
      let yours = slope.first ?? .nan
      let hint: String
      if abs(yours - k * pow(a, k)) < 1e-12 {
        hint = "That is k·aᵏ: the exponent drops by one, k·aᵏ⁻¹."
      } else if abs(yours - pow(a, k - 1)) < 1e-12 {
        hint = "That is aᵏ⁻¹ without the factor k in front."
      } else if abs(yours - 2 * a) < 1e-12 {
        hint = "That is the derivative of a²: use the exponent k of `.power(let k)`."
      } else {
        hint =
          "k·aᵏ⁻¹ = \(formatNumber(k, decimals: 1))·(\(formatNumber(a, decimals: 0)))^\(formatNumber(k - 1, decimals: 1))"
          + (yours.isNaN ? ": pow(a, k − 1) works for a negative a with a whole k; exp and log do not." : ".")
      }
      assertNumber(
        yours, matches: expected,
        "the local derivative of a^\(formatNumber(k, decimals: 1)) at \(formatNumber(a, decimals: 0))",
        sizes: .noFactors, hint: hint)
    }
  }

  /// Against the library's Value on seeded inputs.
  func testMatchesTheLibrarysValue() throws {
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<10 {
      let (x, y) = (generator.nextUniform(in: 0.1..<3), generator.nextUniform(in: -3..<3))
      let k = generator.nextUniform(in: -2..<4)
      let cases: [(GraphOperation, [Double], Value, String)] = [
        (.add, [x, y], Value(x) + Value(y), "a + b"),
        (.multiply, [x, y], Value(x) * Value(y), "a·b"),
        (.tanh, [y], Value(y).tanh(), "tanh a"),
        (.power(k), [x], Value(x).power(k), "a^\(formatNumber(k))"),
      ]
      for (operation, inputs, value, name) in cases {
        let yours = try attempt("0.3") { try localDerivatives(of: operation, at: inputs) }
        let at = inputs.map { formatNumber($0) }.joined(separator: ", ")
        guard yours.count == value.localDerivatives.count else {
          XCTFail(
            "\(name) has \(value.localDerivatives.count) inputs, so it needs as many local derivatives; got \(yours.count)."
          )
          continue
        }
        assertMatrix(
          Matrix(row: yours), matches: Matrix(row: value.localDerivatives),
          "the local derivatives of \(name) at (\(at))",
          sizes: .noFactors, hint: "Compare with the table in the doc comment.")
      }
    }
  }

  /// Each local derivative against centred differences of the operation itself.
  func testAgainstCentredDifferences() throws {
    let functions: [(GraphOperation, (Double) -> Double, String)] = [
      (.tanh, { tanh($0) }, "tanh"), (.power(3), { pow($0, 3) }, "a³"), (.power(-1.5), { pow($0, -1.5) }, "a^−1.5"),
    ]
    for a in [0.3, 1.7] {
      for (operation, f, name) in functions {
        let yours = try attempt("0.3") { try localDerivatives(of: operation, at: [a]) }
        assertNumber(
          yours.first ?? .nan, matches: numericDerivative(of: f, at: a),
          "d(\(name))/da at \(formatNumber(a, decimals: 1))",
          tolerance: Tolerance.gradientCheck, sizes: .noFactors,
          hint: "The derivative must be the slope of the operation itself.")
      }
    }
    for (a, b) in [(1.5, -0.5), (-2.0, 3.0)] {
      let yours = try attempt("0.3") { try localDerivatives(of: .multiply, at: [a, b]) }
      let slopes = [numericDerivative(of: { $0 * b }, at: a), numericDerivative(of: { a * $0 }, at: b)]
      assertMatrix(
        Matrix(row: yours), matches: Matrix(row: slopes), "the local derivatives of a·b at (\(a), \(b))",
        tolerance: Tolerance.gradientCheck, sizes: .noFactors, hint: "∂(a·b)/∂a = b, ∂(a·b)/∂b = a.")
    }
  }

  /// The given nodes use your rules: multiply(a, b) records them.
  func testTheGivenNodesUseThem() throws {
    let (a, b) = (Node(3, label: "a"), Node(-2, label: "b"))
    let product = try attempt("0.3") { try multiply(a, b) }
    assertValue(product.data, equals: -6, "multiply(a, b).data", hint: "given code: 3 · (−2).")
    assertValue(
      product.localDerivatives, equals: [-2, 3], "multiply(a, b).localDerivatives",
      hint: "multiply takes its local derivatives from your localDerivatives(of: .multiply, …).")
  }
}
