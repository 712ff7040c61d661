// Lesson 9 · Capstone: a digit classifier end to end — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson09
// Each exercise shows as "not attempted" until you start it. Epochs count from 1 in what you
// return; the `order` closure is given the epoch counted from 0, as the library's train does.

import Foundation
import WorkbookBasics

/// The pieces of a network's training that the loop of exercise 9.1 needs, as closures over
/// matrices. The tests build them from a real network, its loss and its optimizer, so the loop
/// needs to know nothing about layers.
public struct TrainingParts {
  /// Runs the network forward on a batch in training mode (dropout on, batch statistics) and
  /// returns its output.
  public let forward: (_ batch: Matrix) -> Matrix
  /// The loss of an output against its targets, and the gradient dL/d(output).
  public let lossAndGradient: (_ output: Matrix, _ targets: Matrix) -> (loss: Double, gradient: Matrix)
  /// Passes dL/d(output) back through the network, leaving every parameter's gradient in place.
  public let backward: (_ outputGradient: Matrix) -> Void
  /// One optimizer step with the gradients of the last backward pass.
  public let step: () -> Void
  /// The loss and the accuracy on the validation set, in inference mode.
  public let validate: () -> (loss: Double, accuracy: Double)
  /// Remembers the network's current parameters as the best so far.
  public let keepBest: () -> Void
  /// Puts the remembered best parameters back into the network.
  public let restoreBest: () -> Void

  /// Parts from the given closures.
  public init(
    forward: @escaping (Matrix) -> Matrix,
    lossAndGradient: @escaping (Matrix, Matrix) -> (loss: Double, gradient: Matrix),
    backward: @escaping (Matrix) -> Void, step: @escaping () -> Void,
    validate: @escaping () -> (loss: Double, accuracy: Double), keepBest: @escaping () -> Void,
    restoreBest: @escaping () -> Void
  ) {
    self.forward = forward
    self.lossAndGradient = lossAndGradient
    self.backward = backward
    self.step = step
    self.validate = validate
    self.keepBest = keepBest
    self.restoreBest = restoreBest
  }
}

/// What the training loop of exercise 9.1 reports.
public struct TrainingOutcome: Equatable {
  /// The mean of each epoch's batch losses, one per epoch run.
  public var trainingLosses: [Double]
  /// The validation loss after each epoch run.
  public var validationLosses: [Double]
  /// The epoch (from 1) whose network was kept: the one of the lowest validation loss.
  public var bestEpoch: Int

  /// An outcome with the given figures.
  public init(trainingLosses: [Double], validationLosses: [Double], bestEpoch: Int) {
    self.trainingLosses = trainingLosses
    self.validationLosses = validationLosses
    self.bestEpoch = bestEpoch
  }
}

// MARK: - Exercise 9.1 · The training loop

/// Mini-batch training with a validation pass after every epoch and early stopping, from the
/// parts of a network.
///
/// ```
/// for epoch in 1...epochs:
///     rows = order(epoch − 1), cut into batches of batchSize (the last may be shorter)
///     for each batch:  output = forward(X[batch]);  (loss, dL/dO) = lossAndGradient(output, Y[batch])
///                      backward(dL/dO);  step()
///     record the mean of the epoch's batch losses
///     (validation loss, accuracy) = validate()
///     a loss below the best so far: it is the new best; keepBest()
///     otherwise, patience epochs in a row without a new best: stop
/// restoreBest()
/// ```
/// - Parameters:
///   - parts: the network's pieces.
///   - features: X, one training example per row.
///   - targets: Y, one row per example.
///   - batchSize: rows per batch, at least 1.
///   - epochs: the most epochs to run, at least 1.
///   - patience: epochs without a new best before stopping, at least 1.
///   - order: the row order of each epoch, given the epoch counted from 0: every row of
///     `features` once, shuffled.
/// - Returns: the losses of every epoch run and the epoch kept. The loop decides on the
///   validation loss alone; `validate()`'s accuracy is there for printing. If no epoch's loss
///   is below +∞ (all NaN, say), `bestEpoch` stays 0, and `restoreBest()` is still called once.
/// - Tip: `features.rows(at: batch)` takes the rows of one batch.
/// - Tip: A loss equal to the best is not an improvement.
public func trainWithEarlyStopping(
  _ parts: TrainingParts, features: Matrix, targets: Matrix, batchSize: Int, epochs: Int, patience: Int,
  order: (Int) -> [Int]
) throws -> TrainingOutcome {
  // Exercise 9.1: write your answer here, in place of the line below.
  throw NotAttempted("9.1")
}

// MARK: - Exercise 9.2 · Precision and recall

/// Precision and recall of every class from a confusion matrix whose row t, column p counts
/// the examples of true class t predicted as p.
///
/// ```
/// precision[k] = counts[k][k] / (sum of column k)    of those predicted k, the share that are k
/// recall[k]    = counts[k][k] / (sum of row k)       of the k's, the share predicted k
/// ```
/// A ratio with nothing to divide by (a class never predicted, or with no examples) is nil.
/// - Parameter counts: K rows of K counts.
/// - Returns: K precisions and K recalls, in class order.
/// - Tip: Convert to `Double` before dividing: `3 / 4` is 0 for integers.
public func precisionAndRecall(confusion counts: [[Int]]) throws -> (precision: [Double?], recall: [Double?]) {
  // Exercise 9.2: write your answer here, in place of the line below.
  throw NotAttempted("9.2")
}

// MARK: - Exercise 9.3 · The convolution's patch matrix

/// The patch matrix ("im2col") of a 2-D convolution with stride 1: one row per output position
/// of every image, holding the k × k × C pixels under the filter there.
///
/// Images are rows of `images`, channels last: pixel (y, x) of channel c is column
/// (y·width + x)·channels + c. With `padding` p, the image is bordered by p zeros on every side,
/// so the output is (height + 2p − k + 1) × (width + 2p − k + 1) positions.
///
/// ```
/// row    (i·outHeight + oy)·outWidth + ox          image i, output position (oy, ox)
/// column (ky·k + kx)·channels + c                  offset (ky, kx) in the patch, channel c
/// value  pixel (oy + ky − p, ox + kx − p), channel c, of image i; 0 outside the image
/// ```
/// - Parameters:
///   - images: m images, one per row, height·width·channels columns.
///   - height: the images' height.
///   - width: their width.
///   - channels: numbers per pixel.
///   - kernelSize: k.
///   - padding: p ≥ 0.
/// - Returns: (m·outHeight·outWidth) × (k·k·channels).
/// - Tip: Start from `Matrix.zeros(rows:columns:)` and fill in only the pixels inside the
///   image: the rest are the zero border.
public func patchMatrix(
  images: Matrix, height: Int, width: Int, channels: Int, kernelSize k: Int, padding p: Int
) throws -> Matrix {
  // Exercise 9.3: write your answer here, in place of the line below.
  throw NotAttempted("9.3")
}
