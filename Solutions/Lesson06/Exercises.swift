// Lesson 6 · Batch normalisation — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson06
// Each exercise shows as "not attempted" until you start it. Conventions: rows are examples, so
// a batch X is m × n and every per-feature quantity (μ, σ², γ, β, the running statistics) is a
// 1 × n row that broadcasts over the m rows.

import Foundation
import WorkbookBasics

// MARK: - Exercise 6.1 · Forward in training mode

/// Batch normalisation of a training batch: the notes' four steps, returning what the backward
/// pass needs as well as the output.
///
/// ```
/// μ  = (1/m)·Σ x            over the rows, per feature       1 × n
/// σ² = (1/m)·Σ (x − μ)²     the biased variance (1/m)         1 × n
/// x̂  = (x − μ) / √(σ² + ε)                                     m × n
/// z  = γ ⊙ x̂ + β                                               m × n
/// ```
/// - Parameters:
///   - X: the batch, m × n, m ≥ 2.
///   - gamma: γ, 1 × n.
///   - beta: β, 1 × n.
///   - epsilon: ε, a small positive number (the tests also use 0 for hand-worked cases).
/// - Returns: z, x̂, μ and σ².
/// - Tip: `X.mean(axis: 0)` is the 1 × n row of column means; `X - mu` broadcasts it.
/// - Tip: Divide by m, not m − 1: batch normalisation uses the batch's own (biased) variance.
public func batchNormTrainingForward(
  _ X: Matrix, gamma: Matrix, beta: Matrix, epsilon: Double
) throws -> (output: Matrix, normalised: Matrix, mean: Matrix, variance: Matrix) {
  // BEGIN SOLUTION
  let mu = X.mean(axis: 0)
  let centred = X - mu
  let variance = (centred * centred).mean(axis: 0)
  let xHat = centred / variance.map { ($0 + epsilon).squareRoot() }
  return (output: gamma * xHat + beta, normalised: xHat, mean: mu, variance: variance)
  // END SOLUTION
}

// MARK: - Exercise 6.2 · Forward in inference mode

/// Batch normalisation at inference: the same formula, with the running statistics gathered
/// during training in place of the batch's own, so that a prediction for one example does not
/// depend on the other examples it happens to arrive with.
///
/// ```
/// x̂ = (x − running mean) / √(running variance + ε)
/// z = γ ⊙ x̂ + β
/// ```
/// - Parameters:
///   - X: the inputs, m × n (any m ≥ 1).
///   - gamma: γ, 1 × n.
///   - beta: β, 1 × n.
///   - runningMean: 1 × n.
///   - runningVariance: 1 × n.
///   - epsilon: ε.
/// - Returns: z, m × n.
/// - Tip: No statistics of X are computed here at all.
public func batchNormInferenceForward(
  _ X: Matrix, gamma: Matrix, beta: Matrix, runningMean: Matrix, runningVariance: Matrix, epsilon: Double
) throws -> Matrix {
  // BEGIN SOLUTION
  let xHat = (X - runningMean) / runningVariance.map { ($0 + epsilon).squareRoot() }
  return gamma * xHat + beta
  // END SOLUTION
}

// MARK: - Exercise 6.3 · Running statistics

/// One update of the running mean and variance with a training batch's statistics, as the
/// notes write it (an exponential moving average).
///
/// ```
/// v̂ ← v̂·momentum + v·(1 − momentum)      for the mean and for the variance
/// ```
/// - Parameters:
///   - runningMean: the running mean so far, 1 × n.
///   - runningVariance: the running variance so far, 1 × n.
///   - batchMean: μ of the batch, 1 × n.
///   - batchVariance: σ² of the batch, 1 × n.
///   - momentum: how much of the running value to keep, in [0, 1) (e.g. 0.9).
/// - Returns: the updated running mean and variance.
/// - Tip: A momentum of 0.9 keeps 90% of the old value and takes 10% of the new one.
public func updateRunningStatistics(
  runningMean: Matrix, runningVariance: Matrix, batchMean: Matrix, batchVariance: Matrix, momentum: Double
) throws -> (mean: Matrix, variance: Matrix) {
  // BEGIN SOLUTION
  return (
    mean: momentum * runningMean + (1 - momentum) * batchMean,
    variance: momentum * runningVariance + (1 - momentum) * batchVariance
  )
  // END SOLUTION
}

// MARK: - Exercise 6.4 · Backward

/// The backward pass of batch normalisation in training mode: from dL/dz, the gradients of
/// the loss with respect to x, γ and β. μ and σ² depend on every row of the batch, so every
/// dx row receives a share of every dz row.
///
/// ```
/// dβ = Σ dz                     over the rows                       1 × n
/// dγ = Σ dz ⊙ x̂                                                      1 × n
/// dx̂ = dz ⊙ γ                                                        m × n
/// dx = (1 / (m·√(σ² + ε))) ⊙ (m·dx̂ − Σ dx̂ − x̂ ⊙ Σ (dx̂ ⊙ x̂))          m × n
/// ```
/// - Parameters:
///   - dZ: dL/dz, m × n.
///   - xHat: x̂ from the forward pass, m × n.
///   - variance: σ² from the forward pass, 1 × n.
///   - gamma: γ, 1 × n.
///   - epsilon: ε, as in the forward pass.
/// - Returns: dL/dx (m × n), dL/dγ and dL/dβ (1 × n each).
/// - Tip: `.sum(axis: 0)` gives the 1 × n sums over the rows.
/// - Tip: The last line comes from differentiating through μ and σ² as well as x; README.md
///   walks through it, and section 3 of `swift run Lesson06` prints each step.
public func batchNormBackward(
  _ dZ: Matrix, normalised xHat: Matrix, variance: Matrix, gamma: Matrix, epsilon: Double
) throws -> (dX: Matrix, dGamma: Matrix, dBeta: Matrix) {
  // BEGIN SOLUTION
  let m = Double(dZ.rows)
  let dBeta = dZ.sum(axis: 0)
  let dGamma = (dZ * xHat).sum(axis: 0)
  let dXHat = dZ * gamma
  let inverseDeviation = variance.map { 1 / ($0 + epsilon).squareRoot() }
  let dX = (inverseDeviation / m) * (m * dXHat - dXHat.sum(axis: 0) - xHat * (dXHat * xHat).sum(axis: 0))
  return (dX: dX, dGamma: dGamma, dBeta: dBeta)
  // END SOLUTION
}

// MARK: - Exercise 6.5 · Batch norm inside a network

/// The forward pass of a small network with batch normalisation in the middle, in training or
/// in inference mode: the switch PyTorch makes with `model.train()` / `model.eval()` and Keras
/// with its `training=` argument.
///
/// ```
/// Z₁ = X·W₁ + b₁                                  m × h
/// training:   μ, σ² = the batch's statistics of Z₁ (÷ m)
///             running ← running·momentum + (μ, σ²)·(1 − momentum)
/// inference:  μ, σ² = the running statistics       (the running ones are not changed)
/// A = ReLU(γ ⊙ (Z₁ − μ)/√(σ² + ε) + β)             m × h
/// P = A·W₂ + b₂                                    m × k
/// ```
/// - Parameters:
///   - X: the batch, m × n (m ≥ 2 in training; any m ≥ 1 at inference).
///   - network: W₁ (n × h), b₁ (1 × h), γ and β (1 × h), W₂ (h × k), b₂ (1 × k).
///   - running: the running mean and variance of Z₁ so far, 1 × h each.
///   - momentum: how much of the running statistics to keep, in [0, 1), as in the notes and
///     CS231n (0.9). PyTorch's `momentum=0.1` is the other share, the new batch's; PyTorch also
///     feeds its running variance the ÷ (m − 1) estimate, where this course uses ÷ m throughout.
///   - epsilon: ε.
///   - training: which statistics to normalise with.
/// - Returns: P, and the running statistics after this pass.
/// - Tip: Your 6.1, 6.2 and 6.3 are the three pieces; here you choose between them.
/// - Tip: At inference a single row must get the same answer as inside any batch: nothing may
///   depend on the batch's own statistics.
public func batchNormNetworkForward(
  _ X: Matrix,
  network: (W1: Matrix, b1: Matrix, gamma: Matrix, beta: Matrix, W2: Matrix, b2: Matrix),
  running: (mean: Matrix, variance: Matrix), momentum: Double, epsilon: Double, training: Bool
) throws -> (output: Matrix, running: (mean: Matrix, variance: Matrix)) {
  // BEGIN SOLUTION
  let Z1 = X.matmul(network.W1) + network.b1
  var (mean, variance) = running
  var updated = running
  if training {
    mean = Z1.mean(axis: 0)
    variance = ((Z1 - mean) * (Z1 - mean)).mean(axis: 0)
    // Hint: in training, normalise with the batch's own μ and σ²; only then fold them into the running ones.
    updated = (
      mean: momentum * running.mean + (1 - momentum) * mean,
      variance: momentum * running.variance + (1 - momentum) * variance
    )
  }
  let normalised = (Z1 - mean) / variance.map { ($0 + epsilon).squareRoot() }
  let A = (network.gamma * normalised + network.beta).map { max($0, 0) }
  return (output: A.matmul(network.W2) + network.b2, running: updated)
  // END SOLUTION
}
