import Foundation
import XCTest

@testable import WorkbookBasics
@testable import WorkbookReference

/// `train(optimizer:schedule:options:)`: the same bits as `train(learningRate:)` with SGD and a
/// constant rate, one run whether trained at once or an epoch at a time, validation figures,
/// early stopping through `onEpoch`, the schedule followed step by step, and the range test.
final class TrainingWithOptimizerTests: XCTestCase {
  private func problem() -> (network: Sequential, x: Matrix, y: Matrix, order: (Int) -> [Int]) {
    var generator = SeededGenerator(seed: 5)
    let x = Matrix.randomNormal(rows: 40, columns: 3, using: &generator)
    let classes = (0..<40).map { row in x[row, 0] + 0.5 * x[row, 1] > 0 ? 1 : 0 }
    let y = oneHot(classes, classCount: 2)
    let network = Sequential(
      denseSizes: [3, 5, 2], activation: .tanh, initializer: .glorotUniform, loss: SoftmaxCrossEntropyLoss(),
      using: &generator)
    let orders = (0..<20).map { epoch -> [Int] in
      var shuffle = SeededGenerator(seed: UInt64(100 + epoch))
      return shuffle.permutation(40)
    }
    return (network, x, y, { orders[$0 % orders.count] })
  }

  func testSGDWithAConstantRateGivesTheBitsOfPlainTraining() throws {
    let (start, x, y, order) = problem()
    var plain = start
    let losses = try plain.train(features: x, targets: y, epochs: 4, batchSize: 8, learningRate: 0.3, order: order)
    var viaOptimizer = start
    var sgd = SGD()
    let history = try viaOptimizer.train(
      features: x, targets: y, optimizer: &sgd, schedule: ConstantRate(0.3),
      options: TrainingOptions(epochs: 4, batchSize: 8), order: order)
    XCTAssertEqual(history.trainingLoss, losses, "the losses differ from train(learningRate:)")
    XCTAssertEqual(viaOptimizer.parameters, plain.parameters, "the parameters differ from train(learningRate:)")
    XCTAssertEqual(history.learningRates, Array(repeating: 0.3, count: 20), "5 steps × 4 epochs at η = 0.3")
    XCTAssertEqual(sgd.state.step, 20)
  }

  /// Adam with a one-cycle schedule, trained for 6 epochs at once or one epoch per call, ends
  /// with the same bits: the optimizer's state and step (and so the schedule) carry over.
  func testTrainingAnEpochAtATimeContinuesTheSameRun() throws {
    let (start, x, y, order) = problem()
    let schedule = OneCycleRate(maximumRate: 0.05, steps: 30)
    var atOnce = start
    var adam = Adam()
    let whole = try atOnce.train(
      features: x, targets: y, optimizer: &adam, schedule: schedule, options: TrainingOptions(epochs: 6, batchSize: 8),
      order: order)
    var stepwise = start
    var adamStepwise = Adam()
    var rates = [Double]()
    for epoch in 0..<6 {
      let part = try stepwise.train(
        features: x, targets: y, optimizer: &adamStepwise, schedule: schedule,
        options: TrainingOptions(epochs: 1, batchSize: 8), order: { _ in order(epoch) })
      rates += part.learningRates
    }
    XCTAssertEqual(stepwise.parameters, atOnce.parameters, "one epoch at a time lost the optimizer's state")
    XCTAssertEqual(rates, whole.learningRates, "the schedule restarted between calls")
    XCTAssertEqual(whole.learningRates, (0..<30).map(schedule.rate(atStep:)), "η must follow the schedule")
  }

  func testValidationFiguresAndEarlyStopping() throws {
    var (network, x, y, order) = problem()
    let validation = ValidationData(features: x.rows(in: 0..<10), targets: y.rows(in: 0..<10), reportsAccuracy: true)
    var optimizer = Momentum()
    var reports = [EpochReport]()
    let history = try network.train(
      features: x, targets: y, optimizer: &optimizer, schedule: ConstantRate(0.5),
      options: TrainingOptions(epochs: 10, batchSize: 8, validation: validation), order: order
    ) { report in
      reports.append(report)
      return report.epoch == 3 ? .stop : .proceed
    }
    XCTAssertEqual(history.trainingLoss.count, 3, "onEpoch said stop after epoch 3")
    XCTAssertTrue(history.stoppedEarly)
    XCTAssertEqual(reports.map(\.epoch), [1, 2, 3])
    XCTAssertEqual(history.validationLoss.count, 3)
    XCTAssertEqual(history.validationAccuracy.count, 3)
    // The figures are the network's after each epoch: recompute the last from the report.
    let last = reports[2]
    let output = last.network.predict(validation.features)
    XCTAssertEqual(last.validationLoss, SoftmaxCrossEntropyLoss().loss(predicted: output, expected: validation.targets))
    let right = zip(argmaxPerRow(output), argmaxPerRow(validation.targets)).filter { $0 == $1 }.count
    XCTAssertEqual(last.validationAccuracy, Double(right) / 10)
    XCTAssertEqual(last.network.parameters, network.parameters, "stopping keeps the network of the last epoch")
    XCTAssertEqual(last.totalSteps, 15)
  }

  func testWithoutValidationNothingIsMeasured() throws {
    var (network, x, y, order) = problem()
    var optimizer = RMSprop()
    let history = try network.train(
      features: x, targets: y, optimizer: &optimizer, schedule: ConstantRate(0.01),
      options: TrainingOptions(epochs: 2, batchSize: 40), order: order)
    XCTAssertEqual(history.trainingLoss.count, 2)
    XCTAssertTrue(history.validationLoss.isEmpty && history.validationAccuracy.isEmpty && !history.stoppedEarly)
  }

  /// The range test leaves the network alone, grows η geometrically, and suggests a tenth of the
  /// rate at the lowest smoothed loss.
  func testTheRangeTestGrowsTheRateAndSuggestsATenthOfTheBest() {
    let (network, x, y, order) = problem()
    let result = network.learningRateRangeTest(
      features: x, targets: y, optimizer: SGD(), batchSize: 8, lowest: 1e-4, highest: 100, steps: 60, order: order)
    XCTAssertEqual(result.rates.first!, 1e-4, accuracy: 1e-16)
    let ratios = zip(result.rates, result.rates.dropFirst()).map { $1 / $0 }
    for ratio in ratios { XCTAssertEqual(ratio, pow(1e6, 1.0 / 59), accuracy: 1e-9, "η must grow by one factor") }
    let best = result.smoothedLosses.indices.min { result.smoothedLosses[$0] < result.smoothedLosses[$1] }!
    XCTAssertEqual(result.rateAtMinimum, result.rates[best])
    XCTAssertEqual(result.suggestedRate, result.rateAtMinimum / 10)
    XCTAssertLessThan(result.smoothedLosses[best], result.smoothedLosses[0], "the loss must fall somewhere")
    XCTAssertEqual(network.parameters, problem().network.parameters, "the range test trained the network itself")
  }
}
