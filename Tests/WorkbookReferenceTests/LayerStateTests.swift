import WorkbookBasics
import WorkbookReference
import XCTest

/// The state a learner, a grader and later lessons need to read and set: batch normalisation's
/// running and last-batch statistics, every parameter's role, a standardiser's numbers.
final class LayerStateTests: XCTestCase {
  private let batch = Matrix([[1, 10], [3, 20], [8, 60]])

  func testTheRunningVarianceStartsWhereAskedAndCanBeSet() {
    XCTAssertEqual(BatchNorm(features: 2).runningVariance, Matrix([[1, 1]]), "PyTorch's start")
    var cs231n = BatchNorm(features: 2, momentum: 0.5, initialRunningVariance: 0)
    XCTAssertEqual(cs231n.runningVariance, Matrix([[0, 0]]), "CS231n's start")
    _ = cs231n.forward(batch, training: true)
    XCTAssertEqual(cs231n.runningVariance, 0.5 * batch.variance(axis: 0), "0.5·0 + 0.5·σ²_B")
    cs231n.runningMean = Matrix([[2, 30]])
    cs231n.runningVariance = Matrix([[4, 100]])
    XCTAssertEqual(cs231n.forward(Matrix([[4, 40]]), training: false), Matrix([[1, 1]]), accuracy: 1e-5)
  }

  func testTheLastStatisticsAreTheBatchsInTrainingAndTheRunningOnesAtInference() throws {
    var layer = BatchNorm(features: 2)
    XCTAssertNil(layer.lastStatistics)
    _ = layer.forward(batch, training: true)
    let training = try XCTUnwrap(layer.lastStatistics)
    XCTAssertEqual(training.mean, batch.mean(axis: 0))
    XCTAssertEqual(training.variance, batch.variance(axis: 0))
    XCTAssertEqual(
      layer.lastNormalised?.mean(axis: 0) ?? .zeros(rows: 1, columns: 2), .zeros(rows: 1, columns: 2),
      accuracy: 1e-12)
    _ = layer.forward(Matrix([[2, 15]]), training: false)
    XCTAssertEqual(layer.lastStatistics?.mean, layer.runningMean)
    XCTAssertEqual(layer.lastStatistics?.variance, layer.runningVariance)
  }

  func testEveryParameterHasARole() {
    var generator = SeededGenerator(seed: 17)
    let network = Sequential(
      denseSizes: [3, 4, 2], activation: .relu, initializer: .heNormal, batchNorm: true,
      loss: MeanSquaredErrorLoss(), using: &generator)
    XCTAssertEqual(network.parameterRoles, [.weight, .bias, .scale, .shift, .weight, .bias])
    XCTAssertEqual(network.parameterRoles.count, network.parameters.count)
    XCTAssertEqual(ActivationLayer(.tanh).parameterRoles, [])
  }

  func testGradientNormsMeasureWeightsNotBatchNormScales() throws {
    var generator = SeededGenerator(seed: 18)
    var network = Sequential(
      denseSizes: [3, 4, 2], activation: .relu, initializer: .heNormal, batchNorm: true,
      loss: MeanSquaredErrorLoss(), using: &generator)
    let X = Matrix.randomNormal(rows: 5, columns: 3, using: &generator)
    try network.computeGradients(features: X, targets: .zeros(rows: 5, columns: 2))
    XCTAssertEqual(network.weightGradientNorms.map(\.name), ["Dense 3 → 4", "Dense 4 → 2"])
    XCTAssertEqual(network.weightGradientNorms[1].norm, network.parameterGradients[4].norm())
  }

  func testAStandardiserCanBeRebuiltFromItsNumbers() {
    let fitted = Standardizer(fittedTo: batch)
    let rebuilt = Standardizer(means: fitted.means, standardDeviations: fitted.standardDeviations)
    XCTAssertEqual(rebuilt.transform(Matrix([[5, 5]])), fitted.transform(Matrix([[5, 5]])))
  }
}

private func XCTAssertEqual(
  _ actual: Matrix, _ expected: Matrix, accuracy: Double, file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertLessThanOrEqual(
    relativeError(actual, expected), accuracy, "\(actual) vs \(expected)", file: file, line: line)
}
