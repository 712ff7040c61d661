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
/// - never stopping: `testStopsAndKeepsTheBest`, `testMatchesTheLibraryRule`.
final class Exercise0804Tests: XCTestCase {
  /// Losses 1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.5 with patience 2: the best is epoch 4 (0.7);
  /// epochs 5 and 6 do not improve, so it stops after epoch 6 and keeps epoch 4.
  func testStopsAndKeepsTheBest() throws {
    let result = try attempt("8.4") {
      try earlyStopping(validationLosses: [1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.5], patience: 2)
    }
    XCTAssertEqual(
      result.stopAfter, 6, "It should stop after epoch 6: epochs 5 and 6 are 2 (the patience) without improvement.")
    XCTAssertEqual(
      result.best, 4,
      "Keep the best epoch (4, loss 0.7), not the last one trained: that is the point of early stopping.")
  }

  /// A loss equal to the best is not an improvement: 0.5, 0.5, 0.5 with patience 2 stops after
  /// epoch 3, keeping epoch 1.
  func testATieIsNotAnImprovement() throws {
    let result = try attempt("8.4") { try earlyStopping(validationLosses: [0.5, 0.5, 0.5, 0.4], patience: 2) }
    XCTAssertEqual(result.stopAfter, 3, "An improvement must be strictly lower than the best (use <, not ≤).")
    XCTAssertEqual(result.best, 1)
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
      XCTAssertEqual(result.stopAfter, stopAfter, "the stopping epoch with patience \(patience)")
      XCTAssertEqual(result.best, stopper.bestEpoch, "the kept epoch with patience \(patience)")
    }
  }

  /// A run that never runs out of patience ends after its last epoch, keeping its best.
  func testNeverStoppingEndsAtTheLastEpoch() throws {
    let result = try attempt("8.4") { try earlyStopping(validationLosses: [3, 2, 2.5, 1], patience: 5) }
    XCTAssertEqual(result.stopAfter, 4, "Without running out of patience, training ends after the last epoch.")
    XCTAssertEqual(result.best, 4)
  }
}
