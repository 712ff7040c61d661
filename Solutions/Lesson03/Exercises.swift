// Lesson 3 · Softmax and cross-entropy (and multi-label) — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson03
// Each exercise shows as "not attempted" until you start it. Conventions: rows are examples.
// X is m × n (m examples, n features), W is n × K (one column per class), b is 1 × K, and the
// logits Z, probabilities P and labels Y are m × K. Classes are numbered from 0.

import Foundation
import WorkbookBasics

// MARK: - Exercise 3.1 · One-hot encoding

/// Turns class numbers into one-hot rows: class c becomes K entries with a single 1, in
/// column c.
///
/// ```
/// oneHot([2, 0], classCount: 3) = [ 0 0 1 ]
///                                 [ 1 0 0 ]
/// ```
/// - Parameters:
///   - classes: m class numbers, each in 0..<K.
///   - classCount: K, the number of classes.
/// - Returns: Y, m × K.
/// - Tip: Start from `Matrix.zeros(rows:columns:)` in a `var`, then set one entry per row with
///   `Y[row, column] = 1`. `for (row, c) in classes.enumerated()` gives each row number with
///   its class.
public func oneHot(_ classes: [Int], classCount: Int) throws -> Matrix {
  // BEGIN SOLUTION
  var Y = Matrix.zeros(rows: classes.count, columns: classCount)
  for (row, c) in classes.enumerated() { Y[row, c] = 1 }
  return Y
  // END SOLUTION
}

// MARK: - Exercise 3.2 · Stable softmax

/// The softmax of each row: K logits become K probabilities that add up to 1.
///
/// ```
/// p̂ₖ = e^(zₖ − M) / Σⱼ e^(zⱼ − M)     M = the largest logit in the row
/// ```
/// Subtracting M changes nothing on paper (e^(−M) cancels) but keeps every exponent ≤ 0, so the
/// logits (1000, 1001, 1002) give (0.0900, 0.2447, 0.6652) instead of ∞/∞ = NaN.
/// - Parameter Z: the logits, m × K.
/// - Returns: P̂, m × K; each row adds up to 1.
/// - Tip: Work row by row: `let z = Z.row(i).values` is row i as an array, and
///   `z.reduce(-Double.infinity, max)` its largest entry. Build the answer in a `[Double]`,
///   then return `Matrix(rows: Z.rows, columns: Z.columns, values: result)`. Each row has its
///   own M and its own total: normalising over the whole matrix is a common slip.
public func softmax(_ Z: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  var result = [Double]()
  for i in 0..<Z.rows {
    let z = Z.row(i).values
    let M = z.reduce(-Double.infinity, max)
    let exponentials = z.map { exp($0 - M) }
    let total = exponentials.reduce(0, +)
    result += exponentials.map { $0 / total }
  }
  return Matrix(rows: Z.rows, columns: Z.columns, values: result)
  // END SOLUTION
}

// MARK: - Exercise 3.3 · Cross-entropy from logits

/// The cross-entropy cost of a batch, computed from the logits so that it never takes ln 0:
/// exact and finite for every logit (the logits (0, 800) with the first class true cost
/// exactly 800).
///
/// ```
/// p̂ᵢ = softmax(zᵢ)
/// Lᵢ = −Σₖ yᵢₖ · ln p̂ᵢₖ
/// J = (1/m) · Σᵢ Lᵢ
/// ```
/// - Parameters:
///   - Z: the logits, m × K.
///   - Y: the labels, m × K, one-hot rows.
/// - Returns: J, the mean loss over the m examples.
/// - Tip: Don't compute p̂ and take `log(p̂)`: for logits (0, 800), p̂ of the first class
///   rounds to 0 and ln 0 = −∞. Write ln p̂ₖ straight from the logits (the log of a
///   quotient), then keep every exponent small with the same trick as your softmax.
/// - Tip: J is a mean over the m examples (rows), not over all m·K entries.
public func crossEntropy(logits Z: Matrix, labels Y: Matrix) throws -> Double {
  // BEGIN SOLUTION
  // Hint: ln p̂ₖ = zₖ − ln Σⱼ e^(zⱼ) (log-softmax). The sum overflows for any logit above
  //   about 709 (e^710 = ∞); with M = maxⱼ zⱼ, ln Σⱼ e^(zⱼ) = M + ln Σⱼ e^(zⱼ − M): the
  //   log-sum-exp, LSE(z).
  // Hint: Per row: `let z = Z.row(i).values`, M = `z.reduce(-Double.infinity, max)`, LSE =
  //   `M + log(z.map { exp($0 - M) }.reduce(0, +))`, then `total -= Y[i, k] * (z[k] - lse)` for
  //   every k. At the end divide by m = `Z.rows`.
  var total = 0.0
  for i in 0..<Z.rows {
    let z = Z.row(i).values
    let M = z.reduce(-Double.infinity, max)
    let lse = M + log(z.map { exp($0 - M) }.reduce(0, +))
    for k in 0..<Z.columns { total -= Y[i, k] * (z[k] - lse) }
  }
  return total / Double(Z.rows)
  // END SOLUTION
}

// MARK: - Exercise 3.4 · dz = p̂ − y

/// The gradient of the cross-entropy cost with respect to every logit: the multi-class twin
/// of Lesson 2's dz = a − y.
///
/// ```
/// dJ/dZ = (softmax(Z) − Y) / m        m × K
/// ```
/// - Parameters:
///   - Z: the logits, m × K.
///   - Y: the labels, m × K, one-hot rows.
/// - Returns: dJ/dZ, m × K. Each row adds up to 0.
/// - Tip: One line with your `softmax`. The 1/m is there because J is a mean over the batch;
///   the walkthrough (section 6) derives p̂ − y step by step.
public func crossEntropyGradient(logits Z: Matrix, labels Y: Matrix) throws -> Matrix {
  // BEGIN SOLUTION
  return (try softmax(Z) - Y) / Double(Z.rows)
  // END SOLUTION
}

// MARK: - Exercise 3.5 · Propagate

/// One forward and backward pass of softmax regression over a batch: the cost and the
/// gradients of every weight and bias.
///
/// ```
/// Z = X·W + b                 m × K
/// J = crossEntropy(Z, Y)
/// dZ = (softmax(Z) − Y) / m   m × K
/// dW = Xᵀ·dZ                  n × K
/// db = Σ over the rows of dZ  1 × K
/// ```
/// - Parameters:
///   - X: the batch, m × n.
///   - Y: the labels, m × K, one-hot rows.
///   - W: the weights, n × K.
///   - b: the biases, 1 × K.
/// - Returns: dJ/dW (W's shape), dJ/db (b's shape) and the cost J.
/// - Tip: Use your `crossEntropy` and `crossEntropyGradient`. `X.matmul(W) + b` adds b to
///   every row; `X.transposed()` is Xᵀ; `dZ.sum(axis: 0)` adds the rows and keeps a 1 × K row.
///   The 1/m is already inside dZ: do not divide again.
public func propagate(
  _ X: Matrix, labels Y: Matrix, weights W: Matrix, bias b: Matrix
) throws -> (dW: Matrix, db: Matrix, cost: Double) {
  // BEGIN SOLUTION
  let Z = X.matmul(W) + b
  let cost = try crossEntropy(logits: Z, labels: Y)
  let dZ = try crossEntropyGradient(logits: Z, labels: Y)
  return (dW: X.transposed().matmul(dZ), db: dZ.sum(axis: 0), cost: cost)
  // END SOLUTION
}

// MARK: - Exercise 3.6 · Predict the class

/// The predicted class of each row: the column of its largest logit (or probability; the
/// softmax keeps the order).
///
/// ```
/// ŷᵢ = argmaxₖ zᵢₖ
/// ```
/// - Parameter Z: the logits (or probabilities), m × K.
/// - Returns: m class numbers in 0..<K. A tie goes to the first of the tied columns, as in
///   numpy.
/// - Tip: For each row keep the best column so far, starting from column 0 (not from a best
///   value of 0: every logit may be negative). Replace it only when an entry is strictly
///   larger, so a tie keeps the first.
public func predictClasses(_ Z: Matrix) throws -> [Int] {
  // BEGIN SOLUTION
  var classes = [Int]()
  for i in 0..<Z.rows {
    var best = 0
    for k in 1..<Z.columns where Z[i, k] > Z[i, best] { best = k }
    classes.append(best)
  }
  return classes
  // END SOLUTION
}

// MARK: - Exercise 3.7 · Multi-label cross-entropy

/// The cost of multi-label classification: a binary cross-entropy for every class (each its
/// own sigmoid), summed over the classes and averaged over the batch, from the logits, exact
/// and finite for every logit.
///
/// ```
/// loss(z, y) = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))]
/// J = (1/m) · Σᵢ Σₖ loss(zᵢₖ, yᵢₖ)
/// ```
/// - Parameters:
///   - Z: the logits, m × K.
///   - Y: the labels, m × K, multi-hot (any number of 1s per row).
/// - Returns: J.
/// - Tip: It is Lesson 2's loss once per entry: use the same idea as your exercise 2.2 (rewrite
///   it in terms of z, so that no probability is formed), here on every entry of Z.
/// - Tip: Sum over every entry, then divide by m = `Z.rows`, not by the number of entries.
public func multiLabelCrossEntropy(logits Z: Matrix, labels Y: Matrix) throws -> Double {
  // BEGIN SOLUTION
  // Hint: The stable form of exercise 2.2, per entry: max(z, 0) − z·y + ln(1 + e^(−|z|)),
  //   in Swift `max(z, 0) - z * y + log1p(exp(-abs(z)))`, over `zip(Z.values, Y.values)`.
  var total = 0.0
  for (z, y) in zip(Z.values, Y.values) { total += max(z, 0) - z * y + log1p(exp(-abs(z))) }
  return total / Double(Z.rows)
  // END SOLUTION
}

// MARK: - Exercise 3.8 · Multi-label predictions

/// Multi-label predictions: every class whose probability reaches the threshold, so an example
/// may get no label, one, or several.
///
/// ```
/// ŷᵢₖ = 1 if p̂ᵢₖ ≥ threshold, else 0
/// ```
/// - Parameters:
///   - P: the sigmoid probabilities, m × K.
///   - threshold: usually 0.5.
/// - Returns: m × K of 0s and 1s.
/// - Tip: `P.map { ... }` with a comparison. A probability exactly at the threshold counts as
///   a yes (≥), matching z ≥ 0 for the logits.
public func predictLabels(probabilities P: Matrix, threshold: Double) throws -> Matrix {
  // BEGIN SOLUTION
  return P.map { $0 >= threshold ? 1 : 0 }
  // END SOLUTION
}
