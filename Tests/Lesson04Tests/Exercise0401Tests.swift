import GradingSupport
import Lesson04Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 4.1 · Dense forward.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the bias left out: `testByHand`, `testMatchesTheLibraryLayerOnABatch`.
final class Exercise0401Tests: XCTestCase {
  /// [[1, 2]]·[[1, 0, −1], [2, 1, 0]] + (0.5, 0, −0.5) = (5, 2, −1) + (0.5, 0, −0.5) = (5.5, 2, −1.5).
  func testByHand() throws {
    let M = try attempt("4.1") {
      try Lesson04Exercises.denseForward(
        Matrix([[1, 2]]), weights: Matrix([[1, 0, -1], [2, 1, 0]]), bias: Matrix(row: [0.5, 0, -0.5]))
    }
    assertMatrix(
      M, matches: Matrix(row: [5.5, 2, -1.5]), "X·W + b for one example",
      hint: "Each output k is Σᵢ xᵢ·W[i, k] + b[k]: X.matmul(W) + b.")
  }

  func testMatchesTheLibraryLayerOnABatch() throws {
    var generator = SeededGenerator(seed: 401)
    var layer = Dense(inputs: 4, outputs: 3, standardDeviation: 1, using: &generator)
    layer.bias = Matrix.randomNormal(rows: 1, columns: 3, using: &generator)
    let X = Matrix.randomNormal(rows: 6, columns: 4, using: &generator)
    let M = try attempt("4.1") { try Lesson04Exercises.denseForward(X, weights: layer.weights, bias: layer.bias) }
    assertMatrix(
      M, matches: layer.forward(X, training: false), "the layer's output for 6 examples",
      hint: "m × n_out: one row per example; the bias is added to every row.")
  }
}
