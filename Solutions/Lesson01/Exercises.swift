// Lesson 1 · Linear regression by hand — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson01
// Each exercise shows as "not attempted" until you start it. Conventions: rows are observations,
// X is m × n (m observations, n features), W is n × 1, b is 1 × 1, Y and P are m × 1.
// `Matrix` works like a 2-D numpy array: see Lessons/README.md for the cheat sheet.

import WorkbookBasics

// MARK: - Exercise 1.1 · Predict

/// The predictions of a linear model for a batch of observations.
///
/// ```
/// P = X·W + b
/// ```
/// - Parameters:
///   - X: the batch, m × n (one observation per row).
///   - W: the weights, n × 1.
///   - b: the bias, 1 × 1, added to every prediction.
/// - Returns: P, m × 1: one prediction per observation.
/// - Tip: `X.matmul(W)` is numpy's `X @ W`. Adding a 1 × 1 matrix to an m × 1 matrix adds it
///   to every row, as numpy's broadcasting does.
public func predict(_ X: Matrix, weights W: Matrix, bias b: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  return X.matmul(W) + b
  // END SOLUTION
}

// MARK: - Exercise 1.2 · Mean squared error

/// How far the predictions are from the targets, on average, in squared units.
///
/// ```
/// L = (1/m) · Σᵢ (yᵢ − pᵢ)²
/// ```
/// - Parameters:
///   - P: the predictions, m × 1.
///   - Y: the targets, m × 1.
/// - Returns: the mean of the squared differences, a single number.
/// - Tip: `(Y - P) * (Y - P)` squares entry by entry (`*` is element-wise, like numpy);
///   `.mean()` averages all entries.
public func meanSquaredError(predicted P: Matrix, expected Y: Matrix) throws -> Double {
  // BEGIN SOLUTION
  let residuals = Y - P
  return (residuals * residuals).mean()
  // END SOLUTION
}

// MARK: - Exercise 1.3 · Gradients

/// The gradients of the mean squared error with respect to the weights and the bias.
///
/// ```
/// P = X·W + b
/// dL/dP = −(2/m) · (Y − P)          m × 1
/// dL/dW = Xᵀ · dL/dP                n × 1
/// dL/dB = Σ over the rows of dL/dP  1 × 1
/// ```
/// - Parameters:
///   - X: the batch, m × n.
///   - W: the weights, n × 1.
///   - b: the bias, 1 × 1.
///   - Y: the targets, m × 1.
/// - Returns: dL/dW (n × 1, the shape of W) and dL/dB (1 × 1, the shape of b).
/// - Tip: Use your `predict`. `X.transposed()` is Xᵀ; `.sum(axis: 0)` adds the rows together
///   and keeps a 1 × 1 matrix. Don't forget the 1/m of the mean.
public func gradients(
  _ X: Matrix, weights W: Matrix, bias b: Matrix, targets Y: Matrix
) throws -> (weights: Matrix, bias: Matrix) {
  // BEGIN SOLUTION
  let P = try predict(X, weights: W, bias: b)
  let dLdP = -2 / Double(X.rows) * (Y - P)
  return (weights: X.transposed().matmul(dLdP), bias: dLdP.sum(axis: 0))
  // END SOLUTION
}

// MARK: - Exercise 1.4 · One training step

/// One step of gradient descent on one batch: forward pass, backward pass, update.
///
/// ```
/// L = MSE(X·W + b, Y)            (the loss before the update)
/// W ← W − η · dL/dW
/// b ← b − η · dL/dB
/// ```
/// - Parameters:
///   - X: the batch, m × n.
///   - Y: the batch's targets, m × 1.
///   - W: the current weights, n × 1.
///   - b: the current bias, 1 × 1.
///   - learningRate: η, the size of the step.
/// - Returns: the updated weights and bias, and the batch's loss measured before the update.
/// - Tip: Use your `predict`, `meanSquaredError` and `gradients`. Move against the gradient:
///   a positive gradient means the loss grows with that parameter.
public func trainingStep(
  _ X: Matrix, targets Y: Matrix, weights W: Matrix, bias b: Matrix, learningRate: Double
) throws -> (weights: Matrix, bias: Matrix, loss: Double) {
  // BEGIN SOLUTION
  let loss = try meanSquaredError(predicted: try predict(X, weights: W, bias: b), expected: Y)
  let (dW, dB) = try gradients(X, weights: W, bias: b, targets: Y)
  return (weights: W - learningRate * dW, bias: b - learningRate * dB, loss: loss)
  // END SOLUTION
}

// MARK: - Exercise 1.5 · Mini-batch training loop

/// Trains a linear model by mini-batch gradient descent.
///
/// ```
/// for each epoch e:
///   order = epochOrders[e]                 (the shuffled row indices of this epoch)
///   cut order into batches of batchSize rows (the last one may be smaller)
///   for each batch: one training step, and record its loss
/// ```
/// - Parameters:
///   - X: all training observations, m × n.
///   - Y: their targets, m × 1.
///   - W: the starting weights, n × 1.
///   - b: the starting bias, 1 × 1.
///   - learningRate: η.
///   - batchSize: rows per update.
///   - epochOrders: one list of row indices per epoch, so the number of epochs is
///     `epochOrders.count` (passing the shuffles in keeps grading repeatable).
/// - Returns: the final weights and bias, and the loss of every step in order.
/// - Tip: `X.rows(at: indices)` picks the rows of one batch. `stride(from: 0, to: m, by: size)`
///   gives each batch's first position in the order.
public func train(
  _ X: Matrix, targets Y: Matrix, weights W: Matrix, bias b: Matrix,
  learningRate: Double, batchSize: Int, epochOrders: [[Int]]
) throws -> (weights: Matrix, bias: Matrix, losses: [Double]) {
  // BEGIN SOLUTION
  var weights = W
  var bias = b
  var losses = [Double]()
  for order in epochOrders {
    for start in stride(from: 0, to: order.count, by: batchSize) {
      let batch = Array(order[start..<min(start + batchSize, order.count)])
      let step = try trainingStep(
        X.rows(at: batch), targets: Y.rows(at: batch), weights: weights, bias: bias,
        learningRate: learningRate)
      weights = step.weights
      bias = step.bias
      losses.append(step.loss)
    }
  }
  return (weights: weights, bias: bias, losses: losses)
  // END SOLUTION
}

// MARK: - Exercise 1.6 · Root mean squared error

/// The typical size of a prediction error, in the same units as the targets.
///
/// ```
/// RMSE = √( (1/m) · Σᵢ (yᵢ − pᵢ)² )
/// ```
/// - Parameters:
///   - P: the predictions, m × 1.
///   - Y: the targets, m × 1.
/// - Returns: the RMSE.
/// - Tip: It is the square root of something you have already written; `.squareRoot()`
///   takes a square root.
public func rootMeanSquaredError(predicted P: Matrix, expected Y: Matrix) throws -> Double {
  // BEGIN SOLUTION
  return try meanSquaredError(predicted: P, expected: Y).squareRoot()
  // END SOLUTION
}

// MARK: - Exercise 1.7 · The normal equation

/// Fits linear regression in closed form, with no learning rate and no loop.
///
/// ```
/// A = [1 | X]                  m × (n + 1): a column of ones, then the features
/// solve (AᵀA) θ = Aᵀ Y         θ is (n + 1) × 1
/// b = θ[0],  W = θ[1...n]
/// ```
/// - Parameters:
///   - X: the training observations, m × n.
///   - Y: their targets, m × 1.
/// - Returns: the weights (n × 1) and bias (1 × 1) that minimise the mean squared error.
/// - Throws: `LinearAlgebraError.singular` when AᵀA cannot be solved.
/// - Tip: `Matrix.hstack([Matrix.ones(rows: m, columns: 1), X])` builds A, and
///   `solveLinearSystem(A, B)` solves A·θ = B (never form the inverse). `theta.row(0)` is the
///   bias; `theta.rows(in: 1..<theta.rows)` are the weights.
public func normalEquation(_ X: Matrix, targets Y: Matrix) throws -> (weights: Matrix, bias: Matrix) {
  // BEGIN SOLUTION
  let A = Matrix.hstack([Matrix.ones(rows: X.rows, columns: 1), X])
  let theta = try solveLinearSystem(A.transposed().matmul(A), A.transposed().matmul(Y))
  return (weights: theta.rows(in: 1..<theta.rows), bias: theta.row(0))
  // END SOLUTION
}

// MARK: - Exercise 1.8 · Standardise with the training rows

/// Standardises the training and the test features with the *training* rows' statistics only,
/// as scikit-learn's `StandardScaler().fit(X_train)` followed by `transform` on both.
///
/// ```
/// μⱼ = mean of column j of X_train                       (1 × n)
/// σⱼ = √(mean of (X_train[:, j] − μⱼ)²), or 1 when it is 0   (÷ m, not m − 1)
/// X' = (X − μ) / σ          for X_train and for X_test, with the same μ and σ
/// ```
/// Fitting on the test rows too would let them shape the scaling: information from the test
/// set leaking into training, and a test score that flatters the model.
/// - Parameters:
///   - train: the training features, m × n (m ≥ 1).
///   - test: the test features, any number of rows × n.
/// - Returns: both, standardised with the training rows' μ and σ.
/// - Tip: `train.mean(axis: 0)` is μ as a 1 × n row; `X - μ` subtracts it from every row.
/// - Tip: A constant column has σ = 0, or a rounding error such as 1e-17 (0.1 three times has
///   a mean of 0.10000000000000002): treat σ ≤ 10⁻¹²·|μ| as 0 and give such a column σ = 1
///   (centred, not divided by zero), as scikit-learn does.
public func standardize(train: Matrix, test: Matrix) throws -> (train: Matrix, test: Matrix) {
  // BEGIN SOLUTION
  let means = train.mean(axis: 0)
  let centred = train - means
  // Hint: σ divides by m (the number of training rows), like np.std, not by m − 1.
  var deviations = (centred * centred).mean(axis: 0).map { $0.squareRoot() }
  for j in 0..<deviations.columns where deviations[0, j] <= 1e-12 * abs(means[0, j]) { deviations[0, j] = 1 }
  return (train: centred / deviations, test: (test - means) / deviations)
  // END SOLUTION
}
