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
