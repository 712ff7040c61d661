import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

/// The weight initialisers: shapes, variances on large draws, and determinism for a seed.
final class InitializerTests: XCTestCase {
  func testVariancesFollowTheNotesTable() {
    XCTAssertEqual(Initializer.glorotNormal.variance(fanIn: 300, fanOut: 100), 1.0 / 200)
    XCTAssertEqual(Initializer.glorotUniform.variance(fanIn: 300, fanOut: 100), 1.0 / 200)
    XCTAssertEqual(Initializer.heNormal.variance(fanIn: 300, fanOut: 100), 2.0 / 300)
    XCTAssertEqual(Initializer.heUniform.variance(fanIn: 300, fanOut: 100), 2.0 / 300)
    XCTAssertEqual(Initializer.lecunNormal.variance(fanIn: 300, fanOut: 100), 1.0 / 300)
    XCTAssertEqual(Initializer.normal(standardDeviation: 0.01).variance(fanIn: 3, fanOut: 4), 0.0001, accuracy: 1e-18)
    XCTAssertEqual(Initializer.uniform(limit: 3).variance(fanIn: 3, fanOut: 4), 3)
    XCTAssertEqual(Initializer.zeros.variance(fanIn: 3, fanOut: 4), 0)
  }

  /// Every random rule, drawn 500 × 400: the sample variance within 3% of the stated one, the
  /// mean near 0, and uniform rules inside their limit.
  func testLargeDrawsHaveTheStatedVariance() {
    let rules: [Initializer] = [
      .normal(standardDeviation: 0.05), .uniform(limit: 0.2), .glorotNormal, .glorotUniform, .heNormal,
      .heUniform, .lecunNormal,
    ]
    var generator = SeededGenerator(seed: 91)
    for rule in rules {
      let W = rule.weights(fanIn: 500, fanOut: 400, using: &generator)
      XCTAssertEqual(W.rows, 500, rule.name)
      XCTAssertEqual(W.columns, 400, rule.name)
      let expected = rule.variance(fanIn: 500, fanOut: 400)
      let measured = W.map { $0 * $0 }.mean()
      XCTAssertEqual(measured / expected, 1, accuracy: 0.03, "\(rule.name): variance \(measured) vs \(expected)")
      XCTAssertLessThan(abs(W.mean()), 0.01 * expected.squareRoot(), rule.name)
    }
    for rule in [Initializer.glorotUniform, .heUniform] {
      let limit = (3 * rule.variance(fanIn: 500, fanOut: 400)).squareRoot()
      let W = rule.weights(fanIn: 500, fanOut: 400, using: &generator)
      XCTAssertLessThanOrEqual(W.values.map(abs).max() ?? .infinity, limit, rule.name)
    }
  }

  func testTheSameSeedGivesTheSameWeights() {
    var first = SeededGenerator(seed: 92)
    var second = SeededGenerator(seed: 92)
    XCTAssertEqual(
      Initializer.heNormal.weights(fanIn: 7, fanOut: 3, using: &first).values,
      Initializer.heNormal.weights(fanIn: 7, fanOut: 3, using: &second).values)
    var reference = SeededGenerator(seed: 93)
    var viaRule = SeededGenerator(seed: 93)
    XCTAssertEqual(
      Initializer.glorotNormal.weights(fanIn: 2, fanOut: 6, using: &viaRule).values,
      Matrix.randomNormal(rows: 2, columns: 6, standardDeviation: 0.5, using: &reference).values,
      "Glorot normal is randomNormal with σ = √(2/(n_in + n_out))")
  }

  func testConstantAndZerosAndTheDenseInitialiser() {
    var generator = SeededGenerator(seed: 94)
    XCTAssertEqual(
      Initializer.constant(0.5).weights(fanIn: 2, fanOut: 3, using: &generator).values, Array(repeating: 0.5, count: 6))
    XCTAssertEqual(Initializer.zeros.weights(fanIn: 2, fanOut: 2, using: &generator).values, [0, 0, 0, 0])
    let layer = Dense(inputs: 4, outputs: 3, initializer: .lecunNormal, using: &generator)
    XCTAssertEqual(layer.weights.rows, 4)
    XCTAssertEqual(layer.weights.columns, 3)
    XCTAssertEqual(layer.bias.values, [0, 0, 0])
  }
}

/// Clipping by value and by global norm, and the global norm itself.
final class GradientClippingTests: XCTestCase {
  func testGlobalNormByHand() {
    XCTAssertEqual(globalNorm([Matrix([[3]]), Matrix([[4]])]), 5, accuracy: 1e-15)
    XCTAssertEqual(globalNorm([Matrix([[1, 2], [2, 0]]), Matrix([[4]])]), 5, accuracy: 1e-15)
    XCTAssertEqual(globalNorm([]), 0)
    XCTAssertEqual(Matrix([[1e200, 1e200]]).norm(), 1e200 * 2.0.squareRoot(), accuracy: 1e186, "no overflow")
    XCTAssertEqual(Matrix([[1e-200, 1e-200]]).norm(), 1e-200 * 2.0.squareRoot(), accuracy: 1e-214, "no underflow")
    XCTAssertTrue(Matrix([[1, .nan]]).norm().isNaN)
    XCTAssertEqual(Matrix([[1, -.infinity]]).norm(), .infinity)
  }

  /// Invariants on seeded gradients: value clipping keeps entries in range and leaves small
  /// ones alone; norm clipping gives norm ≤ c, keeps the direction, and never touches
  /// gradients already small enough.
  func testInvariants() {
    var generator = SeededGenerator(seed: 95)
    for _ in 0..<20 {
      let gradients = [
        Matrix.randomNormal(rows: 3, columns: 4, standardDeviation: 5, using: &generator),
        Matrix.randomNormal(rows: 1, columns: 4, standardDeviation: 5, using: &generator),
      ]
      let byValue = clipByValue(gradients, limit: 2)
      for (original, clipped) in zip(gradients, byValue) {
        XCTAssertTrue(clipped.values.allSatisfy { abs($0) <= 2 })
        for (a, b) in zip(original.values, clipped.values) where abs(a) <= 2 { XCTAssertEqual(a, b) }
        for (a, b) in zip(original.values, clipped.values) where abs(a) > 2 { XCTAssertEqual(b, a > 0 ? 2 : -2) }
      }
      let maxNorm = generator.nextUniform(in: 1..<40)
      let (byNorm, before) = clipByGlobalNorm(gradients, maxNorm: maxNorm)
      XCTAssertEqual(before, globalNorm(gradients))
      XCTAssertLessThanOrEqual(globalNorm(byNorm), maxNorm * (1 + 1e-12))
      if before <= maxNorm {
        XCTAssertEqual(byNorm.map(\.values), gradients.map(\.values))
      } else {
        let ratio = byNorm[0][0, 0] / gradients[0][0, 0]
        for (original, clipped) in zip(gradients, byNorm) {
          for (a, b) in zip(original.values, clipped.values) { XCTAssertEqual(b, a * ratio, accuracy: 1e-12 * abs(a)) }
        }
      }
    }
    let zeros = [Matrix.zeros(rows: 2, columns: 2)]
    XCTAssertEqual(clipByGlobalNorm(zeros, maxNorm: 1).gradients.map(\.values), zeros.map(\.values))
    XCTAssertEqual(GradientClipping.none.apply(to: zeros).map(\.values), zeros.map(\.values))
    XCTAssertEqual(GradientClipping.byValue(limit: 1).apply(to: [Matrix([[3]])])[0][0, 0], 1)
    XCTAssertEqual(GradientClipping.byGlobalNorm(maxNorm: 1).apply(to: [Matrix([[-3]])])[0][0, 0], -1)
  }
}

/// Sequential's training loop, its divergence errors and its per-layer gradient norms.
final class SequentialTrainingTests: XCTestCase {
  private let X = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
  private let Y = Matrix(column: [0, 1, 1, 0])

  private func xorNetwork(seed: UInt64) -> Sequential {
    var generator = SeededGenerator(seed: seed)
    return Sequential(
      [
        Dense(inputs: 2, outputs: 4, initializer: .glorotNormal, using: &generator), ActivationLayer(.tanh),
        Dense(inputs: 4, outputs: 1, initializer: .glorotNormal, using: &generator),
      ], loss: MeanSquaredErrorLoss())
  }

  func testTrainLowersTheLossAndMatchesTrainingSteps() throws {
    var trained = xorNetwork(seed: 96)
    var stepped = trained
    let losses = try trained.train(
      features: X, targets: Y, epochs: 300, batchSize: 2, learningRate: 0.2, order: { _ in [0, 1, 2, 3] })
    XCTAssertEqual(losses.count, 300)
    XCTAssertLessThan(losses[299], losses[0] / 10)
    for _ in 0..<300 {
      for batch in [[0, 1], [2, 3]] {
        try stepped.trainingStep(features: X.rows(at: batch), targets: Y.rows(at: batch), learningRate: 0.2)
      }
    }
    XCTAssertEqual(trained.parameters.map(\.values), stepped.parameters.map(\.values), "the same updates")
  }

  /// A linear model, whose updates grow geometrically when the learning rate is too large.
  private func linearNetwork() -> Sequential {
    Sequential([Dense(weights: Matrix(column: [0.1, -0.1]), bias: Matrix([[0]]))], loss: MeanSquaredErrorLoss())
  }

  func testDivergenceIsReportedWithEpochAndStep() {
    var network = linearNetwork()
    XCTAssertThrowsError(
      try network.train(
        features: 1e3 * X, targets: 1e3 * Y, epochs: 50, batchSize: 4, learningRate: 1, order: { _ in [0, 1, 2, 3] })
    ) { error in
      guard case .diverged(let epoch, let step, let loss)? = error as? TrainingError else {
        return XCTFail("expected TrainingError.diverged, got \(error)")
      }
      XCTAssertFalse(loss.isFinite)
      XCTAssertEqual(step, 1, "one batch per epoch")
      XCTAssertGreaterThan(epoch, 1)
      XCTAssertTrue("\(error)".contains("at epoch \(epoch), step 1"))
    }
    XCTAssertTrue(network.parameters.allSatisfy { $0.values.allSatisfy(\.isFinite) }, "no NaN weights are kept")
  }

  /// An overflowing output is reported before the loss sees it (softmax cross-entropy would
  /// stop the process on an ∞ logit).
  func testAnOverflowingOutputIsReportedNotACrash() {
    var network = Sequential(
      [Dense(weights: Matrix([[1e308, -1e308], [1e308, 1e308]]), bias: Matrix([[0, 0]]))],
      loss: SoftmaxCrossEntropyLoss())
    XCTAssertThrowsError(
      try network.train(
        features: Matrix([[10, 10]]), targets: Matrix([[1, 0]]), epochs: 1, batchSize: 1, learningRate: 0.1,
        order: { _ in [0] })
    ) { error in
      XCTAssertEqual(error as? TrainingError, .outputNotFinite(epoch: 1, step: 1, value: .infinity))
      XCTAssertTrue("\(error)".contains("the network's output became ∞ at epoch 1, step 1"))
    }
  }

  func testClippingKeepsALargeLearningRateFinite() throws {
    var network = linearNetwork()
    let losses = try network.train(
      features: 1e3 * X, targets: 1e3 * Y, epochs: 50, batchSize: 4, learningRate: 10,
      clipping: .byGlobalNorm(maxNorm: 1), order: { _ in [0, 1, 2, 3] })
    XCTAssertTrue(losses.allSatisfy(\.isFinite))
  }

  func testWeightGradientNormsSkipActivationsAndMatchTheGradients() throws {
    var network = xorNetwork(seed: 98)
    try network.computeGradients(features: X, targets: Y)
    let norms = network.weightGradientNorms
    XCTAssertEqual(norms.map(\.layerIndex), [0, 2])
    XCTAssertEqual(norms.map(\.name), ["Dense 2 → 4", "Dense 4 → 1"])
    XCTAssertEqual(norms[0].norm, network.parameterGradients[0].norm())
    XCTAssertEqual(norms[1].norm, network.parameterGradients[2].norm())
  }

  func testDenseStackLayoutAndDraws() {
    var generator = SeededGenerator(seed: 99)
    let network = Sequential(
      denseSizes: [4, 3, 3, 2], activation: .relu, initializer: .heNormal, batchNorm: true,
      loss: MeanSquaredErrorLoss(), using: &generator)
    XCTAssertEqual(
      network.layers.map(\.name),
      ["Dense 4 → 3", "BatchNorm 3", "relu", "Dense 3 → 3", "BatchNorm 3", "relu", "Dense 3 → 2"])
    var reference = SeededGenerator(seed: 99)
    let first = Initializer.heNormal.weights(fanIn: 4, fanOut: 3, using: &reference)
    XCTAssertEqual(network.parameters[0].values, first.values, "weights drawn layer by layer from the input side")
  }

  func testTrainingErrorNamesEpochAndStep() {
    for error in [
      TrainingError.diverged(epoch: 3, step: 4, loss: .nan),
      .gradientNotFinite(epoch: 3, step: 4, layer: "Dense 1 → 1"),
      .outputNotFinite(epoch: 3, step: 4, value: .infinity),
    ] {
      XCTAssertEqual(error.epoch, 3)
      XCTAssertEqual(error.step, 4)
      XCTAssertTrue("\(error)".contains("at epoch 3, step 4"))
    }
  }

  func testSELUAndIdentityActivations() {
    XCTAssertEqual(ActivationLayer.Function.selu.value(1), SELUConstants.scale)
    XCTAssertEqual(
      ActivationLayer.Function.selu.derivative(-1e-300), SELUConstants.scale * SELUConstants.alpha, accuracy: 1e-12)
    XCTAssertEqual(ActivationLayer.Function.identity.value(-3.5), -3.5)
    XCTAssertEqual(ActivationLayer.Function.identity.derivative(7), 1)
    for z in [-2.0, -0.5, 0.5, 2] {
      XCTAssertEqual(seluDerivative(z), numericDerivative(of: selu, at: z), accuracy: 1e-7)
    }
  }
}
