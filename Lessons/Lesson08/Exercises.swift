// Lesson 8 · Generalisation and regularisation — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson08
// Each exercise shows as "not attempted" until you start it. Epochs and folds are counted as
// the functions say; matrices are entry by entry unless a product is named.

import Foundation
import WorkbookBasics

// MARK: - Exercise 8.1 · The L2 cost and its gradient

/// The cost with an L2 penalty on the weights, the notes' form, and its gradient.
///
/// ```
/// J     = data cost + (λ/2)·Σ over the weights of Σ w²
/// dJ/dw = d(data cost)/dw + λ·w        dJ/db = d(data cost)/db
/// ```
/// Only the parameters marked as weights are penalised; biases are not.
/// - Parameters:
///   - dataCost: the loss without the penalty.
///   - dataGradients: d(data cost)/dθ, one per parameter.
///   - parameters: θ, the network's parameters (weights and biases).
///   - isWeight: for each parameter, whether it is a weight.
///   - lambda: λ ≥ 0.
/// - Returns: J and dJ/dθ (one per parameter).
/// - Tip: `(w * w).sum()` is Σ w² over one matrix's entries.
/// - Tip: The derivative of (λ/2)·w² is λ·w: the ½ is there so that the 2 cancels.
public func l2CostAndGradients(
  dataCost: Double, dataGradients: [Matrix], parameters: [Matrix], isWeight: [Bool], lambda: Double
) throws -> (cost: Double, gradients: [Matrix]) {
  // Exercise 8.1: write your answer here, in place of the line below.
  throw NotAttempted("8.1")
}

// MARK: - Exercise 8.2 · Dropout forward

/// Inverted dropout with a given mask: while training, keep the entries where the mask is 1,
/// scaled by 1/(1 − p) so that the expected output equals the input; at inference, nothing.
///
/// ```
/// training:   x′ = x ⊙ mask / (1 − p)
/// inference:  x′ = x
/// ```
/// - Parameters:
///   - input: x.
///   - mask: 0 (drop) or 1 (keep) per entry, the shape of x.
///   - rate: p, the probability of dropping, in [0, 1).
///   - training: whether the network is training.
/// - Returns: x′.
/// - Tip: Divide by the probability of keeping, 1 − p, not by p.
public func dropoutForward(_ input: Matrix, mask: Matrix, rate: Double, training: Bool) throws -> Matrix {
  // Exercise 8.2: write your answer here, in place of the line below.
  throw NotAttempted("8.2")
}

// MARK: - Exercise 8.3 · Dropout backward

/// The backward pass of `dropoutForward` in training: the gradient flows only through the kept
/// entries, scaled like them.
///
/// ```
/// dL/dx = dL/dx′ ⊙ mask / (1 − p)
/// ```
/// - Parameters:
///   - outputGradient: dL/dx′.
///   - mask: the mask of the forward pass.
///   - rate: p.
/// - Returns: dL/dx.
public func dropoutBackward(_ outputGradient: Matrix, mask: Matrix, rate: Double) throws -> Matrix {
  // Exercise 8.3: write your answer here, in place of the line below.
  throw NotAttempted("8.3")
}

// MARK: - Exercise 8.4 · The early-stopping rule

/// Early stopping on a list of validation losses, one per epoch (epoch 1 first): stop once
/// `patience` epochs in a row have not improved on the best loss so far, and keep the best.
///
/// An epoch improves when its loss is strictly below every loss before it.
/// - Parameters:
///   - validationLosses: the loss after each epoch.
///   - patience: ≥ 1; training stops right after the patience-th epoch in a row without
///     improvement.
/// - Returns: `stopAfter`, the epoch after which training stops (the last epoch if it never
///   stops), and `best`, the epoch whose network is kept. Both count from 1.
/// - Tip: Track the best loss and its epoch; stop when `epoch − bestEpoch` reaches the patience.
public func earlyStopping(validationLosses: [Double], patience: Int) throws -> (stopAfter: Int, best: Int) {
  // Exercise 8.4: write your answer here, in place of the line below.
  throw NotAttempted("8.4")
}

// MARK: - Exercise 8.5 · k-fold indices

/// The validation rows of each of k folds over `count` rows, in order and without shuffling:
/// consecutive blocks whose sizes differ by at most 1, the larger ones first.
///
/// For 10 rows and 3 folds: [0, 1, 2, 3], [4, 5, 6], [7, 8, 9].
/// - Parameters:
///   - count: the number of rows, at least k.
///   - folds: k ≥ 2.
/// - Returns: k arrays of row indices; together they hold every row exactly once.
/// - Tip: Each fold has `count / folds` rows, and the first `count % folds` folds one more.
public func kFoldIndices(count: Int, folds: Int) throws -> [[Int]] {
  // Exercise 8.5: write your answer here, in place of the line below.
  throw NotAttempted("8.5")
}
