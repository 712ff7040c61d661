import GradingSupport
import Lesson04Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 4.3 · The backward pass.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the 1/m left out: `testGradientCheck`, `testMatchesTheLibraryOnXOR`, `testZeroNetworkByHand`;
/// - σ' taken of O1 = σ(N1) instead of N1: `testGradientCheck`, `testMatchesTheLibraryOnXOR`;
/// - the σ' factor left out of dL/dN1: `testGradientCheck`, `testMatchesTheLibraryOnXOR`;
/// - dW2 from the pre-activation N1 instead of O1: `testGradientCheck`, `testMatchesTheLibraryOnXOR`,
///   `testZeroNetworkByHand`.
final class Exercise0403Tests: XCTestCase {
  /// All-zero parameters on XOR, worked by hand (see `ZeroNetwork`).
  func testZeroNetworkByHand() throws {
    let n = ZeroNetwork.self
    let g = try attempt("4.3") {
      try Lesson04Exercises.backward(XOR.X, targets: XOR.Y, W1: n.W1, B1: n.B1, W2: n.W2, B2: n.B2)
    }
    assertNumber(g.loss, matches: n.loss, "the loss", hint: "P = 0, so L = mean((Y − 0)²) = 2/4.")
    assertMatrix(
      g.dW2, matches: n.dW2, "dW2", hint: "dW2 = O1ᵀ·dLdP with O1 = 0.5 everywhere and dLdP = −(2/m)·(Y − P).")
    assertMatrix(g.dB2, matches: n.dB2, "dB2", hint: "dB2 = the sum of dLdP over the batch: −(2/4)·2 = −1.")
    assertMatrix(
      g.dW1, matches: .zeros(rows: 2, columns: 3), "dW1", tolerance: 1e-12,
      hint: "W2 = 0 blocks every path back to the first layer.")
    assertMatrix(g.dB1, matches: .zeros(rows: 1, columns: 3), "dB1", tolerance: 1e-12, hint: "As for dW1.")
  }

  /// Every gradient against centred differences of the loss.
  func testGradientCheck() throws {
    var generator = SeededGenerator(seed: 403)
    let X = Matrix.randomNormal(rows: 7, columns: 3, using: &generator)
    let Y = Matrix.randomNormal(rows: 7, columns: 1, using: &generator)
    let W1 = Matrix.randomNormal(rows: 3, columns: 4, using: &generator)
    let B1 = Matrix.randomNormal(rows: 1, columns: 4, using: &generator)
    let W2 = Matrix.randomNormal(rows: 4, columns: 1, using: &generator)
    let B2 = Matrix.randomNormal(rows: 1, columns: 1, using: &generator)
    let g = try attempt("4.3") { try Lesson04Exercises.backward(X, targets: Y, W1: W1, B1: B1, W2: W2, B2: B2) }
    let loss = { (w1: Matrix, b1: Matrix, w2: Matrix, b2: Matrix) -> Double in
      var network = SeededNetwork.reference(W1: w1, B1: b1, W2: w2, B2: b2)
      // The reference on finite data never throws; a NaN would fail the comparison below.
      return (try? network.computeGradients(features: X, targets: Y)) ?? .nan
    }
    let check: [(String, Matrix, Matrix, String)] = [
      ("dW2", g.dW2, numericGradient(of: { loss(W1, B1, $0, B2) }, at: W2), "dW2 = O1ᵀ·dLdP, hidden × 1."),
      ("dB2", g.dB2, numericGradient(of: { loss(W1, B1, W2, $0) }, at: B2), "dB2 = dLdP.sum(axis: 0)."),
      (
        "dW1", g.dW1, numericGradient(of: { loss($0, B1, W2, B2) }, at: W1),
        "dW1 = Xᵀ·dLdN1 with dLdN1 = (dLdP·W2ᵀ) ⊙ σ(N1)·(1 − σ(N1))."
      ),
      (
        "dB1", g.dB1, numericGradient(of: { loss(W1, $0, W2, B2) }, at: B1),
        "dB1 = dLdN1.sum(axis: 0): one entry per hidden unit, summed over the batch only."
      ),
    ]
    for (name, analytic, numeric, hint) in check {
      assertMatrix(
        analytic, matches: numeric, "\(name) against the numeric gradient", tolerance: Tolerance.gradientCheck,
        hint: hint)
    }
    assertNumber(g.loss, matches: loss(W1, B1, W2, B2), "the loss", hint: "L = mean((Y − P)²) over the m rows.")
  }

  /// The walkthrough's XOR network against the library's layers.
  func testMatchesTheLibraryOnXOR() throws {
    let start = SeededNetwork.make()
    let g = try attempt("4.3") {
      try Lesson04Exercises.backward(XOR.X, targets: XOR.Y, W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2)
    }
    var reference = SeededNetwork.reference(W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2)
    try reference.computeGradients(features: XOR.X, targets: XOR.Y)
    let expected = reference.parameterGradients
    assertMatrix(g.dW1, matches: expected[0], "dW1", hint: "Xᵀ·dLdN1, 2 × 3.")
    assertMatrix(
      g.dB1, matches: expected[1], "dB1",
      hint: "Sum dLdN1 over the batch (axis 0) only; a second sum over the units is the book's bug.")
    assertMatrix(g.dW2, matches: expected[2], "dW2", hint: "O1ᵀ·dLdP, 3 × 1.")
    assertMatrix(g.dB2, matches: expected[3], "dB2", hint: "dLdP summed over the batch.")
  }
}
