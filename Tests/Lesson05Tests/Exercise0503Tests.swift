import GradingSupport
import Lesson05Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 5.3 · Per-layer gradient norms.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - dZ_L scaled by 1/m instead of 1/(m·k) (two outputs): `testMatchesTheLibraryOnADeepNetwork`;
/// - the σ' factor left out of the backward step: `testGradientCheck`, `testMatchesTheLibraryOnADeepNetwork`,
///   `testTwoLayersByHand`;
/// - an off-by-one loop that skips the first layer: `testGradientCheck`, `testMatchesTheLibraryOnADeepNetwork`,
///   `testOneLayerByHand`, `testTwoLayersByHand`;
/// - a sigmoid on the output layer too: `testGradientCheck`, `testMatchesTheLibraryOnADeepNetwork`,
///   `testOneLayerByHand`, `testTwoLayersByHand`.
final class Exercise0503Tests: XCTestCase {
  /// One linear layer: ‖dW‖ = ‖(6, 12)‖ = √180 (see `OneLayerByHand`).
  func testOneLayerByHand() throws {
    let norms = try attempt("5.3") {
      try Lesson05Exercises.layerGradientNorms(
        OneLayerByHand.X, targets: OneLayerByHand.Y, weights: OneLayerByHand.weights, biases: OneLayerByHand.biases)
    }
    XCTAssertEqual(norms.count, 1, "one norm per layer")
    assertNumber(
      norms.first ?? .nan, matches: OneLayerByHand.norms[0], "‖dW‖ for P = X·W + b = 3, Y = 0",
      hint: "dZ = −(2/(m·k))·(Y − P) = 6 and dW = Xᵀ·dZ = (6, 12); its norm is √(36 + 144). The last "
        + "layer has no sigmoid.")
  }

  /// Two layers: ‖dW1‖ = √2.5 and ‖dW2‖ = √2 (see `TwoLayersByHand`).
  func testTwoLayersByHand() throws {
    let norms = try attempt("5.3") {
      try Lesson05Exercises.layerGradientNorms(
        TwoLayersByHand.X, targets: TwoLayersByHand.Y, weights: TwoLayersByHand.weights,
        biases: TwoLayersByHand.biases)
    }
    XCTAssertEqual(norms.count, 2, "one norm per layer, input side first")
    guard norms.count == 2 else { return }
    assertNumber(
      norms[1], matches: TwoLayersByHand.norms[1], "‖dW2‖ (the output layer)",
      hint: "dW2 = A1ᵀ·dZ2 with A1 = σ(0) = (0.5, 0.5) and dZ2 = 2: (1, 1), norm √2.")
    assertNumber(
      norms[0], matches: TwoLayersByHand.norms[0], "‖dW1‖ (the hidden layer)",
      hint: "dZ1 = (dZ2·W2ᵀ) ⊙ σ'(Z1) = (2, 2) ⊙ 0.25 = (0.5, 0.5), then dW1 = Xᵀ·dZ1. Is the list "
        + "input side first?")
  }

  /// A seeded 5 → 6 → 6 → 6 → 6 → 2 network on 8 examples, against the library's layers.
  func testMatchesTheLibraryOnADeepNetwork() throws {
    let deep = DeepSigmoidNetwork(sizes: [5, 6, 6, 6, 6, 2], examples: 8, seed: 505)
    let norms = try attempt("5.3") {
      try Lesson05Exercises.layerGradientNorms(deep.X, targets: deep.Y, weights: deep.weights, biases: deep.biases)
    }
    var network = deep.sequential
    try network.computeGradients(features: deep.X, targets: deep.Y)
    assertMatrix(
      Matrix(row: norms), matches: Matrix(row: network.weightGradientNorms.map(\.norm)),
      "‖dWₗ‖ of 5 layers, input side first",
      hint: "Check the mean over all m·k entries (k = 2 here) in dZ_L, σ' at each hidden layer's "
        + "own output, and that the biases are added in the forward pass.")
  }

  /// Every norm against the norm of a numeric gradient of the loss (centred differences).
  func testGradientCheck() throws {
    let deep = DeepSigmoidNetwork(sizes: [3, 4, 4, 1], examples: 5, seed: 506)
    let norms = try attempt("5.3") {
      try Lesson05Exercises.layerGradientNorms(deep.X, targets: deep.Y, weights: deep.weights, biases: deep.biases)
    }
    XCTAssertEqual(norms.count, deep.weights.count, "one norm per layer")
    for layer in deep.weights.indices where layer < norms.count {
      let numeric = numericGradient(
        of: { deep.loss(replacingWeightsOf: layer, with: $0) }, at: deep.weights[layer])
      assertNumber(
        norms[layer], matches: numeric.norm(), "‖dW\(layer + 1)‖ against centred differences",
        tolerance: Tolerance.gradientCheck,
        hint: "Each backward step is dA = dZ·Wᵀ, then dZ = dA ⊙ A(1 − A) with the A of that hidden layer.")
    }
  }
}
