import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

final class PerceptronTests: XCTestCase {
  private let corners = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])

  /// AND is linearly separable: the rule converges to zero mistakes.
  func testLearnsAND() {
    var perceptron = Perceptron.zeros(features: 2)
    let mistakes = (0..<10).map { _ in perceptron.trainEpoch(features: corners, labels: Matrix(column: [0, 0, 0, 1])) }
    XCTAssertEqual(mistakes.last, 0)
    XCTAssertEqual(perceptron.classify(corners), Matrix(column: [0, 0, 0, 1]))
  }

  /// XOR is not: some corner is wrong after every pass.
  func testNeverLearnsXOR() {
    var perceptron = Perceptron.zeros(features: 2)
    let mistakes = (0..<50).map { _ in perceptron.trainEpoch(features: corners, labels: Matrix(column: [0, 1, 1, 0])) }
    XCTAssertTrue(mistakes.allSatisfy { $0 > 0 })
  }

  /// One update by hand: from zero, (1, 1) with y = 1 is predicted 0, so w += (1, 1), b += 1.
  func testUpdateRule() {
    var perceptron = Perceptron.zeros(features: 2)
    XCTAssertEqual(perceptron.trainEpoch(features: Matrix([[1, 1]]), labels: Matrix([[1]]), learningRate: 1), 1)
    XCTAssertEqual(perceptron.weights, Matrix(column: [1, 1]))
    XCTAssertEqual(perceptron.bias, 1)
  }
}

final class ActivationFamilyTests: XCTestCase {
  func testKnownValues() {
    XCTAssertEqual(leakyReLU(-2, slope: 0.01), -0.02)
    XCTAssertEqual(leakyReLU(3), 3)
    XCTAssertEqual(gelu(0), 0)
    // Φ(1) = 0.8413447460685429, so GELU(1) = 0.8413447460685429.
    XCTAssertEqual(gelu(1), 0.8413447460685429, accuracy: 1e-14)
    XCTAssertEqual(geluTanhApproximation(1), gelu(1), accuracy: 2e-4)
    XCTAssertEqual(selu(1), SELUConstants.scale)
    XCTAssertEqual(selu(-50), -SELUConstants.scale * SELUConstants.alpha, accuracy: 1e-12)
    XCTAssertEqual(tanhDerivative(0), 1)
    XCTAssertEqual(reluDerivative(0), 0)
    XCTAssertEqual(relu(-1), 0)
  }

  func testTanhDerivativeMatchesCentredDifferences() {
    for z in stride(from: -3.0, through: 3.0, by: 0.5) {
      XCTAssertLessThan(relativeError(tanhDerivative(z), numericDerivative(of: tanh, at: z)), 1e-8)
    }
  }
}
