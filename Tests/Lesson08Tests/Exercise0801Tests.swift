import GradingSupport
import Lesson08Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 8.1 · The L2 cost and its gradient.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - λ instead of λ/2 in the cost (while the gradient is λw): `testCostByHand`,
///   `testGradientIsTheDerivativeOfTheCost`;
/// - biases penalised: `testCostByHand`, `testGradientsMatchTheLibrary`;
/// - 2λw in the gradient: `testGradientIsTheDerivativeOfTheCost`, `testGradientsMatchTheLibrary`;
/// - λ hard-coded or ignored: `testGradientsMatchTheLibrary` (λ = 0.03 and 2);
/// - weights told apart by position (`index % 2 == 0`) or by shape (`rows > 1`) instead of by
///   `isWeight`: `testIsWeightDecidesNotPositionOrShape`.
final class Exercise0801Tests: XCTestCase {
  /// W = [[1, 2], [3, 0]] (Σw² = 14), b = [5, 5] (not penalised), data cost 0.5, λ = 0.1:
  /// J = 0.5 + 0.05·14 = 1.2.
  func testCostByHand() throws {
    let parameters = [Matrix([[1, 2], [3, 0]]), Matrix([[5, 5]])]
    let cost = try attempt("8.1") {
      try l2CostAndGradients(
        dataCost: 0.5, dataGradients: parameters.map { Matrix.zeros(rows: $0.rows, columns: $0.columns) },
        parameters: parameters, isWeight: [true, false], lambda: 0.1
      ).cost
    }
    assertNumber(
      cost, matches: 1.2, "J",
      hint: "J = 0.5 + (λ/2)·Σw² = 0.5 + 0.05·14 = 1.2: half of λ, and the bias (Σb² = 50) is not penalised.")
  }

  /// The gradient against centred differences of the learner's own cost, with λ = 0.7.
  func testGradientIsTheDerivativeOfTheCost() throws {
    let weights = Matrix([[0.5, -1.5], [2.0, 0.25]])
    let bias = Matrix([[1.0, -2.0]])
    let zeros = [Matrix.zeros(rows: 2, columns: 2), Matrix.zeros(rows: 1, columns: 2)]
    let gradients = try attempt("8.1") {
      try l2CostAndGradients(
        dataCost: 0, dataGradients: zeros, parameters: [weights, bias], isWeight: [true, false], lambda: 0.7
      ).gradients
    }
    let numeric = try numericGradient(
      of: { w in
        try attempt("8.1") {
          try l2CostAndGradients(
            dataCost: 0, dataGradients: zeros, parameters: [w, bias], isWeight: [true, false], lambda: 0.7
          ).cost
        }
      }, at: weights)
    assertMatrix(
      gradients[0], matches: numeric, "dJ/dW against centred differences of your l2Cost",
      tolerance: Tolerance.gradientCheck,
      hint: "With J = (λ/2)·Σw² the gradient is λ·w. If these differ by a factor 2, the ½ is missing in one of them.")
  }

  /// `isWeight` alone says what is decayed: here a 2×2 parameter that is not a weight comes
  /// first, then a one-row weight, then a 3×1 weight. λ = 0.5, data cost 0, data gradients 0:
  /// J = 0.25·(1 + 4 + 9 + 1 + 1 + 1) = 4.25.
  func testIsWeightDecidesNotPositionOrShape() throws {
    let parameters = [Matrix([[7, 7], [7, 7]]), Matrix([[1, 2, 3]]), Matrix(column: [1, -1, 1])]
    let (cost, gradients) = try attempt("8.1") {
      try l2CostAndGradients(
        dataCost: 0, dataGradients: parameters.map { Matrix.zeros(rows: $0.rows, columns: $0.columns) },
        parameters: parameters, isWeight: [false, true, true], lambda: 0.5)
    }
    let hint = "Decay exactly the parameters whose isWeight is true, whatever their place in the list or their shape."
    assertNumber(cost, matches: 4.25, "J with isWeight [false, true, true]", hint: hint)
    guard gradients.count == 3 else { return XCTFail("3 parameters need 3 gradients, got \(gradients.count).") }
    assertMatrix(gradients[0], matches: .zeros(rows: 2, columns: 2), "dJ/dθ of parameter 0 (not a weight)", hint: hint)
    assertMatrix(gradients[1], matches: Matrix([[0.5, 1, 1.5]]), "dJ/dθ of parameter 1 (a one-row weight)", hint: hint)
    assertMatrix(
      gradients[2], matches: Matrix(column: [0.5, -0.5, 0.5]), "dJ/dθ of parameter 2 (a weight)", hint: hint)
  }

  /// Against the library's l2Gradients and l2Penalty on seeded parameters, for two λ.
  func testGradientsMatchTheLibrary() throws {
    var generator = SeededGenerator(seed: 801)
    let parameters = [
      Matrix.randomNormal(rows: 3, columns: 4, using: &generator),
      Matrix.randomNormal(rows: 1, columns: 4, using: &generator),
      Matrix.randomNormal(rows: 4, columns: 2, using: &generator),
      Matrix.randomNormal(rows: 1, columns: 2, using: &generator),
    ]
    let data = parameters.map { Matrix.randomNormal(rows: $0.rows, columns: $0.columns, using: &generator) }
    let roles: [ParameterRole] = [.weight, .bias, .weight, .bias]
    for lambda in [0.03, 2.0] {
      let (cost, gradients) = try attempt("8.1") {
        try l2CostAndGradients(
          dataCost: 1, dataGradients: data, parameters: parameters, isWeight: roles.map { $0 == .weight },
          lambda: lambda)
      }
      let expected = l2Gradients(data, parameters: parameters, roles: roles, lambda: lambda)
      for index in parameters.indices {
        assertMatrix(
          gradients[index], matches: expected[index], "dJ/dθ of parameter \(index) (\(roles[index])), λ = \(lambda)",
          hint: "Weights get λ·w added (with the λ you were given); biases keep their data gradient.")
      }
      assertNumber(
        cost, matches: 1 + l2Penalty(parameters, roles: roles, lambda: lambda), "J with λ = \(lambda)",
        hint: "J = data cost + (λ/2)·Σ over the weights only.")
    }
  }
}
