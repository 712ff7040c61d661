import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

/// The batch-normalisation layer: statistics, modes, running averages and the backward pass.
final class BatchNormTests: XCTestCase {
  private func batch(seed: UInt64, rows: Int = 6) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return Matrix.randomNormal(rows: rows, columns: 3, mean: 4, standardDeviation: 3, using: &generator)
  }

  /// With γ = 1 and β = 0 every feature of a training batch comes out with mean 0 and variance
  /// σ²/(σ² + ε) ≈ 1.
  func testNormalisedBatchHasMeanZeroAndVarianceOne() {
    var layer = BatchNorm(features: 3)
    let output = layer.forward(batch(seed: 1), training: true)
    for column in 0..<3 {
      let values = output.column(column)
      XCTAssertEqual(values.mean(), 0, accuracy: 1e-12)
      XCTAssertEqual((values * values).mean(), 1, accuracy: 1e-5)
    }
  }

  func testScaleAndShiftApplyAfterNormalising() {
    var plain = BatchNorm(features: 3)
    var scaled = BatchNorm(features: 3)
    scaled.parameters = [Matrix(row: [2, -1, 0.5]), Matrix(row: [1, 0, -3])]
    let X = batch(seed: 2)
    let expected = Matrix(row: [2, -1, 0.5]) * plain.forward(X, training: true) + Matrix(row: [1, 0, -3])
    XCTAssertLessThan(relativeError(scaled.forward(X, training: true), expected), 1e-14)
  }

  /// running ← running·0.9 + batch·0.1, from 0 and 1; inference then uses the running values.
  func testRunningStatisticsAndInference() {
    var layer = BatchNorm(features: 3, momentum: 0.9)
    let X = batch(seed: 3)
    _ = layer.forward(X, training: true)
    let mean = X.mean(axis: 0)
    let variance = ((X - mean) * (X - mean)).mean(axis: 0)
    XCTAssertLessThan(relativeError(layer.runningMean, 0.1 * mean), 1e-14)
    XCTAssertLessThan(relativeError(layer.runningVariance, 0.9 + 0.1 * variance), 1e-14)
    let newInput = batch(seed: 4, rows: 2)
    let inference = layer.forward(newInput, training: false)
    let expected = (newInput - layer.runningMean) / (layer.runningVariance + 1e-5).map { $0.squareRoot() }
    XCTAssertLessThan(relativeError(inference, expected), 1e-14)
    XCTAssertLessThan(relativeError(layer.runningMean, 0.1 * mean), 1e-14, "inference leaves the running mean alone")
  }

  /// After many batches from one distribution the running statistics approach its mean and
  /// variance.
  func testRunningStatisticsConverge() {
    var layer = BatchNorm(features: 3, momentum: 0.9)
    var generator = SeededGenerator(seed: 5)
    for _ in 0..<300 {
      _ = layer.forward(
        Matrix.randomNormal(rows: 64, columns: 3, mean: 4, standardDeviation: 3, using: &generator), training: true)
    }
    for column in 0..<3 {
      XCTAssertEqual(layer.runningMean[0, column], 4, accuracy: 0.3)
      XCTAssertEqual(layer.runningVariance[0, column], 9, accuracy: 1.5)
    }
  }

  func testPredictUsesInferenceModeInsideSequential() {
    var network = Sequential([BatchNorm(features: 3)], loss: MeanSquaredErrorLoss())
    let X = batch(seed: 6)
    XCTAssertLessThan(
      relativeError(network.predict(X), X / (1 + 1e-5).squareRoot()), 1e-14, "fresh: mean 0, variance 1")
    _ = network.forward(X, training: true)
    XCTAssertNotEqual(network.predict(X).values, network.forward(X, training: true).values)
  }
}
