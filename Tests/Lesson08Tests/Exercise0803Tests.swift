import GradingSupport
import Lesson08Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 8.3 · Dropout backward.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the gradient passed through unmasked: `testBackwardByHand`, `testMatchesTheLibraryLayer`;
/// - the mask without the scale 1/(1 − p): `testBackwardByHand`, `testMatchesTheLibraryLayer`;
/// - scaling by p: `testBackwardByHand`.
final class Exercise0803Tests: XCTestCase {
  /// dL/dx′ = [1, 1, 1] through mask [0, 1, 1] at p = 0.25: [0, 4/3, 4/3].
  func testBackwardByHand() throws {
    let gradient = try attempt("8.3") {
      try dropoutBackward(Matrix([[1, 1, 1]]), mask: Matrix([[0, 1, 1]]), rate: 0.25)
    }
    assertMatrix(
      gradient, matches: Matrix([[0, 4.0 / 3, 4.0 / 3]]), "dL/dx",
      sizes: .elementwise,
      hint: "The gradient passes only where the mask kept the entry, scaled by 1/(1 − p) like the forward pass.")
  }

  /// Against the library's Dropout layer with the same mask.
  func testMatchesTheLibraryLayer() throws {
    var generator = SeededGenerator(seed: 803)
    let x = Matrix.randomNormal(rows: 4, columns: 5, using: &generator)
    let upstream = Matrix.randomNormal(rows: 4, columns: 5, using: &generator)
    let mask = Matrix(rows: 4, columns: 5, values: (0..<20).map { _ in generator.nextUniform() < 0.6 ? 1 : 0 })
    var layer = Dropout(rate: 0.4)
    layer.nextMask = mask
    _ = layer.forward(x, training: true)
    let gradient = try attempt("8.3") { try dropoutBackward(upstream, mask: mask, rate: 0.4) }
    assertMatrix(
      gradient, matches: layer.backward(upstream), "dL/dx for a 4×5 batch", sizes: .elementwise,
      hint: "dL/dx′ ⊙ mask / (1 − p).")
  }
}
