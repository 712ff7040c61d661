import Foundation
import XCTest

@testable import WorkbookBasics
@testable import WorkbookReference

/// Dropout, weight decay, early stopping and k-fold splits (the core of Lesson 8).
final class RegularizationTests: XCTestCase {
  /// E[x′] = x exactly: over all 2³ masks of three entries, each weighted by its probability,
  /// the inverted scaling 1/(1 − p) gives back x.
  func testDropoutKeepsTheExpectationExactlyOverEveryMask() {
    let x = Matrix([[2.0, -1.0, 0.5]])
    for rate in [0.2, 0.5, 0.9] {
      var expectation = Matrix.zeros(rows: 1, columns: 3)
      for code in 0..<8 {
        let mask = Matrix([[Double(code & 1), Double((code >> 1) & 1), Double((code >> 2) & 1)]])
        let kept = mask.values.reduce(0, +)
        let probability = pow(1 - rate, kept) * pow(rate, 3 - kept)
        var layer = Dropout(rate: rate)
        layer.nextMask = mask
        expectation = expectation + probability * layer.forward(x, training: true)
      }
      for (found, wanted) in zip(expectation.values, x.values) {
        XCTAssertEqual(found, wanted, accuracy: 1e-12, "E[x′] at p = \(rate)")
      }
    }
  }

  /// Over 20 000 seeded masks the mean output is x within 3 standard errors, and about a
  /// share p of the entries are dropped.
  func testDropoutKeepsTheExpectationStatistically() {
    var layer = Dropout(rate: 0.3, seed: 9)
    let x = Matrix(rows: 1, columns: 4, repeating: 1.5)
    var total = Matrix.zeros(rows: 1, columns: 4)
    var dropped = 0.0
    let draws = 20_000
    for _ in 0..<draws {
      total = total + layer.forward(x, training: true)
      dropped += Double(layer.lastMask?.values.filter { $0 == 0 }.count ?? 0)
    }
    let mean = total / Double(draws)
    // Each output is 1.5/0.7 with probability 0.7, else 0: standard deviation 1.5·√(0.3/0.7).
    let standardError = 1.5 * (0.3 / 0.7).squareRoot() / Double(draws).squareRoot()
    for value in mean.values { XCTAssertEqual(value, 1.5, accuracy: 3 * standardError) }
    XCTAssertEqual(dropped / Double(draws * 4), 0.3, accuracy: 0.01, "the share of dropped entries")
  }

  /// At inference the input passes through unchanged, and the generator is not touched.
  func testDropoutIsTheIdentityAtInference() {
    var layer = Dropout(rate: 0.5, seed: 3)
    let x = Matrix([[1, 2], [3, 4]])
    XCTAssertEqual(layer.forward(x, training: false), x)
    var fresh = Dropout(rate: 0.5, seed: 3)
    XCTAssertEqual(
      layer.forward(x, training: true), fresh.forward(x, training: true), "inference must not draw a mask")
  }

  /// The backward pass against centred differences, with the mask held fixed.
  func testDropoutBackwardMatchesNumericGradientsWithAFixedMask() {
    let mask = Matrix([[1, 0, 1], [0, 1, 1]])
    let weights = Matrix([[0.3, -1.2, 2.0], [0.7, 0.1, -0.4]])
    let x = Matrix([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
    /// L = Σ weights ⊙ dropout(x).
    func loss(_ input: Matrix) -> Double {
      var layer = Dropout(rate: 0.4)
      layer.nextMask = mask
      return (weights * layer.forward(input, training: true)).sum()
    }
    var layer = Dropout(rate: 0.4)
    layer.nextMask = mask
    _ = layer.forward(x, training: true)
    let analytic = layer.backward(weights)
    let numeric = numericGradient(of: loss, at: x)
    for (found, wanted) in zip(analytic.values, numeric.values) {
      XCTAssertEqual(found, wanted, accuracy: 1e-8, "dL/dx through dropout")
    }
  }

  /// λ·W is the gradient of (λ/2)·‖W‖² (centred differences), and biases are not penalised.
  func testL2PenaltyAndGradientAgreeAndSkipBiases() {
    let weights = Matrix([[0.5, -2.0], [1.0, 3.0]])
    let bias = Matrix([[10.0, -10.0]])
    let lambda = 0.3
    XCTAssertEqual(
      l2Penalty([weights, bias], roles: [.weight, .bias], lambda: lambda), 0.15 * (0.25 + 4 + 1 + 9),
      accuracy: 1e-12, "(λ/2)·Σw² over the weights only")
    let numeric = numericGradient(of: { l2Penalty([$0, bias], roles: [.weight, .bias], lambda: lambda) }, at: weights)
    let gradients = l2Gradients(
      [Matrix.zeros(rows: 2, columns: 2), Matrix.zeros(rows: 1, columns: 2)], parameters: [weights, bias],
      roles: [.weight, .bias], lambda: lambda)
    for (found, wanted) in zip(gradients[0].values, numeric.values) { XCTAssertEqual(found, wanted, accuracy: 1e-7) }
    XCTAssertEqual(gradients[1], Matrix.zeros(rows: 1, columns: 2), "a bias must not be decayed")
  }

  private func overfittingProblem() -> (network: Sequential, x: Matrix, y: Matrix) {
    var generator = SeededGenerator(seed: 81)
    let x = Matrix.randomNormal(rows: 24, columns: 4, using: &generator)
    let y = oneHot((0..<24).map { ($0 * 5) % 3 }, classCount: 3)
    let network = Sequential(
      denseSizes: [4, 16, 3], activation: .relu, initializer: .heNormal, loss: SoftmaxCrossEntropyLoss(),
      using: &generator)
    return (network, x, y)
  }

  /// For SGD, L2 in the loss and the decoupled decay are the same update θ − η·(g + λθ) (up to
  /// rounding); for Adam they differ, as AdamW's paper says.
  func testDecoupledDecayEqualsL2ForSGDButNotForAdam() throws {
    let (start, x, y) = overfittingProblem()
    let order: (Int) -> [Int] = { _ in Array(0..<24) }
    func trained(_ decay: WeightDecay, _ optimizer: some Optimizer) throws -> [Matrix] {
      var network = start
      var optimizer = optimizer
      try network.train(
        features: x, targets: y, optimizer: &optimizer, schedule: ConstantRate(0.05),
        options: TrainingOptions(epochs: 5, batchSize: 8, weightDecay: decay), order: order)
      return network.parameters
    }
    let sgdL2 = try trained(.l2(0.1), SGD())
    let sgdDecoupled = try trained(.decoupled(0.1), SGD())
    for (a, b) in zip(sgdL2, sgdDecoupled) {
      for (u, v) in zip(a.values, b.values) { XCTAssertEqual(u, v, accuracy: 1e-12, "SGD: L2 and decoupled differ") }
    }
    let plain = try trained(.none, SGD())
    XCTAssertLessThan(sgdL2[0].norm(), plain[0].norm(), "decay must shrink the first weights")
    let adamL2 = try trained(.l2(0.1), Adam())
    let adamDecoupled = try trained(.decoupled(0.1), Adam())
    let gap = zip(adamL2[0].values, adamDecoupled[0].values).map { abs($0 - $1) }.max() ?? 0
    XCTAssertGreaterThan(gap, 1e-4, "Adam: L2 and decoupled decay should differ")
  }

  /// The rule on scripted losses: best at epoch 4, no improvement at 5 and 6, so with
  /// patience 2 it stops after epoch 6 and keeps epoch 4.
  func testEarlyStoppingOnAScriptedSequence() {
    var stopper = EarlyStopping(patience: 2)
    let losses = [1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.5]
    var decisions = [EpochDecision]()
    for loss in losses {
      let decision = stopper.observe(validationLoss: loss)
      decisions.append(decision)
      if decision == .stop { break }
    }
    XCTAssertEqual(decisions, [.proceed, .proceed, .proceed, .proceed, .proceed, .stop])
    XCTAssertEqual(stopper.bestEpoch, 4)
    XCTAssertEqual(stopper.bestLoss, 0.7)
    // A minimum improvement of 0.15 ignores the fall from 0.8 to 0.7 (only 0.1).
    var strict = EarlyStopping(patience: 2, minimumImprovement: 0.15)
    let strictDecisions = losses.prefix(4).map { strict.observe(validationLoss: $0) }
    XCTAssertEqual(strictDecisions, [.proceed, .proceed, .proceed, .stop])
    XCTAssertEqual(strict.bestEpoch, 2)
  }

  /// Inside training: it stops, and its best network is the one of its best epoch.
  func testEarlyStoppingInsideTrainingKeepsTheBestNetwork() throws {
    var (network, x, y) = overfittingProblem()
    let validation = ValidationData(features: x.rows(in: 0..<8), targets: y.rows(in: 0..<8), reportsAccuracy: true)
    var stopper = EarlyStopping(patience: 2)
    var optimizer = Adam()
    let history = try network.train(
      features: x.rows(in: 8..<24), targets: y.rows(in: 8..<24), optimizer: &optimizer, schedule: ConstantRate(0.05),
      options: TrainingOptions(epochs: 60, batchSize: 8, validation: validation), order: { _ in Array(0..<16) }
    ) { stopper.decide($0) }
    let best = try XCTUnwrap(stopper.bestNetwork)
    let bestIndex = stopper.bestEpoch - 1
    XCTAssertEqual(history.validationLoss[bestIndex], history.validationLoss.min())
    XCTAssertEqual(
      best.loss.loss(predicted: best.predict(validation.features), expected: validation.targets),
      history.validationLoss[bestIndex], accuracy: 1e-12)
    XCTAssertTrue(history.stoppedEarly, "an overfitting network over 60 epochs should be stopped early")
    XCTAssertEqual(history.validationLoss.count, stopper.bestEpoch + 2, "stopped 2 (the patience) after the best")
  }

  /// Folds of 10 rows into 3: sizes 4, 3, 3; disjoint; every row validated once; training
  /// rows are the rest.
  func testKFoldSplitsAreEvenDisjointAndCoverEveryRow() {
    for (count, k) in [(10, 3), (12, 4), (7, 7), (101, 5)] {
      var generator = SeededGenerator(seed: 5)
      let folds = kFoldSplits(count: count, folds: k, using: &generator)
      XCTAssertEqual(folds.count, k)
      let sizes = folds.map(\.validation.count)
      XCTAssertLessThanOrEqual(sizes.max()! - sizes.min()!, 1, "fold sizes \(sizes)")
      XCTAssertEqual(folds.flatMap(\.validation).sorted(), Array(0..<count), "every row validated exactly once")
      for fold in folds {
        XCTAssertEqual((fold.training + fold.validation).sorted(), Array(0..<count), "training is the rest")
      }
    }
  }

  /// Stratified folds keep each class's share: 60 rows of classes in the ratio 1 : 2 : 3 give
  /// every one of 5 folds 2, 4 and 6 rows of them.
  func testStratifiedFoldsKeepEachClassesShare() {
    let classes = (0..<60).map { $0 < 10 ? 0 : $0 < 30 ? 1 : 2 }
    var generator = SeededGenerator(seed: 6)
    let folds = stratifiedKFoldSplits(classes: classes, folds: 5, using: &generator)
    for fold in folds {
      let counts = (0..<3).map { label in fold.validation.filter { classes[$0] == label }.count }
      XCTAssertEqual(counts, [2, 4, 6])
    }
    XCTAssertEqual(folds.flatMap(\.validation).sorted(), Array(0..<60))
    XCTAssertEqual(crossValidate(folds) { _, validation in Double(validation.count) }, [12, 12, 12, 12, 12])
  }
}
