import Foundation
import GradingSupport
import Lesson04Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 4.2 · Activation derivatives.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - σ' returned as σ(z): `testAtZero`, `testGradientCheck`, `testLargeInputsStayFinite`;
/// - tanh' as 1 − tanh z instead of 1 − tanh² z: `testGradientCheck`, `testLargeInputsStayFinite`;
/// - ReLU'(0) = 1 (the workbook, like PyTorch, uses 0): `testAtZero`.
final class Exercise0402Tests: XCTestCase {
  /// At 0: σ' = 0.5·0.5 = 0.25, tanh' = 1 − 0 = 1, ReLU' = 0 (the workbook's choice).
  func testAtZero() throws {
    let d = try attempt("4.2") { try Lesson04Exercises.activationDerivatives(Matrix([[0]])) }
    assertNumber(d.sigmoid[0, 0], matches: 0.25, "σ'(0)", hint: "σ(0) = 0.5, and σ' = σ·(1 − σ).")
    assertNumber(d.tanh[0, 0], matches: 1, "tanh'(0)", hint: "tanh(0) = 0, and tanh' = 1 − tanh².")
    assertNumber(
      d.relu[0, 0], matches: 0, "ReLU'(0)", tolerance: 0,
      hint: "The workbook uses 0 at the kink: 1 only for z > 0 (strictly).")
  }

  /// Every derivative against centred differences, at points kept away from ReLU's kink.
  func testGradientCheck() throws {
    let Z = Matrix([[-3, -1.2, -0.3, 0.4, 1.1, 2.5]])
    let d = try attempt("4.2") { try Lesson04Exercises.activationDerivatives(Z) }
    let functions: [(String, Matrix, (Double) -> Double, String)] = [
      ("σ'", d.sigmoid, { 1 / (1 + exp(-$0)) }, "σ' = σ(z)·(1 − σ(z)), with σ(z) = 1 / (1 + e^(−z))."),
      ("tanh'", d.tanh, { tanh($0) }, "tanh' = 1 − tanh(z)², not 1 − tanh(z)."),
      ("ReLU'", d.relu, { max(0, $0) }, "1 where z > 0, 0 where z < 0."),
    ]
    for (name, analytic, function, hint) in functions {
      let numeric = Z.map { numericDerivative(of: function, at: $0) }
      assertMatrix(
        analytic, matches: numeric, "\(name) against centred differences", tolerance: Tolerance.gradientCheck,
        hint: hint)
    }
  }

  /// Large inputs: the derivatives vanish but stay finite.
  func testLargeInputsStayFinite() throws {
    let d = try attempt("4.2") { try Lesson04Exercises.activationDerivatives(Matrix([[-800, 800]])) }
    assertMatrix(
      d.sigmoid, matches: Matrix([[0, 0]]), "σ' at ±800", tolerance: 1e-9,
      hint: "σ(z) is 0 or 1 there, so σ·(1 − σ) = 0; write σ as 1 / (1 + exp(−z)).")
    assertMatrix(d.tanh, matches: Matrix([[0, 0]]), "tanh' at ±800", tolerance: 1e-9, hint: "tanh(±800) = ±1.")
  }
}
