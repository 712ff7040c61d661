import WorkbookBasics
import WorkbookReference
import XCTest

/// The capstone's instruments: the gradient check (which must fail on a wrong backward pass),
/// the update-to-weight ratio, dead and saturated units, and a classifier's accuracy.
final class TrainingDiagnosticsTests: XCTestCase {
  func testTheWholeNetworkGradientCheckPassesAndNamesEachParameter() throws {
    var generator = SeededGenerator(seed: 1)
    let network = Sequential(
      denseSizes: [5, 6, 3], activation: .tanh, initializer: .glorotNormal, batchNorm: true,
      loss: SoftmaxCrossEntropyLoss(), using: &generator)
    let results = try network.gradientCheck(
      features: .randomNormal(rows: 4, columns: 5, using: &generator), targets: oneHot([0, 1, 2, 1], classCount: 3))
    XCTAssertEqual(results.map(\.quantity), ["W", "b", "γ", "β", "W", "b"])
    XCTAssertEqual(results.map(\.layer).first, "Dense 5 → 6")
    XCTAssertTrue(results[1].isZero, "the bias before batch norm has no gradient")
    for result in results where !result.isZero {
      XCTAssertLessThan(result.difference, 1e-7, "\(result.layer) \(result.quantity)")
    }
  }

  /// A layer whose backward pass is off by a factor of 2 must fail its check clearly.
  func testTheLayerGradientCheckCatchesAWrongBackwardPass() {
    var generator = SeededGenerator(seed: 2)
    let input = Matrix.randomNormal(rows: 3, columns: 4, using: &generator)
    let right = layerGradientCheck(ActivationLayer(.tanh), input: input, using: &generator)
    XCTAssertLessThan(right[0].difference, 1e-8)
    let wrong = layerGradientCheck(DoubledGradient(), input: input, using: &generator)
    XCTAssertEqual(wrong[0].difference, 1.0 / 3, accuracy: 1e-6, "‖2g − g‖ / (‖2g‖ + ‖g‖) = 1/3")
  }

  func testTheUpdateToWeightRatioIsTheChangeOverTheSize() {
    let before = [Matrix([[3, 4]]), Matrix([[1]])]
    let after = [Matrix([[3, 4.05]]), Matrix([[5]])]
    let report = StepReport(
      step: 1, loss: 0, learningRate: 0.1, parametersBefore: before, gradients: [Matrix([[0, 2]]), Matrix([[1]])],
      parametersAfter: after, roles: [.weight, .bias])
    XCTAssertEqual(report.updateToWeightRatios.count, 1, "weights only")
    XCTAssertEqual(report.updateToWeightRatios[0], 0.05 / 5, accuracy: 1e-15)
    XCTAssertEqual(report.weightGradientNorms, [2])
  }

  func testTrainingReportsEveryStep() throws {
    var generator = SeededGenerator(seed: 3)
    var network = Sequential(
      denseSizes: [2, 3, 1], activation: .relu, initializer: .heNormal, loss: MeanSquaredErrorLoss(), using: &generator)
    var optimizer = Adam()
    var steps = [Int]()
    try network.train(
      features: .randomNormal(rows: 10, columns: 2, using: &generator), targets: .zeros(rows: 10, columns: 1),
      optimizer: &optimizer, schedule: ConstantRate(0.01), options: TrainingOptions(epochs: 2, batchSize: 4),
      order: { _ in Array(0..<10) },
      onStep: { report in
        steps.append(report.step)
        XCTAssertNotEqual(report.parametersBefore, report.parametersAfter)
      })
    XCTAssertEqual(steps, [1, 2, 3, 4, 5, 6], "three batches in each of two epochs")
  }

  func testDeadAndSaturatedUnits() {
    // Unit 0 is always active, unit 1 never (its bias is far below its inputs' reach).
    let dense = Dense(weights: Matrix([[1, 0]]), bias: Matrix([[5, -5]]))
    let relu = Sequential([dense, ActivationLayer(.relu)], loss: MeanSquaredErrorLoss())
    let input = Matrix(column: [0.5, -1, 2])
    XCTAssertEqual(
      relu.activationHealth(on: input),
      [ActivationHealth(layerIndex: 1, name: "relu", deadShare: 0.5, saturatedShare: 0)])
    let tanh = Sequential([dense, ActivationLayer(.tanh)], loss: MeanSquaredErrorLoss())
    // tanh'(±5) ≈ 1.8e-4 < 1% of tanh'(0) = 1: every entry is in a flat tail.
    XCTAssertEqual(tanh.activationHealth(on: input).first?.saturatedShare, 1)
  }

  func testClassificationAccuracy() {
    let network = Sequential(
      [Dense(weights: Matrix([[1, -1]]), bias: Matrix([[0, 0]]))], loss: SoftmaxCrossEntropyLoss())
    // Positive inputs pick class 0, negative class 1.
    XCTAssertEqual(
      network.classificationAccuracy(
        features: Matrix(column: [1, -2, 3, 4]), targets: oneHot([0, 1, 1, 0], classCount: 2)),
      0.75)
  }
}

/// tanh with a backward pass twice too large.
private struct DoubledGradient: Layer {
  var inner = ActivationLayer(.tanh)
  var parameters: [Matrix] {
    get { [] }
    set {}
  }
  var parameterRoles: [ParameterRole] { [] }
  var parameterGradients: [Matrix] { [] }
  var name: String { "doubled tanh" }
  mutating func forward(_ input: Matrix, training: Bool) -> Matrix { inner.forward(input, training: training) }
  mutating func backward(_ outputGradient: Matrix) -> Matrix { 2 * inner.backward(outputGradient) }
}
