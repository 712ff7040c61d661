import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

/// Every layer's backward pass against centred differences (see
/// `assertLayerBackwardMatchesCentredDifferences`).
final class LayerGradientTests: XCTestCase {
  func testDense() {
    var generator = SeededGenerator(seed: 10)
    let layer = Dense(inputs: 3, outputs: 4, standardDeviation: 1, using: &generator)
    var withBias = layer
    withBias.bias = Matrix.randomNormal(rows: 1, columns: 4, using: &generator)
    assertLayerBackwardMatchesCentredDifferences(
      withBias, input: Matrix.randomNormal(rows: 5, columns: 3, using: &generator), seed: 11)
  }

  /// Inputs are kept at least 0.1 away from ReLU's kink at 0.
  func testActivations() {
    var generator = SeededGenerator(seed: 12)
    let input = Matrix.randomNormal(rows: 4, columns: 3, standardDeviation: 2, using: &generator)
      .map { $0 >= 0 ? $0 + 0.1 : $0 - 0.1 }
    for function in ActivationLayer.Function.allCases {
      assertLayerBackwardMatchesCentredDifferences(ActivationLayer(function), input: input, seed: 13)
    }
  }

  /// Batch normalisation in training mode (gradients through the batch statistics) and in
  /// inference mode (fixed statistics), with γ and β away from 1 and 0.
  func testBatchNorm() {
    var generator = SeededGenerator(seed: 14)
    let input = Matrix.randomNormal(rows: 5, columns: 3, mean: 2, standardDeviation: 3, using: &generator)
    var layer = BatchNorm(features: 3)
    layer.parameters = [Matrix(row: [1.5, -0.7, 2]), Matrix(row: [0.3, -1, 0.5])]
    assertLayerBackwardMatchesCentredDifferences(layer, input: input, seed: 15)
    _ = layer.forward(input * 0.5, training: true)  // running statistics away from 0 and 1
    assertLayerBackwardMatchesCentredDifferences(InferenceMode(layer), input: input, seed: 16)
  }

  func testActivationValuesAndDerivatives() {
    XCTAssertEqual(ActivationLayer.Function.relu.derivative(0), 0, "ReLU'(0): the workbook's choice")
    XCTAssertEqual(ActivationLayer.Function.relu.value(-2), 0)
    XCTAssertEqual(ActivationLayer.Function.tanh.derivative(0), 1)
    XCTAssertEqual(ActivationLayer.Function.sigmoid.derivative(0), 0.25)
    XCTAssertEqual(ActivationLayer.Function.tanh.value(1), tanh(1))
  }
}

final class SequentialTests: XCTestCase {
  /// The notes' network shape (linear → sigmoid → linear) with the mean squared error: every
  /// parameter gradient against centred differences of the network's loss.
  func testGradientsMatchCentredDifferences() throws {
    var generator = SeededGenerator(seed: 20)
    let X = Matrix.randomNormal(rows: 6, columns: 3, using: &generator)
    let losses: [(any LossFunction, Matrix)] = [
      (MeanSquaredErrorLoss(), Matrix.randomNormal(rows: 6, columns: 2, using: &generator)),
      (BinaryCrossEntropyLoss(), Matrix(rows: 6, columns: 2, values: (0..<12).map { Double($0 % 2) })),
      (SoftmaxCrossEntropyLoss(), oneHot([0, 1, 1, 0, 1, 0], classCount: 2)),
    ]
    for (lossFunction, Y) in losses {
      var network = Sequential(
        [
          Dense(inputs: 3, outputs: 4, standardDeviation: 1, using: &generator), ActivationLayer(.sigmoid),
          Dense(inputs: 4, outputs: 2, standardDeviation: 1, using: &generator),
        ], loss: lossFunction)
      try network.computeGradients(features: X, targets: Y)
      let analytic = network.parameterGradients
      let parameters = network.parameters
      for index in parameters.indices {
        let numeric = numericGradient(
          of: { value in
            var changed = network
            var values = parameters
            values[index] = value
            changed.setParameters(values)
            return changed.loss.loss(predicted: changed.predict(X), expected: Y)
          }, at: parameters[index])
        XCTAssertLessThan(
          relativeError(analytic[index], numeric), 1e-7, "\(type(of: lossFunction)), parameter \(index)")
      }
    }
  }

  /// A 2 → 4 → 1 tanh network learns XOR by plain gradient descent.
  /// A training step moves every parameter by exactly −η·g, whether the layer updates in place
  /// (Dense) or through `parameters` (BatchNorm, the default): the same bits as θ − η·g.
  func testATrainingStepMovesEveryParameterByMinusEtaTimesItsGradient() throws {
    var generator = SeededGenerator(seed: 31)
    var network = Sequential(
      [
        Dense(inputs: 3, outputs: 5, standardDeviation: 1, using: &generator), BatchNorm(features: 5),
        ActivationLayer(.tanh), Dense(inputs: 5, outputs: 2, standardDeviation: 1, using: &generator),
      ], loss: MeanSquaredErrorLoss())
    let X = Matrix.randomNormal(rows: 7, columns: 3, using: &generator)
    let Y = Matrix.randomNormal(rows: 7, columns: 2, using: &generator)
    var reference = network
    try reference.computeGradients(features: X, targets: Y)
    let expected = zip(reference.parameters, reference.parameterGradients).map { $0 - 0.37 * $1 }
    try network.trainingStep(features: X, targets: Y, learningRate: 0.37)
    XCTAssertEqual(network.parameters.count, expected.count)
    for (index, (found, wanted)) in zip(network.parameters, expected).enumerated() {
      XCTAssertEqual(
        found.values.map(\.bitPattern), wanted.values.map(\.bitPattern), "parameter \(index) moved differently")
    }
  }

  /// ReLU's layer runs its own loop for speed: it must give `relu` and `reluDerivative`'s
  /// bits on every kind of entry (NaN, ±∞, ±0, tiny and huge values).
  func testTheReLULayerGivesTheSameBitsAsReluAndItsDerivative() {
    let z = Matrix([
      [.nan, .infinity, -.infinity, 0, -0.0], [.leastNonzeroMagnitude, -.leastNonzeroMagnitude, 1e308, -2.5, 3],
    ])
    let g = Matrix([[1, -2, 3, -4, 5], [-0.0, 7, -8, 9, .nan]])
    var layer = ActivationLayer(.relu)
    let output = layer.forward(z, training: true)
    let inputGradient = layer.backward(g)
    XCTAssertEqual(output.values.map(\.bitPattern), z.map(relu).values.map(\.bitPattern), "forward")
    XCTAssertEqual(
      inputGradient.values.map(\.bitPattern), (g * z.map(reluDerivative)).values.map(\.bitPattern), "backward")
  }

  /// `layerInputs` gives each layer's input and, last, the network's output.
  func testLayerInputsListsEachLayersInputAndTheOutput() {
    var generator = SeededGenerator(seed: 33)
    let network = Sequential(
      denseSizes: [3, 4, 2], activation: .tanh, initializer: .glorotNormal, batchNorm: true,
      loss: MeanSquaredErrorLoss(), using: &generator)
    let X = Matrix.randomNormal(rows: 6, columns: 3, using: &generator)
    let inputs = network.layerInputs(for: X, training: true)
    XCTAssertEqual(inputs.count, network.layers.count + 1)
    XCTAssertEqual(inputs[0], X)
    var copy = network
    XCTAssertEqual(inputs.last, copy.forward(X, training: true))
    var firstLayer = network.layers[0]
    XCTAssertEqual(inputs[1], firstLayer.forward(X, training: true))
  }

  /// A first layer skips dL/d(input), but its parameter gradients are those of `backward`.
  func testBackwardToParametersStoresTheSameGradientsAsBackward() {
    var generator = SeededGenerator(seed: 32)
    var full = Dense(inputs: 5, outputs: 3, standardDeviation: 1, using: &generator)
    var skipping = full
    let X = Matrix.randomNormal(rows: 9, columns: 5, using: &generator)
    let G = Matrix.randomNormal(rows: 9, columns: 3, using: &generator)
    _ = full.forward(X, training: true)
    _ = skipping.forward(X, training: true)
    _ = full.backward(G)
    skipping.backwardToParameters(G)
    XCTAssertEqual(skipping.parameterGradients, full.parameterGradients)
  }

  func testLearnsXOR() throws {
    var generator = SeededGenerator(seed: 21)
    let X = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
    let Y = Matrix(column: [0, 1, 1, 0])
    var network = Sequential(
      [
        Dense(inputs: 2, outputs: 4, standardDeviation: 1, using: &generator), ActivationLayer(.tanh),
        Dense(inputs: 4, outputs: 1, standardDeviation: 1, using: &generator),
      ], loss: BinaryCrossEntropyLoss())
    XCTAssertEqual(network.parameterCount, 2 * 4 + 4 + 4 + 1)
    let first = try network.trainingStep(features: X, targets: Y, learningRate: 0.5)
    for _ in 0..<2000 { try network.trainingStep(features: X, targets: Y, learningRate: 0.5) }
    let predicted = network.predict(X).map { $0 >= 0 ? 1 : 0 }
    XCTAssertEqual(predicted, Y)
    XCTAssertLessThan(network.loss.loss(predicted: network.predict(X), expected: Y), first / 10)
  }
}

/// A layer run in inference mode whatever the caller asks, to gradient-check that mode.
private struct InferenceMode<Wrapped: Layer>: Layer {
  var wrapped: Wrapped
  init(_ wrapped: Wrapped) { self.wrapped = wrapped }
  var parameters: [Matrix] {
    get { wrapped.parameters }
    set { wrapped.parameters = newValue }
  }
  var parameterGradients: [Matrix] { wrapped.parameterGradients }
  var parameterRoles: [ParameterRole] { wrapped.parameterRoles }
  var name: String { wrapped.name + " (inference)" }
  mutating func forward(_ input: Matrix, training: Bool) -> Matrix { wrapped.forward(input, training: false) }
  mutating func backward(_ outputGradient: Matrix) -> Matrix { wrapped.backward(outputGradient) }
}
