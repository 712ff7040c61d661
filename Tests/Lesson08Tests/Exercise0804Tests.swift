import GradingSupport
import Lesson08Exercises
import WorkbookBasics
import WorkbookReference
import XCTest

/// Exercise 8.4 · The early-stopping rule.
///
/// Wrong versions this file catches (each was tried against these tests):
/// - returning the last epoch as the one to keep: `testStopsAndKeepsTheBest`;
/// - stopping one epoch late or early (patience off by one): `testStopsAndKeepsTheBest`,
///   `testMatchesTheLibraryRule`;
/// - "≤" instead of "<" for an improvement (a tie counts): `testATieIsNotAnImprovement`;
/// - never stopping: `testStopsAndKeepsTheBest`, `testMatchesTheLibraryRule`;
/// - epochs counted from 0 (both numbers one early): every test, named as such.
final class Exercise0804Tests: XCTestCase {
  /// Fails unless both epochs are right; a result one epoch early on both numbers is named as
  /// counting from 0.
  func assertEpochs(
    _ result: (stopAfter: Int, best: Int), stopAfter: Int, best: Int, _ why: (stop: String, best: String),
    file: StaticString = #filePath, line: UInt = #line
  ) {
    if result.stopAfter == stopAfter - 1 && result.best == best - 1 {
      XCTFail(
        "stopAfter is \(result.stopAfter) and best is \(result.best), expected \(stopAfter) and \(best): one epoch "
          + "early on both numbers.\nHint: counting from 0? Epochs count from 1: validationLosses[0] is epoch 1.",
        file: file, line: line)
      return
    }
    assertValue(
      result.stopAfter, equals: stopAfter, "stopAfter (the last epoch trained)", hint: why.stop, file: file, line: line)
    assertValue(result.best, equals: best, "best (the epoch kept)", hint: why.best, file: file, line: line)
  }

  /// Losses 1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.5 with patience 2: the best is epoch 4 (0.7);
  /// epochs 5 and 6 do not improve, so it stops after epoch 6 and keeps epoch 4.
  func testStopsAndKeepsTheBest() throws {
    let result = try attempt("8.4") {
      try earlyStopping(validationLosses: [1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.5], patience: 2)
    }
    assertEpochs(
      result, stopAfter: 6, best: 4,
      (
        "stop after epoch 6: epochs 5 and 6 are 2 (the patience) without improvement.",
        "keep the best epoch (4, loss 0.7), not the last one trained: that is the point of early stopping."
      ))
  }

  /// A loss equal to the best is not an improvement: 0.5, 0.5, 0.5 with patience 2 stops after
  /// epoch 3, keeping epoch 1.
  func testATieIsNotAnImprovement() throws {
    let result = try attempt("8.4") { try earlyStopping(validationLosses: [0.5, 0.5, 0.5, 0.4], patience: 2) }
    assertEpochs(
      result, stopAfter: 3, best: 1,
      (
        "an improvement must be strictly lower than the best (use <, not ≤): epochs 2 and 3 only tie.",
        "a tie is not an improvement, so the first 0.5, epoch 1, stays the best."
      ))
  }

  /// Against the library's EarlyStopping on seeded noisy losses, for several patiences.
  func testMatchesTheLibraryRule() throws {
    var generator = SeededGenerator(seed: 803)
    let losses: [Double] = (0..<40).map { epoch in
      let trend: Double = 1 / Double(epoch + 1) + 0.002 * Double(epoch)
      return trend + 0.05 * generator.nextUniform()
    }
    for patience in [1, 3, 5] {
      var stopper = EarlyStopping(patience: patience)
      var stopAfter = losses.count
      for (index, loss) in losses.enumerated() where stopper.observe(validationLoss: loss) == .stop {
        stopAfter = index + 1
        break
      }
      let result = try attempt("8.4") { try earlyStopping(validationLosses: losses, patience: patience) }
      assertEpochs(
        result, stopAfter: stopAfter, best: stopper.bestEpoch,
        (
          "with patience \(patience), stop once \(patience) epochs in a row have not beaten the best.",
          "with patience \(patience), keep the epoch of the lowest loss seen before stopping."
        ))
    }
  }

  /// A run that never runs out of patience ends after its last epoch, keeping its best.
  func testNeverStoppingEndsAtTheLastEpoch() throws {
    let result = try attempt("8.4") { try earlyStopping(validationLosses: [3, 2, 2.5, 1], patience: 5) }
    assertEpochs(
      result, stopAfter: 4, best: 4,
      (
        "without running out of patience, training ends after the last epoch, 4.",
        "the last loss, 1 at epoch 4, is the lowest."
      ))
  }
}
