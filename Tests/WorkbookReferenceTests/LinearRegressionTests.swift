import WorkbookBasics
import WorkbookReference
import XCTest

final class MeanSquaredErrorTests: XCTestCase {
  /// Residuals (1, −2, 0): squares 1 + 4 + 0 = 5, mean 5/3.
  func testValues() {
    let P = Matrix(column: [1, 4, 3])
    let Y = Matrix(column: [2, 2, 3])
    XCTAssertEqual(meanSquaredError(predicted: P, expected: Y), 5.0 / 3, accuracy: 1e-15)
    XCTAssertEqual(rootMeanSquaredError(predicted: P, expected: Y), (5.0 / 3).squareRoot(), accuracy: 1e-15)
  }

  func testGradientCheck() {
    var generator = SeededGenerator(seed: 21)
    let P = Matrix.randomNormal(rows: 5, columns: 2, using: &generator)
    let Y = Matrix.randomNormal(rows: 5, columns: 2, using: &generator)
    let numeric = numericGradient(of: { meanSquaredError(predicted: $0, expected: Y) }, at: P)
    XCTAssertLessThan(relativeError(meanSquaredErrorGradient(predicted: P, expected: Y), numeric), 1e-7)
  }
}

final class LinearModelTests: XCTestCase {
  func testPredictAddsBiasToEveryRow() {
    let model = LinearModel(weights: Matrix(column: [2, -1]), bias: Matrix([[0.5]]))
    XCTAssertEqual(model.predict(Matrix([[1, 1], [3, 0]])), Matrix(column: [1.5, 6.5]))
  }

  /// Both gradients against centred differences of the loss, with two outputs (k = 2).
  func testGradientCheck() {
    var generator = SeededGenerator(seed: 22)
    let X = Matrix.randomNormal(rows: 7, columns: 3, using: &generator)
    let Y = Matrix.randomNormal(rows: 7, columns: 2, using: &generator)
    let model = LinearModel(
      weights: .randomNormal(rows: 3, columns: 2, using: &generator),
      bias: .randomNormal(rows: 1, columns: 2, using: &generator))
    assertGradientsMatchCentredDifferences(model, features: X, targets: Y)
    let gradients = model.gradients(features: X, targets: Y)
    XCTAssertEqual(gradients.loss, meanSquaredError(predicted: model.predict(X), expected: Y))
  }

  func testUpdateMovesAgainstTheGradient() {
    let model = LinearModel(weights: Matrix(column: [1]), bias: Matrix([[1]]))
    let gradients = model.gradients(features: Matrix(column: [1, 2]), targets: Matrix(column: [0, 0]))
    let updated = model.updated(by: gradients, learningRate: 0.1)
    XCTAssertEqual(updated.weights[0, 0], 1 - 0.1 * gradients.weights[0, 0])
    XCTAssertLessThan(
      updated.gradients(features: Matrix(column: [1, 2]), targets: Matrix(column: [0, 0])).loss, gradients.loss)
  }
}

final class NormalEquationTests: XCTestCase {
  func testRecoversExactPlane() throws {
    let X = Matrix([[0, 0], [1, 0], [0, 1], [2, 3]])
    let Y = 1 + X.matmul(Matrix(column: [2, -3]))
    let model = try fitByNormalEquation(features: X, targets: Y)
    XCTAssertLessThan(relativeError(model.weights, Matrix(column: [2, -3])), 1e-12)
    XCTAssertEqual(model.bias[0, 0], 1, accuracy: 1e-12)
  }

  func testConstantFeatureIsSingular() {
    let X = Matrix([[1, 5], [1, 6], [1, 7]])  // the first feature copies the column of ones
    XCTAssertThrowsError(try fitByNormalEquation(features: X, targets: Matrix(column: [1, 2, 3])))
  }

  /// Least squares with an intercept on the book's split: test RMSE 5.0476 on this data and
  /// 5.0482 on the pre-0.20 copy with CRIM[445] = 0.6718 (both checked with numpy).
  func testBostonRMSE() throws {
    let (train, test) = try BundledDataset.bostonAsInTheBook()
    let model = try fitByNormalEquation(features: train.features, targets: train.targets)
    XCTAssertEqual(
      rootMeanSquaredError(predicted: model.predict(test.features), expected: test.targets), 5.0476, accuracy: 5e-5)
  }
}

final class MiniBatchGradientDescentTests: XCTestCase {
  func testCutsBatches() {
    XCTAssertEqual(miniBatches(of: [4, 0, 2, 1, 3], size: 2), [[4, 0], [2, 1], [3]])
    XCTAssertEqual(miniBatches(of: [1, 0], size: 5), [[1, 0]])
  }

  func testFullBatchDescentConvergesToLeastSquares() throws {
    var generator = SeededGenerator(seed: 23)
    let X = Matrix.randomNormal(rows: 20, columns: 2, using: &generator)
    let Y =
      X.matmul(Matrix(column: [1, -1])) + 0.5
      + Matrix.randomNormal(rows: 20, columns: 1, standardDeviation: 0.1, using: &generator)
    let run = try MiniBatchGradientDescent(learningRate: 0.1, batchSize: 20).train(
      LinearModel.zeros(features: 2), features: X, targets: Y, epochs: 2000, order: { _ in Array(0..<20) })
    let best = try fitByNormalEquation(features: X, targets: Y)
    XCTAssertLessThan(relativeError(run.model.weights, best.weights), 1e-8)
    XCTAssertEqual(run.stepLosses.count, 2000)
  }

  func testStopsWhenAsked() throws {
    let X = Matrix(column: [1, 2, 3])
    let run = try MiniBatchGradientDescent(learningRate: 0.05, batchSize: 3).train(
      LinearModel.zeros(features: 1), features: X, targets: X, epochs: 1000, order: { _ in [0, 1, 2] },
      stopWhen: { $0 < 1e-3 })
    XCTAssertLessThan(run.stepLosses.last ?? 1, 1e-3)
    XCTAssertLessThan(run.epochs, 1000)
  }

  func testDivergenceNamesEpochAndStep() {
    let X = Matrix(column: [1, 2, 3])
    XCTAssertThrowsError(
      try MiniBatchGradientDescent(learningRate: 10, batchSize: 1).train(
        LinearModel.zeros(features: 1), features: X, targets: X, epochs: 1000, order: { _ in [0, 1, 2] })
    ) { error in
      guard case .diverged(let epoch, let step, let loss)? = error as? TrainingError else { return XCTFail("\(error)") }
      XCTAssertGreaterThan(epoch, 1)
      XCTAssertTrue((1...3).contains(step))
      XCTAssertFalse(loss.isFinite)
      XCTAssertTrue("\(error)".contains("smaller learning rate"))
    }
  }
}

final class TrainingRunTests: XCTestCase {
  /// Two epochs of two batches: each epoch's mean is the mean of its two batch losses.
  func testEpochMeansAverageEachEpochsBatchLosses() throws {
    let X = Matrix(column: [1, 2, 3, 4])
    let run = try MiniBatchGradientDescent(learningRate: 0.01, batchSize: 2).train(
      LinearModel.zeros(features: 1), features: X, targets: 2 * X, epochs: 2, order: { _ in [0, 1, 2, 3] })
    XCTAssertEqual(run.stepLosses.count, 4)
    XCTAssertEqual(run.epochMeanLosses.count, 2)
    XCTAssertEqual(run.epochMeanLosses[1], (run.stepLosses[2] + run.stepLosses[3]) / 2, accuracy: 1e-15)
  }
}
