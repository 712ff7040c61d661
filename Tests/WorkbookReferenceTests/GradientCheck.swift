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

/// Checks `layer` at `input`: dL/dX and every parameter gradient within 1e-7 (relative). The
/// loss L = Σ (output ⊙ R) for a fixed random R has dL/d(output) = R, so backward(R) must return
/// dL/d(input) and store dL/d(parameters).
func assertLayerBackwardMatchesCentredDifferences(
  _ layer: some Layer, input: Matrix, seed: UInt64, file: StaticString = #filePath, line: UInt = #line
) {
  var generator = SeededGenerator(seed: seed)
  var probe = layer
  let output = probe.forward(input, training: true)
  let R = Matrix.randomNormal(rows: output.rows, columns: output.columns, using: &generator)
  let inputGradient = probe.backward(R)
  func loss(_ layer: some Layer, _ x: Matrix) -> Double {
    var copy = layer
    return (copy.forward(x, training: true) * R).sum()
  }
  let numericInput = numericGradient(of: { loss(layer, $0) }, at: input)
  XCTAssertLessThan(relativeError(inputGradient, numericInput), 1e-7, "\(layer.name): dL/dX", file: file, line: line)
  XCTAssertEqual(probe.parameterGradients.count, layer.parameters.count, file: file, line: line)
  for (index, (parameter, analytic)) in zip(layer.parameters, probe.parameterGradients).enumerated() {
    let numeric = numericGradient(
      of: { value in
        var changed = layer
        changed.parameters[index] = value
        return loss(changed, input)
      }, at: parameter)
    XCTAssertLessThan(
      relativeError(analytic, numeric), 1e-7, "\(layer.name): parameter \(index)", file: file, line: line)
  }
}
