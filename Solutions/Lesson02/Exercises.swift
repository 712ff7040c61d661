// Lesson 2 · Logistic regression and dz = a − y — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson02
// Each exercise shows as "not attempted" until you start it. Conventions: rows are examples,
// X is m × n (m examples, n features), w is n × 1, b is 1 × 1, and Y, Z, A are m × 1 with
// labels y ∈ {0, 1}. (Note 003 and Andrew Ng's course store X as n × m: see the walkthrough,
// section 8, for the translation.)

import Foundation
import WorkbookBasics

// MARK: - Exercise 2.1 · Sigmoid

/// The sigmoid of every entry: turns logits into probabilities.
///
/// ```
/// σ(z) = 1 / (1 + e^(−z))
/// ```
/// - Parameter Z: the logits, any shape.
/// - Returns: σ(Z), the same shape, every entry between 0 and 1. It must stay finite (never
///   NaN) even for z = ±800.
/// - Tip: `Z.map { z in ... }` applies a function to every entry; `exp(x)` is e^x (from
///   Foundation). The form e^z / (1 + e^z) is the same number on paper but turns into ∞/∞ = NaN
///   for large z; 1 / (1 + e^(−z)) only ever divides 1 by something between 1 and ∞.
public func sigmoid(_ Z: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  return Z.map { z in
    if z >= 0 { return 1 / (1 + exp(-z)) }
    let ez = exp(z)  // < 1, so no overflow; 1/(1 + e^(−z)) would also do
    return ez / (1 + ez)
  }
  // END SOLUTION
}

// MARK: - Exercise 2.2 · Stable binary cross-entropy

/// The binary cross-entropy cost of a batch, computed from the logits so that it never
/// overflows and never takes ln 0: exact and finite for every logit, even z = ±800.
///
/// ```
/// loss(z, y) = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))]
/// J = (1/m) · Σᵢ loss(zᵢ, yᵢ)
/// ```
/// - Parameters:
///   - Z: the logits, m × 1.
///   - Y: the labels, m × 1, each 0 or 1.
/// - Returns: J, the mean loss over the batch.
/// - Tip: Computing σ(z) first and taking its log breaks: σ(40) rounds to exactly 1, so
///   ln(1 − σ) = −∞, and σ(−800) rounds to 0, so ln σ = −∞. Write ln σ(z) and ln(1 − σ(z)) in
///   terms of z itself instead, so that no probability is ever formed.
/// - Tip: Work entry by entry: `zip(Z.values, Y.values)` pairs them up.
public func binaryCrossEntropy(logits Z: Matrix, labels Y: Matrix) throws -> Double {
  // BEGIN SOLUTION
  // Hint: With σ(z) = 1/(1 + e^(−z)): ln σ(z) = −ln(1 + e^(−z)) and ln(1 − σ(z)) =
  //   −z − ln(1 + e^(−z)), so loss = (1 − y)·z + ln(1 + e^(−z)). Right on paper, but e^(−z)
  //   overflows for z = −800: find a form that only ever takes e of a number ≤ 0.
  // Hint: For z < 0, ln(1 + e^(−z)) = −z + ln(1 + e^z). Both signs at once: loss =
  //   max(z, 0) − z·y + ln(1 + e^(−|z|)). In Swift: `max(z, 0) - z * y + log1p(exp(-abs(z)))`
  //   (`log1p(x)` is ln(1 + x), accurate for tiny x); then divide the sum by m.
  var total = 0.0
  for (z, y) in zip(Z.values, Y.values) {
    total += max(z, 0) - z * y + log1p(exp(-abs(z)))
  }
  return total / Double(Y.count)
  // END SOLUTION
}

// MARK: - Exercise 2.3 · dz = a − y

/// How each example's loss changes with its logit: the gradient that starts backpropagation.
///
/// ```
/// dL/da = −y/a + (1 − y)/(1 − a)
/// da/dz = a·(1 − a)
/// dz = dL/da · da/dz = a − y        (one entry per example)
/// ```
/// - Parameters:
///   - A: the activations a = σ(z), m × 1.
///   - Y: the labels, m × 1.
/// - Returns: dZ, m × 1: the derivative of each example's own loss with respect to its own z.
/// - Tip: After all the algebra, the answer is one subtraction. The walkthrough (section 7)
///   shows each step of the chain rule checked numerically.
public func logitGradient(activations A: Matrix, labels Y: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  return A - Y
  // END SOLUTION
}

// MARK: - Exercise 2.4 · Propagate

/// One forward and backward pass of logistic regression over a batch: the cost and its
/// gradients.
///
/// ```
/// Z = X·w + b           m × 1
/// A = σ(Z)              m × 1
/// J = BCE(Z, Y)         the mean over the batch
/// dZ = A − Y            m × 1
/// dw = (1/m) · Xᵀ·dZ    n × 1
/// db = (1/m) · Σ dZ     1 × 1
/// ```
/// - Parameters:
///   - X: the batch, m × n.
///   - Y: the labels, m × 1.
///   - w: the weights, n × 1.
///   - b: the bias, 1 × 1.
/// - Returns: dJ/dw (w's shape), dJ/db (b's shape) and the cost J before any update.
/// - Tip: Use your `sigmoid`, `binaryCrossEntropy` and `logitGradient`. `X.transposed()` is
///   Xᵀ; `dZ.sum(axis: 0)` adds the rows and keeps a 1 × 1 matrix. The 1/m comes from the
///   cost being a mean.
public func propagate(
  _ X: Matrix, labels Y: Matrix, weights w: Matrix, bias b: Matrix
) throws -> (dw: Matrix, db: Matrix, cost: Double) {
  // BEGIN SOLUTION
  let m = Double(X.rows)
  let Z = X.matmul(w) + b
  let A = try sigmoid(Z)
  let cost = try binaryCrossEntropy(logits: Z, labels: Y)
  let dZ = try logitGradient(activations: A, labels: Y)
  return (dw: X.transposed().matmul(dZ) / m, db: dZ.sum(axis: 0) / m, cost: cost)
  // END SOLUTION
}

// MARK: - Exercise 2.5 · Optimize

/// Trains logistic regression by batch gradient descent: `steps` updates on the whole batch.
///
/// ```
/// repeat steps times:
///   (dw, db, J) = propagate(X, Y, w, b)     record J (the cost before this update)
///   w ← w − α·dw
///   b ← b − α·db
/// ```
/// - Parameters:
///   - X: the training examples, m × n.
///   - Y: their labels, m × 1.
///   - w: the starting weights, n × 1.
///   - b: the starting bias, 1 × 1.
///   - learningRate: α.
///   - steps: how many updates (0 returns the starting parameters and no costs).
/// - Returns: the trained weights and bias, and the cost recorded at every step (`steps` of them).
/// - Tip: Use your `propagate`; keep `w` and `b` in `var`s and update them in the loop.
public func optimize(
  _ X: Matrix, labels Y: Matrix, weights w: Matrix, bias b: Matrix, learningRate: Double, steps: Int
) throws -> (weights: Matrix, bias: Matrix, costs: [Double]) {
  // BEGIN SOLUTION
  var (w, b) = (w, b)
  var costs = [Double]()
  for _ in 0..<steps {
    let (dw, db, cost) = try propagate(X, labels: Y, weights: w, bias: b)
    costs.append(cost)
    w = w - learningRate * dw
    b = b - learningRate * db
  }
  return (weights: w, bias: b, costs: costs)
  // END SOLUTION
}

// MARK: - Exercise 2.6 · Predict

/// The predicted class of each example: 1 when the model gives p̂ ≥ 0.5, else 0.
///
/// ```
/// ŷ = 1 if σ(x·w + b) ≥ 0.5, else 0        (the same as: 1 if x·w + b ≥ 0)
/// ```
/// - Parameters:
///   - X: the examples, m × n.
///   - w: the weights, n × 1.
///   - b: the bias, 1 × 1.
/// - Returns: ŷ, m × 1, each entry exactly 0 or 1.
/// - Tip: σ(0) = 0.5 and σ grows with z, so you can compare the logits with 0 and skip the
///   sigmoid. An example exactly on the boundary (z = 0, p̂ = 0.5) is class 1.
public func predict(_ X: Matrix, weights w: Matrix, bias b: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  return (X.matmul(w) + b).map { $0 >= 0 ? 1 : 0 }
  // END SOLUTION
}
