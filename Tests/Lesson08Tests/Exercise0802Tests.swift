import GradingSupport
import Lesson08Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 8.2 · Dropout forward.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - scaling by p instead of 1/(1 − p): `testForwardByHand`, `testMatchesTheLibraryLayer`;
/// - scaling by 1/p: `testForwardByHand`;
/// - no scaling: `testForwardByHand`, `testExpectationOverEveryMask`;
/// - dropout left on at inference: `testIdentityAtInference`.
final class Exercise0802Tests: XCTestCase {
  /// x = [2, 4, 6], mask [1, 0, 1], p = 0.5: x′ = [2, 0, 6] / 0.5 = [4, 0, 12].
  func testForwardByHand() throws {
    let output = try attempt("8.2") {
      try dropoutForward(Matrix([[2, 4, 6]]), mask: Matrix([[1, 0, 1]]), rate: 0.5, training: true)
    }
    assertMatrix(
      output, matches: Matrix([[4, 0, 12]]), "x′ with p = 0.5",
      sizes: .elementwise,
      hint: "Keep the masked entries and divide by the probability of keeping, 1 − p = 0.5: [2, 0, 6]/0.5.")
    let other = try attempt("8.2") {
      try dropoutForward(Matrix([[2, 4, 6]]), mask: Matrix([[1, 0, 1]]), rate: 0.2, training: true)
    }
    assertMatrix(
      other, matches: Matrix([[2.5, 0, 7.5]]), "x′ with p = 0.2",
      sizes: .elementwise, hint: "Divide by 1 − p = 0.8 (not by p, and not multiply by p).")
  }

  /// At inference the input comes back unchanged, whatever the mask.
  func testIdentityAtInference() throws {
    let x = Matrix([[1, -2], [3, 4]])
    let output = try attempt("8.2") {
      try dropoutForward(x, mask: Matrix([[0, 1], [1, 0]]), rate: 0.5, training: false)
    }
    assertMatrix(
      output, matches: x, "x′ at inference", sizes: .elementwise,
      hint: "At inference dropout is off: return the input as it is.")
  }

  /// E[x′] = x exactly, summing over all 2³ masks weighted by their probabilities (p = 0.3).
  func testExpectationOverEveryMask() throws {
    let x = Matrix([[1.5, -2, 0.5]])
    var expectation = Matrix.zeros(rows: 1, columns: 3)
    for code in 0..<8 {
      let mask = Matrix([[Double(code & 1), Double((code >> 1) & 1), Double((code >> 2) & 1)]])
      let kept = mask.values.reduce(0, +)
      let probability = pow(0.7, kept) * pow(0.3, 3 - kept)
      let output = try attempt("8.2") { try dropoutForward(x, mask: mask, rate: 0.3, training: true) }
      expectation = expectation + probability * output
    }
    assertMatrix(
      expectation, matches: x, "E[x′] over every mask",
      sizes: .elementwise,
      hint: "Inverted dropout keeps the expectation: dividing by 1 − p makes up for the dropped share.")
  }

  /// Against the library's Dropout layer with the same masks, forward and backward.
  func testMatchesTheLibraryLayer() throws {
    var generator = SeededGenerator(seed: 802)
    let x = Matrix.randomNormal(rows: 4, columns: 5, using: &generator)
    _ = Matrix.randomNormal(rows: 4, columns: 5, using: &generator)
    let mask = Matrix(rows: 4, columns: 5, values: (0..<20).map { _ in generator.nextUniform() < 0.6 ? 1 : 0 })
    var layer = Dropout(rate: 0.4)
    layer.nextMask = mask
    let expected = layer.forward(x, training: true)
    let output = try attempt("8.2") { try dropoutForward(x, mask: mask, rate: 0.4, training: true) }
    assertMatrix(
      output, matches: expected, "x′ for a 4×5 batch", sizes: .elementwise, hint: "x ⊙ mask / (1 − p), entry by entry.")
  }
}
