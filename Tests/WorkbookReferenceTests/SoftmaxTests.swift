import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

final class SoftmaxTests: XCTestCase {
  /// Note 002's post: z = (1.7, −0.1, 0.4), e^z = (5.4739474, 0.9048374, 1.4918247), total
  /// 7.8706095, so p̂ = (0.6954922, 0.1149641, 0.1895437).
  func testNotesPost() {
    let p = softmax(Matrix(row: [1.7, -0.1, 0.4]))
    XCTAssertLessThan(relativeError(p, Matrix(row: [0.6954922, 0.1149641, 0.1895437])), 1e-6)
  }

  func testRowsArePositiveAndAddUpToOne() {
    var generator = SeededGenerator(seed: 1)
    let p = softmax(Matrix.randomNormal(rows: 30, columns: 7, standardDeviation: 5, using: &generator))
    XCTAssertTrue(p.values.allSatisfy { $0 >= 0 && $0 <= 1 })
    for total in p.sum(axis: 1).values { XCTAssertEqual(total, 1, accuracy: 1e-14) }
  }

  /// Adding the same number to every logit of a row changes nothing (e^c cancels). The shifted
  /// logits themselves are rounded (0.3 − 700 keeps ~13 significant digits of 0.3), hence 1e-12.
  func testShiftInvariance() {
    let z = Matrix([[0.3, -1.2, 2.5], [4, 4, -4]])
    XCTAssertLessThan(relativeError(softmax(z), softmax(z + 100)), 1e-12)
    XCTAssertLessThan(relativeError(softmax(z), softmax(z - 700)), 1e-12)
  }

  /// (1000, 1001, 1002) overflows e^z and (−1000, …) underflows it; both are the softmax of
  /// (0, 1, 2) up to order: (e^−2, e^−1, 1) / (e^−2 + e^−1 + 1) = (0.0900306, 0.2447285, 0.6652410).
  func testExtremeLogits() {
    let expected = Matrix(row: [0.09003057317038046, 0.24472847105479767, 0.6652409557748219])
    XCTAssertLessThan(relativeError(softmax(Matrix(row: [1000, 1001, 1002])), expected), 1e-14)
    XCTAssertLessThan(
      relativeError(softmax(Matrix(row: [-1002, -1001, -1000])), expected), 1e-14)
    XCTAssertEqual(softmax(Matrix(row: [0, 800])).values, [0, 1])  // e^−800 rounds to 0: exact, not NaN
  }

  /// LSE(1000, 1001, 1002) = 1002 + ln(e^−2 + e^−1 + 1) = 1002.4076059644444; it lies in [M, M + ln K].
  func testLogSumExp() {
    XCTAssertEqual(logSumExp(Matrix(row: [1000, 1001, 1002]))[0, 0], 1002.4076059644444, accuracy: 1e-12)
    XCTAssertEqual(logSumExp(Matrix(row: [5, 5, 5, 5]))[0, 0], 5 + log(4), accuracy: 1e-14)
    let lse = logSumExp(Matrix([[1, 2], [3, -3]]))
    XCTAssertEqual(lse.shape.rows, 2)
    XCTAssertEqual(lse.shape.columns, 1)
  }

  func testLogSoftmaxIsTheLogOfSoftmaxAndStaysFinite() {
    let z = Matrix([[0.5, -2, 1.5], [3, 0, -1]])
    XCTAssertLessThan(relativeError(logSoftmax(z), softmax(z).map { log($0) }), 1e-14)
    XCTAssertEqual(logSoftmax(Matrix(row: [0, 800])).values, [-800, 0])
  }

  /// With two classes the first softmax output is σ(z₁ − z₂).
  func testTwoClassSoftmaxIsTheSigmoidOfTheDifference() {
    var generator = SeededGenerator(seed: 2)
    let z = Matrix.randomNormal(rows: 50, columns: 2, standardDeviation: 4, using: &generator)
    XCTAssertLessThan(relativeError(softmax(z).column(0), sigmoid(z.column(0) - z.column(1))), 1e-12)
  }
}

final class SoftmaxCrossEntropyTests: XCTestCase {
  /// Note 002's post, truly Python: L = −ln 0.1895437 = 1.6631355.
  func testNotesPost() {
    let z = Matrix(row: [1.7, -0.1, 0.4])
    XCTAssertEqual(softmaxCrossEntropy(logits: z, classes: [2]), 1.6631355063687536, accuracy: 1e-12)
    XCTAssertEqual(softmaxCrossEntropy(logits: z, labels: Matrix(row: [0, 0, 1])), 1.6631355063687536, accuracy: 1e-12)
  }

  /// Note 002's three posts, true classes C, Java, Python:
  /// −(1/3)[ln 0.2 + ln 0.8 + ln 0.6] = (1.6094379 + 0.2231436 + 0.5108256) / 3 = 0.7811357.
  func testThreePostsFromProbabilitiesAndFromLogits() {
    let P = Matrix([[0.2, 0.7, 0.1], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6]])
    let Y = oneHot([0, 1, 2], classCount: 3)
    XCTAssertEqual(crossEntropy(probabilities: P, labels: Y), 0.7811356958381003, accuracy: 1e-12)
    XCTAssertEqual(softmaxCrossEntropy(logits: P.map { log($0) }, labels: Y), 0.7811356958381003, accuracy: 1e-12)
  }

  /// A confidently wrong row costs its logit gap exactly; from probabilities it hits the clamp.
  func testExtremeLogits() {
    XCTAssertEqual(softmaxCrossEntropy(logits: Matrix(row: [0, 800]), classes: [0]), 800)
    XCTAssertEqual(softmaxCrossEntropy(logits: Matrix(row: [800, 0]), classes: [0]), 0)
    let clamped = crossEntropy(probabilities: softmax(Matrix(row: [0, 800])), labels: Matrix(row: [1, 0]))
    XCTAssertEqual(clamped, -log(probabilityClamp), accuracy: 1e-12)
  }

  func testGradientMatchesCentredDifferencesAndRowsAddUpToZero() {
    var generator = SeededGenerator(seed: 3)
    let z = Matrix.randomNormal(rows: 6, columns: 4, standardDeviation: 2, using: &generator)
    let Y = oneHot([0, 3, 1, 1, 2, 3], classCount: 4)
    let analytic = softmaxCrossEntropyGradient(logits: z, labels: Y)
    let numeric = numericGradient(of: { softmaxCrossEntropy(logits: $0, labels: Y) }, at: z)
    XCTAssertLessThan(relativeError(analytic, numeric), 1e-7)
    for total in analytic.sum(axis: 1).values { XCTAssertEqual(total, 0, accuracy: 1e-15) }
  }

  /// With two classes the cross-entropy is the binary cross-entropy of the logit difference.
  func testTwoClassCrossEntropyIsBinaryCrossEntropy() {
    var generator = SeededGenerator(seed: 4)
    let z = Matrix.randomNormal(rows: 40, columns: 2, standardDeviation: 3, using: &generator)
    let classes = (0..<40).map { $0 % 3 == 0 ? 0 : 1 }
    let firstClass = Matrix(column: classes.map { $0 == 0 ? 1 : 0 })
    XCTAssertEqual(
      softmaxCrossEntropy(logits: z, classes: classes),
      binaryCrossEntropy(logits: z.column(0) - z.column(1), labels: firstClass), accuracy: 1e-12)
  }
}

final class MultiLabelTests: XCTestCase {
  /// Note 002's post tagged C and Python: σ(1.7, −0.1, 0.4) = (0.8455347, 0.4750208, 0.5986877),
  /// L = 0.1677860 + 0.6443967 + 0.5130153 = 1.3251979.
  func testNotesPost() {
    let loss = multiLabelCrossEntropy(logits: Matrix(row: [1.7, -0.1, 0.4]), labels: Matrix(row: [1, 0, 1]))
    XCTAssertEqual(loss, 1.3251979418597895, accuracy: 1e-12)
  }

  /// Summed over the K classes, so K times the per-entry mean that binaryCrossEntropy gives.
  func testIsTheSumOverClassesOfBinaryCrossEntropies() {
    var generator = SeededGenerator(seed: 5)
    let z = Matrix.randomNormal(rows: 9, columns: 4, standardDeviation: 2, using: &generator)
    let Y = Matrix(rows: 9, columns: 4, values: (0..<36).map { _ in generator.nextUniform() < 0.5 ? 1 : 0 })
    XCTAssertEqual(
      multiLabelCrossEntropy(logits: z, labels: Y), 4 * binaryCrossEntropy(logits: z, labels: Y), accuracy: 1e-12)
    let numeric = numericGradient(of: { multiLabelCrossEntropy(logits: $0, labels: Y) }, at: z)
    XCTAssertLessThan(relativeError(multiLabelCrossEntropyGradient(logits: z, labels: Y), numeric), 1e-7)
  }

  /// Note 002's predictions: probabilities at 0.5 and logits at 0.
  func testNotesPredictions() {
    let P = Matrix([[0.85, 0.15, 0.65], [0.25, 0.70, 0.40], [0.30, 0.45, 0.80]])
    XCTAssertEqual(multiLabelPredictions(probabilities: P), Matrix([[1, 0, 1], [0, 1, 0], [0, 0, 1]]))
    let Z = Matrix([[2.0, -1.0, 0.5], [0.5, 1.5, 0.2], [-0.5, 0.3, 2.2]])
    XCTAssertEqual(multiLabelPredictions(logits: Z), Matrix([[1, 0, 1], [1, 1, 1], [0, 1, 1]]))
    XCTAssertEqual(multiLabelPredictions(logits: Z), multiLabelPredictions(probabilities: sigmoid(Z)))
    XCTAssertEqual(multiLabelPredictions(logits: Matrix(row: [0])), Matrix(row: [1]), "z = 0 is a yes")
  }
}

final class SoftmaxRegressionTests: XCTestCase {
  func testGradientsMatchCentredDifferences() {
    var generator = SeededGenerator(seed: 6)
    let X = Matrix.randomNormal(rows: 8, columns: 3, using: &generator)
    let model = SoftmaxRegression(
      weights: Matrix.randomNormal(rows: 3, columns: 4, standardDeviation: 0.5, using: &generator),
      bias: Matrix.randomNormal(rows: 1, columns: 4, standardDeviation: 0.5, using: &generator))
    assertGradientsMatchCentredDifferences(
      model, features: X, targets: oneHot([0, 1, 2, 3, 3, 2, 1, 0], classCount: 4))
  }

  /// All-zero parameters give every class 1/K, so the loss is ln K.
  func testZeroModelIsUniform() {
    let model = SoftmaxRegression.zeros(features: 5, classes: 10)
    let X = Matrix.ones(rows: 3, columns: 5)
    XCTAssertEqual(
      model.gradients(features: X, targets: oneHot([1, 4, 9], classCount: 10)).loss, log(10), accuracy: 1e-14)
    XCTAssertEqual(model.classify(X), [0, 0, 0], "a tie goes to the first class")
  }

  /// Three well-separated clusters: training must classify almost all of them.
  func testLearnsThreeClusters() throws {
    var generator = SeededGenerator(seed: 7)
    let centres = [(-3.0, 0.0), (3.0, 0.0), (0.0, 4.0)]
    var rows = [[Double]]()
    var classes = [Int]()
    for index in 0..<150 {
      let (x, y) = centres[index % 3]
      rows.append([x + generator.nextNormal(), y + generator.nextNormal()])
      classes.append(index % 3)
    }
    let X = Matrix(rows)
    let run = try MiniBatchGradientDescent(learningRate: 0.5, batchSize: 150).train(
      SoftmaxRegression.zeros(features: 2, classes: 3), features: X, targets: oneHot(classes, classCount: 3),
      epochs: 200, order: { _ in Array(0..<150) })
    XCTAssertGreaterThan(accuracy(predicted: run.model.classify(X), expected: classes), 0.95)
    XCTAssertLessThan(run.stepLosses.last ?? .nan, run.stepLosses.first ?? .nan)
  }
}

final class ClassLabelTests: XCTestCase {
  func testEncodings() {
    XCTAssertEqual(oneHot([2, 0], classCount: 3), Matrix([[0, 0, 1], [1, 0, 0]]))
    XCTAssertEqual(multiHot([[0, 2], [], [1]], classCount: 3), Matrix([[1, 0, 1], [0, 0, 0], [0, 1, 0]]))
    XCTAssertEqual(classNumbers(Matrix(column: [3, 0, 9]), classCount: 10), [3, 0, 9])
  }

  func testArgmaxPerRow() {
    XCTAssertEqual(argmaxPerRow(Matrix([[0.4967, -0.1383, 0.6477], [1.5230, -0.2342, -0.2341]])), [2, 0])
    XCTAssertEqual(argmaxPerRow(Matrix([[-3, -1, -2], [2, 2, 1]])), [1, 0])
  }

  func testConfusionMatrix() {
    let confusion = ConfusionMatrix(predicted: [0, 1, 1, 2, 2, 2, 0], expected: [0, 1, 2, 2, 2, 1, 0], classCount: 3)
    XCTAssertEqual(confusion.counts, [[2, 0, 0], [0, 1, 1], [0, 1, 2]])
    XCTAssertEqual(confusion.total, 7)
    XCTAssertEqual(confusion.accuracy, 5.0 / 7.0, accuracy: 1e-15)
    XCTAssertEqual(confusion.accuracy, accuracy(predicted: [0, 1, 1, 2, 2, 2, 0], expected: [0, 1, 2, 2, 2, 1, 0]))
    XCTAssertEqual(confusion.mistakes.map { [$0.truth, $0.predicted, $0.count] }, [[1, 2, 1], [2, 1, 1]])
    let lines = confusion.table().render()
    XCTAssertEqual(lines[0], "predicted →  0  1  2  recall")
    XCTAssertEqual(lines[2], "true 0       2  ·  ·    1.00")
    XCTAssertEqual(lines[3], "true 1       ·  1  1    0.50")
  }

  /// The fused loss and gradient a training step uses give exactly the bits of the two
  /// separate functions, on several shapes and with large logits (where the shift matters).
  func testLossAndGradientTogetherGiveTheSeparateFunctionsBits() {
    var generator = SeededGenerator(seed: 71)
    for (rows, classes, scale) in [(1, 2, 1.0), (32, 10, 3.0), (7, 3, 400.0), (5, 1, 1.0)] {
      let logits = Matrix.randomNormal(rows: rows, columns: classes, using: &generator) * scale
      let labels = oneHot((0..<rows).map { ($0 * 7) % classes }, classCount: classes)
      let (loss, gradient) = SoftmaxCrossEntropyLoss().lossAndGradient(predicted: logits, expected: labels)
      let separateLoss = softmaxCrossEntropy(logits: logits, labels: labels)
      let separateGradient = softmaxCrossEntropyGradient(logits: logits, labels: labels)
      XCTAssertEqual(loss.bitPattern, separateLoss.bitPattern, "\(rows)×\(classes): loss \(loss) vs \(separateLoss)")
      XCTAssertEqual(
        gradient.values.map(\.bitPattern), separateGradient.values.map(\.bitPattern),
        "\(rows)×\(classes): the gradients' bits differ")
    }
  }
}
