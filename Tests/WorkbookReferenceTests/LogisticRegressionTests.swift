import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

final class SigmoidTests: XCTestCase {
  func testKnownValues() {
    XCTAssertEqual(sigmoid(0), 0.5)
    // σ(1.1) = 1 / (1 + e^−1.1) = 1 / 1.3328710837 = 0.7502601056
    XCTAssertEqual(sigmoid(1.1), 0.7502601056, accuracy: 1e-10)
    XCTAssertEqual(sigmoid(-1.1), 1 - sigmoid(1.1), accuracy: 1e-15)
  }

  /// e^800 overflows to ∞: the naive e^z/(1 + e^z) gives ∞/∞ = NaN there; ours must not.
  func testExtremeInputsAreFinite() {
    XCTAssertTrue((exp(800.0) / (1 + exp(800.0))).isNaN, "the naive form really does fail")
    XCTAssertEqual(sigmoid(800), 1)
    XCTAssertEqual(sigmoid(-800), 0)
    XCTAssertEqual(sigmoid(-40), exp(-40) / (1 + exp(-40)), accuracy: 1e-30)  // tiny, not rounded to 0
    XCTAssertEqual(sigmoid(.infinity), 1)
    XCTAssertEqual(sigmoid(-.infinity), 0)
    let z = Matrix([[-800, -1, 0, 1, 800]])
    XCTAssertTrue(sigmoid(z).isFinite)
  }

  func testDerivativeMatchesCentredDifferences() {
    for z in stride(from: -8.0, through: 8.0, by: 0.5) {
      let numeric = numericDerivative(of: sigmoid, at: z)
      XCTAssertLessThan(relativeError(sigmoidDerivative(z), numeric), 1e-8, "σ'(\(z))")
    }
    XCTAssertEqual(sigmoidDerivative(0), 0.25)
  }
}

final class BinaryCrossEntropyTests: XCTestCase {
  /// The notes' three emails: −(1/3)[ln 0.9 + ln(1 − 0.3) + ln 0.6]
  /// = (0.1053605 + 0.3566749 + 0.5108256) / 3 = 0.3242870.
  func testThreeEmails() {
    let loss = binaryCrossEntropy(probabilities: Matrix(column: [0.9, 0.3, 0.6]), labels: Matrix(column: [1, 0, 1]))
    XCTAssertEqual(loss, 0.3242870, accuracy: 1e-7)
  }

  /// The notes' single email: z = 1.1, y = 0, so the loss is −ln(1 − σ(1.1)) = −ln 0.2497399 = 1.3873.
  func testWorkedExampleBothForms() {
    let z = Matrix([[1.1]])
    let y = Matrix([[0.0]])
    XCTAssertEqual(binaryCrossEntropy(logits: z, labels: y), 1.3873353, accuracy: 1e-7)
    XCTAssertEqual(binaryCrossEntropy(probabilities: sigmoid(z), labels: y), 1.3873353, accuracy: 1e-7)
  }

  func testLogitAndProbabilityFormsAgreeForModerateLogits() {
    var generator = SeededGenerator(seed: 21)
    let z = Matrix.randomNormal(rows: 20, columns: 3, standardDeviation: 3, using: &generator)
    let y = z.map { _ in generator.nextUniform() < 0.5 ? 0 : 1 }
    XCTAssertEqual(
      binaryCrossEntropy(logits: z, labels: y), binaryCrossEntropy(probabilities: sigmoid(z), labels: y),
      accuracy: 1e-12)
  }

  /// z = ±800: the loss of a confident right answer is 0, of a confident wrong one is |z|.
  /// σ(40) rounds to exactly 1, so the probability form needs its clamp: −ln(1e-12) = 27.631.
  func testExtremeLogitsGiveFiniteLosses() {
    XCTAssertEqual(binaryCrossEntropy(logits: Matrix([[800]]), labels: Matrix([[1]])), 0)
    XCTAssertEqual(binaryCrossEntropy(logits: Matrix([[800]]), labels: Matrix([[0]])), 800)
    XCTAssertEqual(binaryCrossEntropy(logits: Matrix([[-800]]), labels: Matrix([[1]])), 800)
    XCTAssertEqual(binaryCrossEntropy(logits: Matrix([[-800]]), labels: Matrix([[0]])), 0)
    XCTAssertEqual(binaryCrossEntropy(logits: Matrix([[40]]), labels: Matrix([[0]])), 40, accuracy: 1e-12)
    XCTAssertEqual(sigmoid(40), 1, "σ(40) rounds to 1 in double precision")
    let clamped = binaryCrossEntropy(probabilities: Matrix([[1]]), labels: Matrix([[0]]))
    XCTAssertEqual(clamped, -log(probabilityClamp), accuracy: 1e-4)  // 1 − (1 − ε) is ε up to rounding
    XCTAssertEqual(binaryCrossEntropy(probabilities: Matrix([[0]]), labels: Matrix([[0]])), 0, accuracy: 1e-11)
    let gradient = binaryCrossEntropyGradient(logits: Matrix([[800], [-800]]), labels: Matrix([[0], [0]]))
    XCTAssertEqual(gradient, Matrix([[0.5], [0]]))
  }

  func testGradientMatchesCentredDifferences() {
    var generator = SeededGenerator(seed: 22)
    let z = Matrix.randomNormal(rows: 7, columns: 2, standardDeviation: 2, using: &generator)
    let y = z.map { _ in generator.nextUniform() < 0.5 ? 0 : 1 }
    let numeric = numericGradient(of: { binaryCrossEntropy(logits: $0, labels: y) }, at: z)
    XCTAssertLessThan(relativeError(binaryCrossEntropyGradient(logits: z, labels: y), numeric), 1e-7)
  }
}

final class LogisticRegressionTests: XCTestCase {
  /// Two Gaussian clouds, labels from a noisy linear rule.
  private func problem(
    rows: Int, features: Int, seed: UInt64
  ) -> (X: Matrix, Y: Matrix, model: LogisticRegression, rule: LogisticRegression) {
    var generator = SeededGenerator(seed: seed)
    let X = Matrix.randomNormal(rows: rows, columns: features, using: &generator)
    let direction = Matrix.randomNormal(rows: features, columns: 1, using: &generator)
    let Y =
      (X.matmul(direction) + Matrix.randomNormal(rows: rows, columns: 1, standardDeviation: 0.3, using: &generator))
      .map { $0 >= 0 ? 1 : 0 }
    let model = LogisticRegression(
      weights: Matrix.randomNormal(rows: features, columns: 1, standardDeviation: 0.5, using: &generator),
      bias: Matrix([[0.1]]))
    return (X, Y, model, LogisticRegression(weights: direction, bias: Matrix([[0]])))
  }

  func testGradientsMatchCentredDifferences() {
    let (X, Y, model, _) = problem(rows: 9, features: 4, seed: 31)
    assertGradientsMatchCentredDifferences(model, features: X, targets: Y)
    let gradients = model.gradients(features: X, targets: Y)
    XCTAssertEqual(
      gradients.loss, binaryCrossEntropy(probabilities: model.probabilities(X), labels: Y), accuracy: 1e-12)
  }

  func testTheLoopAndTheVectorisedVersionAgree() {
    let (X, Y, model, _) = problem(rows: 200, features: 7, seed: 32)
    let vectorised = model.gradients(features: X, targets: Y)
    let loop = model.gradientsOneExampleAtATime(features: X, targets: Y)
    XCTAssertLessThan(relativeError(vectorised.weights, loop.weights), 1e-12)
    XCTAssertLessThan(relativeError(vectorised.bias, loop.bias), 1e-12)
    XCTAssertEqual(vectorised.loss, loop.loss, accuracy: 1e-12)
  }

  /// p̂ ≥ 0.5 exactly when z ≥ 0; at z = 0 the class is 1.
  func testClassifyThresholdsTheLogitAtZero() {
    let model = LogisticRegression(weights: Matrix(column: [1]), bias: Matrix([[0]]))
    let X = Matrix(column: [-2, -1e-9, 0, 1e-9, 3])
    XCTAssertEqual(model.classify(X), Matrix(column: [0, 0, 1, 1, 1]))
    XCTAssertEqual(model.probabilities(X).map { $0 >= 0.5 ? 1 : 0 }, model.classify(X))
  }

  func testTrainingLowersTheCostAndLearnsTheRule() throws {
    let (X, Y, _, rule) = problem(rows: 300, features: 3, seed: 33)
    let run = try MiniBatchGradientDescent(learningRate: 0.5, batchSize: X.rows).train(
      LogisticRegression.zeros(features: 3), features: X, targets: Y, epochs: 200, order: { _ in Array(0..<X.rows) })
    XCTAssertEqual(run.stepLosses.first ?? .nan, log(2), accuracy: 1e-12, "zero weights give p̂ = 0.5: ln 2")
    XCTAssertTrue(zip(run.stepLosses, run.stepLosses.dropFirst()).allSatisfy { $1 <= $0 }, "full-batch cost falls")
    // The labels are noisy, so even the rule that made them misses some; training should do as well.
    let ruleAccuracy = accuracy(predicted: rule.classify(X), expected: Y)
    XCTAssertGreaterThanOrEqual(accuracy(predicted: run.model.classify(X), expected: Y), ruleAccuracy - 0.01)
  }
}

final class AccuracyTests: XCTestCase {
  func testCountsMatches() {
    XCTAssertEqual(accuracy(predicted: Matrix(column: [1, 0, 1, 1]), expected: Matrix(column: [1, 1, 1, 0])), 0.5)
  }
}
