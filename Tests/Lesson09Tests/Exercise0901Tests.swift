import GradingSupport
import Lesson09Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 9.1 · The training loop.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - the last, shorter batch dropped: `testEachEpochVisitsItsRowsInOrderInBatches`;
/// - `order` given the epoch counted from 1: `testEachEpochVisitsItsRowsInOrderInBatches`;
/// - the step before the backward pass, or no step: `testThePartsAreCalledInOrder`;
/// - validation before the batches, or once at the end: `testThePartsAreCalledInOrder`;
/// - the epoch's loss divided by the rows (or by full batches only) instead of the number of
///   batches: `testTheEpochLossIsTheMeanOfItsBatchLosses`;
/// - "≤" for an improvement (a tie counts): `testPatienceAndTies`;
/// - patience off by one (stopping an epoch late or early): `testPatienceAndTies`;
/// - "stop?" asked before "improved?" (an improvement on the last patient epoch lost):
///   `testAnImprovementOnTheLastPatientEpochCounts`;
/// - the best epoch counted from 0: `testPatienceAndTies`;
/// - `restoreBest` never called, or called every epoch: `testThePartsAreCalledInOrder`,
///   `testPatienceAndTies`, `testReachesTheTargetOnTheDigits`;
/// - `patience` hard-coded: `testThePatienceGivenIsTheOneUsed` (1, 2 and 4);
/// - `epochs` or `batchSize` ignored (hard-coded): `testRunsAtMostTheEpochsAsked`,
///   `testEachEpochVisitsItsRowsInOrderInBatches` (batch sizes 3 and 4).
final class Exercise0901Tests: XCTestCase {
  /// Runs the learner's loop on a fake network that records every call; `validationLosses` are
  /// what `validate` returns epoch after epoch.
  private func recordedRun(
    rows: Int, batchSize: Int, epochs: Int, patience: Int, validationLosses: [Double]
  ) throws -> (outcome: TrainingOutcome, log: CallLog) {
    let log = CallLog()
    // Row r of X holds r in its one column, so a batch tells which rows it holds.
    let features = Matrix(column: (0..<rows).map(Double.init))
    let targets = Matrix.zeros(rows: rows, columns: 1)
    let parts = TrainingParts(
      forward: { batch in
        log.calls.append("forward")
        log.batches.append(batch.values.map { Int($0) })
        return batch
      },
      lossAndGradient: { output, _ in
        log.calls.append("loss")
        return (output.sum(), output)
      },
      backward: { _ in log.calls.append("backward") },
      step: { log.calls.append("step") },
      validate: {
        log.calls.append("validate")
        let loss = validationLosses[min(log.validations, validationLosses.count - 1)]
        log.validations += 1
        return (loss, 0.5)
      },
      keepBest: { log.calls.append("keepBest \(log.validations)") },
      restoreBest: { log.calls.append("restoreBest") })
    let outcome = try attempt("9.1") {
      try trainWithEarlyStopping(
        parts, features: features, targets: targets, batchSize: batchSize, epochs: epochs, patience: patience,
        order: { epoch in
          log.orderEpochs.append(epoch)
          return CallLog.order(epoch: epoch, rows: rows)
        })
    }
    return (outcome, log)
  }

  func testEachEpochVisitsItsRowsInOrderInBatches() throws {
    for (rows, batchSize) in [(7, 3), (10, 4)] {
      let (_, log) = try recordedRun(
        rows: rows, batchSize: batchSize, epochs: 2, patience: 5, validationLosses: [1, 0.5])
      assertValue(
        log.orderEpochs, equals: [0, 1], "the epochs passed to order",
        hint:
          "order(epoch) takes the epoch counted from 0, as the library's train does: order(epoch - 1) for epoch 1, 2, …"
      )
      let expected = (0..<2).flatMap { epoch in
        let order = CallLog.order(epoch: epoch, rows: rows)
        return stride(from: 0, to: rows, by: batchSize).map { Array(order[$0..<min($0 + batchSize, rows)]) }
      }
      assertValue(
        log.batches, equals: expected, "the list of batches (\(rows) rows, batch size \(batchSize))",
        hint: "each epoch cuts order(epoch − 1) into consecutive batches of batchSize rows; the last one holds "
          + "what is left (\(rows % batchSize) of them here) and must not be dropped.")
    }
  }

  /// 7 rows in batches of 3 for 2 epochs, both improving: three batches of forward, loss,
  /// backward, step; one validation; keepBest; and restoreBest once at the end.
  func testThePartsAreCalledInOrder() throws {
    let (_, log) = try recordedRun(rows: 7, batchSize: 3, epochs: 2, patience: 5, validationLosses: [1, 0.5])
    let batch = ["forward", "loss", "backward", "step"]
    let expected =
      batch + batch + batch + ["validate", "keepBest 1"] + batch + batch + batch + [
        "validate", "keepBest 2", "restoreBest",
      ]
    assertValue(
      log.calls, equals: expected, "the calls",
      hint: "per batch: forward, lossAndGradient, backward, step (the step uses the gradients backward leaves); "
        + "per epoch, after its batches: validate, then keepBest on a new best; restoreBest once, after the loop.")
  }

  /// Batch losses with 7 rows in batches of 3 (rows 0–2, 3–5, 6 in epoch 0's order): the loss
  /// of a batch is the sum of its row numbers, so the epoch's mean is (sum of 0…6) / 3 batches = 7.
  func testTheEpochLossIsTheMeanOfItsBatchLosses() throws {
    let (outcome, _) = try recordedRun(rows: 7, batchSize: 3, epochs: 1, patience: 5, validationLosses: [1])
    assertValue(outcome.trainingLosses.count, equals: 1, "the number of training losses", hint: "one per epoch run.")
    assertNumber(
      outcome.trainingLosses.first ?? .nan, matches: 7, "the epoch's training loss",
      hint: "the mean of the epoch's batch losses: their sum (21) over the number of batches (3, the short last one "
        + "included), not over the rows (7) and not over the full batches only.")
  }

  /// Validation losses 1.0, 0.8, 0.8, 0.9, 0.85, 0.7 with patience 3: epoch 2 is the best (the
  /// tie at epoch 3 is not an improvement); epochs 3, 4 and 5 do not improve, so training stops
  /// after epoch 5 and keeps epoch 2.
  func testPatienceAndTies() throws {
    let (outcome, log) = try recordedRun(
      rows: 4, batchSize: 2, epochs: 10, patience: 3, validationLosses: [1.0, 0.8, 0.8, 0.9, 0.85, 0.7])
    assertValue(
      outcome.validationLosses, equals: [1.0, 0.8, 0.8, 0.9, 0.85], "the validation losses recorded",
      hint: "stop after epoch 5: epochs 3, 4 and 5 are 3 (the patience) without a loss below the best, 0.8. "
        + "A tie (0.8 again at epoch 3) is not an improvement.")
    assertValue(
      outcome.bestEpoch, equals: 2, "bestEpoch",
      hint: outcome.bestEpoch == 1
        ? "epochs count from 1: the second epoch is 2." : "the lowest loss, 0.8, came first after epoch 2.")
    assertValue(
      log.calls.filter { $0.hasPrefix("keepBest") || $0 == "restoreBest" },
      equals: ["keepBest 1", "keepBest 2", "restoreBest"],
      "keepBest and restoreBest calls",
      hint: "keepBest only when the loss is strictly below the best; restoreBest once, after the last epoch.")
  }

  /// Losses 1.0, 0.8, 0.9, 0.9, 0.7, then 0.9 with patience 3: epoch 5 improves exactly when
  /// the patience would run out, so training goes on, keeps epoch 5 and stops after epoch 8.
  func testAnImprovementOnTheLastPatientEpochCounts() throws {
    let (outcome, _) = try recordedRun(
      rows: 4, batchSize: 2, epochs: 10, patience: 3, validationLosses: [1.0, 0.8, 0.9, 0.9, 0.7, 0.9])
    assertValue(
      outcome.validationLosses.count, equals: 8, "the epochs run",
      hint: "after validate(), first see whether the loss is a new best; only when it is not, ask whether "
        + "patience epochs have passed. Here epoch 5 (0.7) is a new best, so the run goes on to epoch 8.")
    assertValue(outcome.bestEpoch, equals: 5, "bestEpoch", hint: "epoch 5's loss, 0.7, is the lowest.")
  }

  /// Losses 1.0, 0.9, then 0.95 for ever: the best is epoch 2, and training stops `patience`
  /// epochs later, after epoch 2 + patience, for patience 1, 2 and 4.
  func testThePatienceGivenIsTheOneUsed() throws {
    for patience in [1, 2, 4] {
      let (outcome, _) = try recordedRun(
        rows: 3, batchSize: 3, epochs: 10, patience: patience, validationLosses: [1.0, 0.9, 0.95])
      assertValue(
        outcome.validationLosses.count, equals: 2 + patience, "the epochs run with patience \(patience)",
        hint: "stop once `patience` epochs in a row have not beaten the best (epoch 2 here): use the patience "
          + "argument, not a number of your own.")
    }
  }

  func testRunsAtMostTheEpochsAsked() throws {
    let (outcome, _) = try recordedRun(
      rows: 5, batchSize: 5, epochs: 4, patience: 2, validationLosses: [0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    assertValue(
      outcome.validationLosses.count, equals: 4, "the epochs run",
      hint: "run `epochs` epochs (4 here) when the loss keeps improving.")
    assertValue(outcome.bestEpoch, equals: 4, "bestEpoch", hint: "every epoch improved, so the last one is the best.")
  }

  /// The loop on the digits: a 64-64-10 ReLU network with batch norm and Adam must reach 95% of
  /// the validation digits within 15 epochs, and end with its best network restored.
  func testReachesTheTargetOnTheDigits() throws {
    let digits = try ClassifierDigits.load()
    var generator = SeededGenerator(seed: 91)
    let split = stratifiedSplit(classes: digits.classes, validationFraction: 0.2, testFraction: 0, using: &generator)
    let scaler = Standardizer(fittedTo: digits.features.rows(at: split.training))
    let train = (
      features: scaler.transform(digits.features.rows(at: split.training)),
      targets: digits.targets.rows(at: split.training)
    )
    let validation = (
      features: scaler.transform(digits.features.rows(at: split.validation)),
      targets: digits.targets.rows(at: split.validation)
    )
    let box = NetworkBox(
      Sequential(
        denseSizes: [64, 64, 10], activation: .relu, initializer: .heNormal, batchNorm: true,
        loss: SoftmaxCrossEntropyLoss(), using: &generator))
    let parts = box.parts(validation: validation)
    let rows = train.features.rows
    let outcome = try attempt("9.1") {
      try trainWithEarlyStopping(
        parts, features: train.features, targets: train.targets, batchSize: 32, epochs: 15, patience: 4,
        order: { epoch in
          var shuffle = SeededGenerator(seed: 100 + UInt64(epoch))
          return shuffle.permutation(rows)
        })
    }
    assertValue(
      box.stepsWithoutGradients, equals: 0, "the steps taken before any backward pass",
      hint: "step() uses the gradients that backward(…) leaves in the network: call backward first, then step, "
        + "in every batch.")
    let (loss, accuracy) = parts.validate()
    XCTAssertGreaterThanOrEqual(
      accuracy, 0.95,
      "the network ends with \(formatPercent(accuracy)) of the validation digits right, below 95%.\nHint: check the "
        + "order of forward, loss, backward and step in each batch, and that every batch is trained on.")
    let lowest = outcome.validationLosses.min() ?? .nan
    assertNumber(
      loss, matches: lowest, "the validation loss after training",
      hint: "after the loop the network must hold its best epoch's parameters (lowest validation loss "
        + "\(formatNumber(lowest))): call restoreBest() once, after the last epoch.")
    XCTAssertLessThanOrEqual(box.steps, 15 * ((rows + 31) / 32), "more optimizer steps than 15 epochs of batches")
  }
}

/// What the fake network saw.
private final class CallLog {
  var calls = [String]()
  var batches = [[Int]]()
  var orderEpochs = [Int]()
  var validations = 0

  /// A fixed permutation of 0..<rows that differs by epoch.
  static func order(epoch: Int, rows: Int) -> [Int] {
    var generator = SeededGenerator(seed: 40 + UInt64(epoch))
    return generator.permutation(rows)
  }
}

/// A real network, its optimizer and its best copy, behind the closures of `TrainingParts`.
private final class NetworkBox {
  var network: Sequential
  var best: Sequential
  var optimizer = Adam()
  var steps = 0
  var stepsWithoutGradients = 0

  init(_ network: Sequential) {
    self.network = network
    self.best = network
  }

  func parts(validation: (features: Matrix, targets: Matrix)) -> TrainingParts {
    TrainingParts(
      forward: { self.network.forward($0, training: true) },
      lossAndGradient: { self.network.loss.lossAndGradient(predicted: $0, expected: $1) },
      backward: { self.network.backward($0) },
      step: {
        // A step before any backward pass has no gradients to use: counted, not taken.
        guard !self.network.parameterGradients.isEmpty else {
          self.stepsWithoutGradients += 1
          return
        }
        var parameters = self.network.parameters
        self.optimizer.update(
          &parameters, gradients: self.network.parameterGradients, roles: self.network.parameterRoles,
          learningRate: 0.005)
        self.network.setParameters(parameters)
        self.steps += 1
      },
      validate: {
        let output = self.network.predict(validation.features)
        let loss = self.network.loss.loss(predicted: output, expected: validation.targets)
        let right = zip(argmaxPerRow(output), argmaxPerRow(validation.targets)).filter { $0 == $1 }.count
        return (loss, Double(right) / Double(validation.features.rows))
      },
      keepBest: { self.best = self.network },
      restoreBest: { self.network = self.best })
  }
}
