import GradingSupport
import Lesson04Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 4.4 · Train XOR.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - η ignored or hard-coded as 0.3: `testFollowsTheGivenLearningRate`;
/// - the loss recorded after the update instead of before: `testFirstLossesMatchTheLibrary`,
///   `testFollowsTheGivenLearningRate`;
/// - one parameter (b2) left out of the update: `testFirstLossesMatchTheLibrary`,
///   `testFollowsTheGivenLearningRate`;
/// - one epoch too many, `0...epochs`: `testFirstLossesMatchTheLibrary`, `testSolvesXOR`, `testZeroEpochs`.
final class Exercise0404Tests: XCTestCase {
  /// The first losses match the library's layers trained the same way.
  func testFirstLossesMatchTheLibrary() throws {
    let start = SeededNetwork.make()
    let result = try attempt("4.4") {
      try Lesson04Exercises.trainXOR(
        W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2, learningRate: 0.3, epochs: 5)
    }
    var reference = SeededNetwork.reference(W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2)
    let expected = try (0..<5).map { _ in
      try reference.trainingStep(features: XOR.X, targets: XOR.Y, learningRate: 0.3)
    }
    assertMatrix(
      Matrix(row: result.losses), matches: Matrix(row: expected), "the losses of the first 5 epochs",
      hint: "Record the loss before each update, then move every parameter by −η times its gradient.")
  }

  /// 600 epochs at η = 0.3 from the walkthrough's start: every corner right.
  func testSolvesXOR() throws {
    let start = SeededNetwork.make()
    let result = try attempt("4.4") {
      try Lesson04Exercises.trainXOR(
        W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2, learningRate: 0.3, epochs: 600)
    }
    XCTAssertEqual(
      result.losses.count, 600,
      "the number of recorded losses\nHint: append the loss once per epoch, before the update.")
    let network = SeededNetwork.reference(W1: result.W1, B1: result.B1, W2: result.W2, B2: result.B2)
    let predicted = network.predict(XOR.X).map { $0 >= 0.5 ? 1 : 0 }
    assertMatrix(
      predicted, matches: XOR.Y, "the predictions (P ≥ 0.5) after 600 epochs",
      hint: "Train on all four corners each epoch with your backward; check the update signs.")
    XCTAssertLessThan(
      result.losses.last ?? .infinity, 1e-3, "the loss after 600 epochs\nHint: it should fall below 0.001.")
  }

  /// Zero epochs: the parameters come back unchanged and no loss is recorded.
  func testZeroEpochs() throws {
    let start = SeededNetwork.make()
    let result = try attempt("4.4") {
      try Lesson04Exercises.trainXOR(
        W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2, learningRate: 0.3, epochs: 0)
    }
    XCTAssertTrue(
      result.losses.isEmpty,
      "the losses for 0 epochs\nHint: with no epochs the loop body never runs: return an empty list.")
    assertMatrix(result.W1, matches: start.W1, "W1 after 0 epochs", hint: "Return the starting parameters.")
  }

  /// η = 0.8 for 3 epochs: the losses must follow that rate, not the 0.3 the other tests use.
  func testFollowsTheGivenLearningRate() throws {
    let start = SeededNetwork.make()
    func train(_ learningRate: Double) throws -> [Double] {
      try attempt("4.4") {
        try Lesson04Exercises.trainXOR(
          W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2, learningRate: learningRate, epochs: 3
        ).losses
      }
    }
    let (fast, slow) = (try train(0.8), try train(0.3))
    XCTAssertNotEqual(
      fast, slow,
      "η = 0.8 and η = 0.3 give the same losses\nHint: use the learningRate parameter in the update; is 0.3 "
        + "written into it?")
    var reference = SeededNetwork.reference(W1: start.W1, B1: start.B1, W2: start.W2, B2: start.B2)
    let expected = try (0..<3).map { _ in
      try reference.trainingStep(features: XOR.X, targets: XOR.Y, learningRate: 0.8)
    }
    assertMatrix(
      Matrix(row: fast), matches: Matrix(row: expected), "the losses of 3 epochs at η = 0.8",
      hint: "Each parameter moves by −η·gradient with the η you were given.")
  }
}
