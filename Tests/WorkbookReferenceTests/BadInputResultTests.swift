import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

/// The reference side of the bad-input sweep that does not stop the program: activations carry
/// NaN and give their limits at ±∞, trainers throw an error naming the epoch, step and cause,
/// and sizes 1 give correct answers. The calls that must stop are in `BadInputTrapTests`.
final class BadInputResultTests: XCTestCase {
  // MARK: activations propagate NaN and have their limits at ±∞

  func testEveryActivationCarriesNaN() {
    let activations: [(String, (Double) -> Double)] = [
      ("relu", relu), ("reluDerivative", reluDerivative), ("leakyReLU", { leakyReLU($0) }),
      ("sigmoid", sigmoid), ("sigmoidDerivative", sigmoidDerivative), ("tanh", tanh),
      ("tanhDerivative", tanhDerivative), ("selu", selu), ("seluDerivative", seluDerivative), ("gelu", gelu),
      ("geluTanhApproximation", geluTanhApproximation),
    ]
    for (name, function) in activations {
      XCTAssertTrue(function(.nan).isNaN, "\(name)(NaN) must be NaN, got \(function(.nan))")
    }
    for function in ActivationLayer.Function.allCases {
      XCTAssertTrue(function.value(.nan).isNaN, "\(function.name)(NaN)")
      XCTAssertTrue(function.derivative(.nan).isNaN || function == .identity, "\(function.name)'(NaN)")
    }
  }

  func testActivationsReachTheirLimitsAtInfinity() {
    let limits: [(String, Double, Double)] = [
      ("relu(∞)", relu(.infinity), .infinity), ("relu(−∞)", relu(-.infinity), 0),
      ("sigmoid(∞)", sigmoid(.infinity), 1), ("sigmoid(−∞)", sigmoid(-.infinity), 0),
      ("σ'(∞)", sigmoidDerivative(.infinity), 0), ("σ'(−∞)", sigmoidDerivative(-.infinity), 0),
      ("tanh'(∞)", tanhDerivative(.infinity), 0), ("gelu(∞)", gelu(.infinity), .infinity),
      ("gelu(−∞)", gelu(-.infinity), 0), ("geluTanh(∞)", geluTanhApproximation(.infinity), .infinity),
      ("geluTanh(−∞)", geluTanhApproximation(-.infinity), 0),
      ("selu(−∞)", selu(-.infinity), -SELUConstants.scale * SELUConstants.alpha),
      ("selu'(−∞)", seluDerivative(-.infinity), 0), ("leakyReLU(−∞)", leakyReLU(-.infinity), -.infinity),
    ]
    for (name, value, limit) in limits { XCTAssertEqual(value, limit, name) }
  }

  /// relu(NaN) used to be 0, so a NaN input came out of `predict` as a confident answer.
  func testPredictTurnsANaNInputIntoANaNOutput() {
    var generator = SeededGenerator(seed: 16)
    let network = Sequential(
      denseSizes: [2, 4, 1], activation: .relu, initializer: .heNormal, loss: MeanSquaredErrorLoss(),
      using: &generator)
    let output = network.predict(Matrix([[1, 2], [.nan, 0]]))
    XCTAssertTrue(output[0, 0].isFinite)
    XCTAssertTrue(output[1, 0].isNaN, "row 1 had a NaN input")
  }

  func testOneLogitLossAtInfinityIsItsLimit() {
    XCTAssertEqual(binaryCrossEntropy(logit: .infinity, label: 1), 0)
    XCTAssertEqual(binaryCrossEntropy(logit: .infinity, label: 0), .infinity)
    XCTAssertEqual(binaryCrossEntropy(logit: -.infinity, label: 0), 0)
    XCTAssertEqual(binaryCrossEntropy(logit: -.infinity, label: 0.5), .infinity)
    XCTAssertEqual(binaryCrossEntropy(logit: 800, label: 1), 0, "large finite logits stay exact")
  }

  // MARK: BatchNorm's running statistics survive a NaN batch

  func testANaNBatchDoesNotPoisonTheRunningStatistics() {
    var layer = BatchNorm(features: 2)
    _ = layer.forward(Matrix([[1, 2], [3, 6]]), training: true)
    let (mean, variance) = (layer.runningMean, layer.runningVariance)
    let output = layer.forward(Matrix([[1, .nan], [3, 6]]), training: true)
    XCTAssertTrue(output.column(1).values.allSatisfy(\.isNaN), "the NaN is carried to the output")
    XCTAssertEqual(layer.runningMean, mean, "the NaN batch is not averaged in")
    XCTAssertEqual(layer.runningVariance, variance)
    XCTAssertTrue(layer.forward(Matrix([[2, 4]]), training: false).isFinite, "inference still works")
  }

  // MARK: trainers throw, naming the epoch, the step and the real cause

  private func trainingError(_ call: () throws -> Void) -> TrainingError? {
    do {
      try call()
      XCTFail("expected a TrainingError")
    } catch let error as TrainingError {
      return error
    } catch {
      XCTFail("expected a TrainingError, got \(error)")
    }
    return nil
  }

  private func linearNetwork() -> Sequential {
    Sequential([Dense(weights: Matrix([[0.5], [0.5]]), bias: Matrix([[0]]))], loss: MeanSquaredErrorLoss())
  }

  func testANaNFeatureIsNamedAndNotBlamedOnTheLearningRate() {
    var network = linearNetwork()
    let X = Matrix([[1, 2], [3, 4], [5, .nan]])
    let error = trainingError {
      try network.train(
        features: X, targets: .ones(rows: 3, columns: 1), epochs: 2, batchSize: 2, learningRate: 0.1,
        order: { _ in [0, 1, 2] })
    }
    guard case .dataNotFinite(let name, let row, let column, let value)? = error else {
      return XCTFail("expected .dataNotFinite, got \(String(describing: error))")
    }
    XCTAssertEqual([name, "\(row)", "\(column)"], ["X", "2", "1"])
    XCTAssertTrue(value.isNaN)
    XCTAssertEqual(error?.epoch, 0, "training never started")
    let message = "\(error!)"
    XCTAssertTrue(message.hasPrefix("training did not start: X[2, 1] is NaN: the data has a missing"), message)
    XCTAssertFalse(message.contains("learning rate"), message)
    XCTAssertEqual(network.parameters, linearNetwork().parameters, "nothing was trained")
  }

  func testGradientDescentNamesANaNTarget() {
    let error = trainingError {
      _ = try MiniBatchGradientDescent(learningRate: 0.1, batchSize: 1).train(
        LinearModel.zeros(features: 1), features: Matrix(column: [1, 2]), targets: Matrix(column: [.infinity, 1]),
        epochs: 1, order: { _ in [0, 1] })
    }
    XCTAssertTrue("\(error.map { "\($0)" } ?? "")".hasPrefix("training did not start: Y[0, 0] is ∞"))
  }

  /// 33 rows in batches of 32 leave a last batch of 1 row, which BatchNorm cannot normalise.
  func testAOneRowLastBatchIsNamedWithEpochStepAndFix() {
    var generator = SeededGenerator(seed: 33)
    var network = Sequential(
      denseSizes: [3, 4, 1], activation: .relu, initializer: .heNormal, batchNorm: true, loss: MeanSquaredErrorLoss(),
      using: &generator)
    let X = Matrix.randomNormal(rows: 33, columns: 3, using: &generator)
    let error = trainingError {
      try network.train(
        features: X, targets: X.column(0), epochs: 1, batchSize: 32, learningRate: 0.01,
        order: { _ in Array(0..<33) })
    }
    XCTAssertEqual(
      error, .batchTooSmall(epoch: 1, step: 2, rows: 1, layer: "BatchNorm 4", minimum: 2, batchSize: 32, examples: 33))
    XCTAssertEqual(
      error.map { "\($0)" },
      "training stopped at epoch 1, step 2: that batch has 1 row but BatchNorm 4 needs at least 2 (33 examples in "
        + "batches of 32 leave 1 over); choose a batch size that leaves 0 or at least 2 over, such as 31 or 33")
    for batchSize in [31, 33, 11] {
      var fresh = network
      XCTAssertNoThrow(
        try fresh.train(
          features: X, targets: X.column(0), epochs: 1, batchSize: batchSize, learningRate: 0.01,
          order: { _ in Array(0..<33) }), "batch size \(batchSize)")
    }
  }

  /// At η = 1e6 the step overflows within a few steps; it throws and leaves the weights as they
  /// were, where it used to return NaN losses and NaN weights.
  func testATrainingStepThatDivergesThrowsAndKeepsTheWeights() {
    var generator = SeededGenerator(seed: 61)
    var network = Sequential(
      denseSizes: [2, 8, 1], activation: .tanh, initializer: .glorotNormal, loss: MeanSquaredErrorLoss(),
      using: &generator)
    let X = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
    let Y = Matrix(column: [0, 1, 1, 0])
    var failure: StepError?
    for _ in 0..<50 {
      do {
        try network.trainingStep(features: X, targets: Y, learningRate: 1e6)
      } catch {
        failure = error
        break
      }
    }
    XCTAssertNotNil(failure, "η = 1e6 must diverge")
    XCTAssertTrue(network.parameters.allSatisfy(\.isFinite), "no NaN weights are kept")
    XCTAssertTrue("\(failure!)".contains("try a smaller learning rate"), "\(failure!)")
  }

  func testComputeGradientsNamesNaNInTheBatch() {
    var network = linearNetwork()
    XCTAssertThrowsError(try network.computeGradients(features: Matrix([[1, .nan]]), targets: Matrix([[1]]))) {
      XCTAssertEqual("\($0)".prefix(18), "X[0, 1] is NaN: th")
    }
    XCTAssertThrowsError(try network.computeGradients(features: Matrix([[1, 2]]), targets: Matrix([[.nan]]))) {
      XCTAssertTrue("\($0)".hasPrefix("Y[0, 0] is NaN"))
    }
  }

  func testTheNormalEquationNamesNaNData() {
    XCTAssertThrowsError(
      try fitByNormalEquation(features: Matrix(column: [1, .nan, 3]), targets: Matrix(column: [1, 2, 3]))
    ) { error in
      XCTAssertTrue("\(error)".hasPrefix("fitByNormalEquation: X [1, 0] is NaN"), "\(error)")
    }
  }

  func testZeroEpochsTrainNothingAndSayWhy() throws {
    var network = linearNetwork()
    let losses = try network.train(
      features: Matrix([[1, 2]]), targets: Matrix([[1]]), epochs: 0, batchSize: 1, learningRate: 0.1,
      order: { _ in [0] })
    XCTAssertEqual(losses, [], "no epochs, no losses (never a made-up 0)")
  }

  // MARK: the second sweep's silent results

  func testClassifiersCarryNaN() {
    XCTAssertTrue(Perceptron.zeros(features: 1).classify(Matrix([[.nan]]))[0, 0].isNaN)
    XCTAssertTrue(LogisticRegression.zeros(features: 1).classify(Matrix([[.nan]]))[0, 0].isNaN)
  }

  func testABatchWhoseVarianceOverflowsGivesNaNNotZeros() {
    var layer = BatchNorm(features: 1)
    let output = layer.forward(Matrix(column: [1e200, -1e200, 3e200]), training: true)
    XCTAssertTrue(output.values.allSatisfy(\.isNaN), "\(output)")
    XCTAssertEqual(layer.runningVariance, Matrix([[1]]), "not averaged in")
  }

  func testClippingHugeFiniteGradientsKeepsTheirDirection() {
    let clipped = clipByGlobalNorm([Matrix([[1.7e308, 1.7e308]])], maxNorm: 1).gradients[0]
    XCTAssertEqual(clipped[0, 0], 0.5.squareRoot(), accuracy: 1e-12)
    XCTAssertEqual(clipped[0, 1], 0.5.squareRoot(), accuracy: 1e-12)
  }

  func testAFanOfIntMaxDoesNotOverflow() {
    XCTAssertEqual(Initializer.glorotNormal.variance(fanIn: .max, fanOut: 1), 2 / (Double(Int.max) + 1))
  }

  func testTheNormalEquationNamesAnOverflowAsOverflow() {
    XCTAssertThrowsError(
      try fitByNormalEquation(features: Matrix(column: [1e200, 2e200, 4e200]), targets: Matrix(column: [1, 2, 3]))
    ) { error in
      XCTAssertEqual(
        "\(error)",
        "fitByNormalEquation: XᵀX or Xᵀy overflowed to ∞ although the data is finite; its values are too large "
          + "(rescale or standardise the features first)")
    }
  }

  func testANaNWeightIsNamedNotBlamedOnTheLearningRate() {
    var network = Sequential([Dense(weights: Matrix([[.nan]]), bias: Matrix([[0]]))], loss: MeanSquaredErrorLoss())
    let error = trainingError {
      try network.train(
        features: Matrix([[1]]), targets: Matrix([[1]]), epochs: 1, batchSize: 1, learningRate: 0.1, order: { _ in [0] }
      )
    }
    XCTAssertEqual(error, .parameterNotFinite(epoch: 1, step: 1, layer: "Dense 1 → 1"))
    XCTAssertEqual(
      error.map { "\($0)" },
      "training stopped at epoch 1, step 1: Dense 1 → 1 holds a NaN or ∞ parameter before this step (set by hand, "
        + "or left by an earlier divergence); give it finite starting values")
    let start = LinearModel(weights: Matrix([[.nan]]), bias: Matrix([[0]]))
    let modelError = trainingError {
      _ = try MiniBatchGradientDescent(learningRate: 0.1, batchSize: 1).train(
        start, features: Matrix([[1]]), targets: Matrix([[1]]), epochs: 1, order: { _ in [0] })
    }
    XCTAssertEqual(modelError, .parameterNotFinite(epoch: 1, step: 1, layer: "LinearModel"))
  }

  /// η = 1e300 overflows the predictions at the second step: the trainer throws (it used to stop
  /// the program inside the loss, which refuses an ∞ prediction).
  func testGradientDescentThrowsWhenTheOutputOverflows() {
    for model in [LinearModel.zeros(features: 1)] {
      let error = trainingError {
        _ = try MiniBatchGradientDescent(learningRate: 1e300, batchSize: 2).train(
          model, features: Matrix(column: [1, 2]), targets: Matrix(column: [1, 2]), epochs: 3, order: { _ in [0, 1] })
      }
      XCTAssertNotNil(error)
      XCTAssertEqual(error?.epoch, 2, "\(String(describing: error))")
    }
    let logisticError = trainingError {
      _ = try MiniBatchGradientDescent(learningRate: 1e308, batchSize: 2).train(
        LogisticRegression.zeros(features: 1), features: Matrix(column: [1e10, -1e10]),
        targets: Matrix(column: [1, 0]), epochs: 3, order: { _ in [0, 1] })
    }
    XCTAssertNotNil(logisticError)
  }

  func testShortBatchAdviceIsRightForTinyDataAndTinyBatches() {
    let advice = { (rows: Int, batchSize: Int, examples: Int) in
      "\(TrainingError.batchTooSmall(epoch: 1, step: 2, rows: rows, layer: "BatchNorm 4", minimum: 2, batchSize: batchSize, examples: examples))"
    }
    XCTAssertTrue(advice(1, 2, 3).hasSuffix("such as 3"), advice(1, 2, 3))
    XCTAssertTrue(advice(1, 2, 5).hasSuffix("such as 3"), advice(1, 2, 5))
    XCTAssertTrue(advice(1, 1, 3).contains("batches of 1 are too small for BatchNorm 4"), advice(1, 1, 3))
    XCTAssertTrue(advice(1, 64, 1).hasSuffix("so no batch size works: add examples or leave out BatchNorm 4"))
    XCTAssertTrue(advice(1, Int.max, 3).hasSuffix("such as 3"), "a huge batch size neither hangs nor overflows")
  }

  // MARK: sizes 1 have correct answers

  func testOneExampleOneClassAndOneFeatureWork() throws {
    XCTAssertEqual(softmax(Matrix([[3]])), Matrix([[1]]), "one class has probability 1")
    XCTAssertEqual(softmaxCrossEntropy(logits: Matrix([[3]]), classes: [0]), 0, accuracy: 1e-15)
    XCTAssertEqual(meanSquaredError(predicted: Matrix([[2]]), expected: Matrix([[5]])), 9)
    XCTAssertEqual(binaryCrossEntropy(logits: Matrix([[0]]), labels: Matrix([[1]])), log(2), accuracy: 1e-15)
    XCTAssertEqual(ConfusionMatrix(predicted: [0], expected: [0], classCount: 1).accuracy, 1)
    let standardised = Standardizer(fittedTo: Matrix([[7]])).transform(Matrix([[7], [9]]))
    XCTAssertEqual(standardised, Matrix([[0], [2]]), "a constant column keeps deviation 1, never 0/0")
    var layer = BatchNorm(features: 1)
    XCTAssertTrue(layer.forward(Matrix([[5]]), training: false).isFinite, "inference needs no batch")
    var network = linearNetwork()
    let loss = try network.trainingStep(features: Matrix([[1, 1]]), targets: Matrix([[2]]), learningRate: 0.1)
    XCTAssertEqual(loss, 1, accuracy: 1e-15)
  }

  func testALossOverflowFromFiniteInputsIsReportedByTheTrainer() {
    // (1e200)² overflows: the loss function returns ∞ (the correctly rounded value) and the
    // trainer stops with the epoch and step.
    XCTAssertEqual(meanSquaredError(predicted: Matrix([[1e200]]), expected: Matrix([[0]])), .infinity)
    var network = Sequential([Dense(weights: Matrix([[1e200]]), bias: Matrix([[0]]))], loss: MeanSquaredErrorLoss())
    let error = trainingError {
      try network.train(
        features: Matrix([[1]]), targets: Matrix([[0]]), epochs: 1, batchSize: 1, learningRate: 0.1,
        order: { _ in [0] })
    }
    XCTAssertEqual(error, .diverged(epoch: 1, step: 1, loss: .infinity))
  }
}
