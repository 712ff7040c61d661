import WorkbookBasics
import WorkbookReference
import XCTest

/// Fails unless a one-layer model's analytic gradients match centred differences of the loss
/// it reports itself.
func assertGradientsMatchCentredDifferences<Model: OneLayerModel>(
  _ model: Model, features X: Matrix, targets Y: Matrix, file: StaticString = #filePath, line: UInt = #line
) {
  let gradients = model.gradients(features: X, targets: Y)
  let numericW = numericGradient(
    of: { Model(weights: $0, bias: model.bias).gradients(features: X, targets: Y).loss }, at: model.weights)
  let numericB = numericGradient(
    of: { Model(weights: model.weights, bias: $0).gradients(features: X, targets: Y).loss }, at: model.bias)
  XCTAssertLessThan(relativeError(gradients.weights, numericW), 1e-7, "dL/dW", file: file, line: line)
  XCTAssertLessThan(relativeError(gradients.bias, numericB), 1e-7, "dL/dB", file: file, line: line)
}

/// Checks `layer` at `input` with the library's `layerGradientCheck`: dL/dX and every
/// parameter gradient within 1e-7 by ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖), for the loss L = Σ (output ⊙ R)
/// with a fixed random R (dL/d(output) = R).
func assertLayerBackwardMatchesCentredDifferences(
  _ layer: some Layer, input: Matrix, seed: UInt64, file: StaticString = #filePath, line: UInt = #line
) {
  var generator = SeededGenerator(seed: seed)
  let results = layerGradientCheck(layer, input: input, using: &generator)
  XCTAssertEqual(results.count, 1 + layer.parameters.count, "dL/dX and one per parameter", file: file, line: line)
  for result in results where !result.isZero {
    XCTAssertLessThan(result.difference, 1e-7, "\(result.layer): \(result.quantity)", file: file, line: line)
  }
}
