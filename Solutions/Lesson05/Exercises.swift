// Lesson 5 · Vanishing and exploding gradients — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson05
// Each exercise shows as "not attempted" until you start it. Conventions: rows are examples.
// X is m × n, a layer's weights W are n_in × n_out (fan-in × fan-out) and its bias b is
// 1 × n_out. Random draws come from the generator you are given, so a seed fixes them.

import Foundation
import WorkbookBasics

// MARK: - Exercise 5.1 · Glorot initialisation

/// Glorot (Xavier) normal initialisation for a layer with `fanIn` inputs and `fanOut` outputs.
///
/// ```
/// fan_avg = (n_in + n_out) / 2
/// W ~ N(0, σ²)   with   σ² = 1 / fan_avg = 2 / (n_in + n_out)
/// ```
/// Draw the weights with `Matrix.randomNormal(rows:columns:standardDeviation:using:)`, once,
/// so that the same seed gives the same matrix as the reference.
/// - Parameters:
///   - fanIn: n_in, the layer's inputs.
///   - fanOut: n_out, the layer's outputs.
///   - generator: the seeded generator to draw from.
/// - Returns: W, fanIn × fanOut.
/// - Tip: `randomNormal` wants the standard deviation σ, not the variance σ²: take the square
///   root (`.squareRoot()` or `sqrt`).
/// - Tip: Turn the fans into `Double` before dividing: `2 / Double(fanIn + fanOut)`.
public func glorotNormal(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) throws -> Matrix {
  // BEGIN SOLUTION
  let variance = 2 / Double(fanIn + fanOut)
  return Matrix.randomNormal(
    rows: fanIn, columns: fanOut, standardDeviation: variance.squareRoot(), using: &generator)
  // END SOLUTION
}

// MARK: - Exercise 5.2 · He initialisation

/// He (Kaiming) normal initialisation, made for ReLU layers.
///
/// ```
/// W ~ N(0, σ²)   with   σ² = 2 / n_in
/// ```
/// ReLU sets about half of its inputs to zero, which halves the variance passed on; the
/// factor 2 puts it back.
/// - Parameters:
///   - fanIn: n_in, the layer's inputs.
///   - fanOut: n_out, the layer's outputs.
///   - generator: the seeded generator to draw from.
/// - Returns: W, fanIn × fanOut.
/// - Tip: The same call as 5.1 with a different σ. Only the fan-in counts here.
public func heNormal(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) throws -> Matrix {
  // BEGIN SOLUTION
  let variance = 2 / Double(fanIn)
  return Matrix.randomNormal(
    rows: fanIn, columns: fanOut, standardDeviation: variance.squareRoot(), using: &generator)
  // END SOLUTION
}

// MARK: - Exercise 5.3 · Per-layer gradient norms

/// The size of the weight gradient of every layer of a deep sigmoid network: the measurement
/// that shows gradients vanishing towards the input.
///
/// The network has L layers. Layers 1 … L−1 are dense + sigmoid, layer L is dense with no
/// activation, and the loss is the mean squared error over all entries:
/// ```
/// A₀ = X
/// Zₗ = Aₗ₋₁·Wₗ + bₗ,   Aₗ = σ(Zₗ)  for l < L,   P = Z_L
/// L  = mean((Y − P)²)                          (the mean over all m·k entries)
///
/// dZ_L = −(2/(m·k))·(Y − P)
/// dWₗ = Aₗ₋₁ᵀ·dZₗ                              the gradient to measure
/// dAₗ₋₁ = dZₗ·Wₗᵀ,   dZₗ₋₁ = dAₗ₋₁ ⊙ σ(Zₗ₋₁)(1 − σ(Zₗ₋₁))
/// ‖dWₗ‖ = √(Σ of every entry squared)
/// ```
/// - Parameters:
///   - X: the batch, m × n.
///   - Y: the targets, m × k.
///   - weights: W₁ … W_L, each n_in × n_out.
///   - biases: b₁ … b_L, each 1 × n_out.
/// - Returns: ‖dW₁‖ … ‖dW_L‖, input side first.
/// - Tip: Keep every Aₗ from the forward pass in an array; the backward loop runs
///   `for l in stride(from: L - 1, through: 0, by: -1)` over 0-based indices.
/// - Tip: σ' is σ(1 − σ) of the layer's own A, so `A.map { $0 * (1 - $0) }` avoids recomputing σ.
/// - Tip: The norm of a matrix G is `sqrt(G.map { $0 * $0 }.sum())`.
public func layerGradientNorms(
  _ X: Matrix, targets Y: Matrix, weights: [Matrix], biases: [Matrix]
) throws -> [Double] {
  // BEGIN SOLUTION
  var activations = [X]
  for index in weights.indices {
    let Z = activations[index].matmul(weights[index]) + biases[index]
    let isOutput = index == weights.count - 1
    activations.append(isOutput ? Z : Z.map { 1 / (1 + exp(-$0)) })
  }
  guard let P = activations.last else { return [] }
  var dZ = -(2 / Double(Y.count)) * (Y - P)
  var norms = [Double](repeating: 0, count: weights.count)
  for index in stride(from: weights.count - 1, through: 0, by: -1) {
    let dW = activations[index].transposed().matmul(dZ)
    norms[index] = sqrt(dW.map { $0 * $0 }.sum())
    if index > 0 {
      let A = activations[index]
      dZ = dZ.matmul(weights[index].transposed()) * A.map { $0 * (1 - $0) }
    }
  }
  return norms
  // END SOLUTION
}

// MARK: - Exercise 5.4 · Clip by value

/// Clips every entry of every gradient into [−limit, limit].
///
/// ```
/// g ← min(max(g, −limit), limit)      entry by entry
/// ```
/// - Parameters:
///   - gradients: the gradients, any shapes.
///   - limit: the largest size an entry may keep (positive).
/// - Returns: the clipped gradients, the same shapes in the same order.
/// - Tip: `gradients.map { G in G.map { ... } }`, with Swift's `min` and `max`.
public func clipGradientsByValue(_ gradients: [Matrix], limit: Double) throws -> [Matrix] {
  // BEGIN SOLUTION
  return gradients.map { gradient in gradient.map { min(max($0, -limit), limit) } }
  // END SOLUTION
}

// MARK: - Exercise 5.5 · Clip by global norm

/// Scales all the gradients together so that their global norm is at most `maxNorm`, keeping
/// the direction of the update.
///
/// ```
/// n = √(Σ over every gradient of Σ over its entries of g²)     one norm for all of them
/// g ← g · maxNorm / n      for every gradient, only when n > maxNorm
/// ```
/// - Parameters:
///   - gradients: the gradients, any shapes.
///   - maxNorm: the largest global norm allowed (positive).
/// - Returns: the clipped gradients (same shapes, same order) and n, the norm before clipping.
/// - Tip: Sum the squares of every entry of every gradient first, then take one square root.
/// - Tip: When n ≤ maxNorm return the gradients unchanged (so a zero gradient never divides
///   by zero).
public func clipGradientsByGlobalNorm(
  _ gradients: [Matrix], maxNorm: Double
) throws -> (gradients: [Matrix], normBefore: Double) {
  // BEGIN SOLUTION
  let norm = sqrt(gradients.map { $0.map { $0 * $0 }.sum() }.reduce(0, +))
  guard norm > maxNorm else { return (gradients, norm) }
  let scale = maxNorm / norm
  return (gradients.map { scale * $0 }, norm)
  // END SOLUTION
}

// MARK: - Exercise 5.6 · LeCun initialisation

/// LeCun normal initialisation, the rule self-normalising SELU networks are built on: it keeps
/// the variance of a layer's pre-activation Z equal to that of its input (for the activation
/// itself that holds only where it is close to the identity; tanh still shrinks it a little).
///
/// ```
/// W ~ N(0, σ²)   with   σ² = 1 / n_in
/// ```
/// - Parameters:
///   - fanIn: n_in, the layer's inputs.
///   - fanOut: n_out, the layer's outputs.
///   - generator: the seeded generator to draw from.
/// - Returns: W, fanIn × fanOut.
/// - Tip: The same call as 5.2 with half its variance: σ² = 1/n_in, so σ = √(1/n_in).
/// - Tip: `1 / fanIn` on Ints is 0 for every fan-in above 1: divide Doubles.
public func lecunNormal(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) throws -> Matrix {
  // BEGIN SOLUTION
  let variance = 1 / Double(fanIn)
  return Matrix.randomNormal(
    rows: fanIn, columns: fanOut, standardDeviation: variance.squareRoot(), using: &generator)
  // END SOLUTION
}

// MARK: - Exercise 5.7 · Activation spread per layer

/// How spread out each layer's activations are on a batch: the measurement that shows a deep
/// network's signal dying out (spreads falling towards 0) or saturating (tanh spreads near 1).
///
/// The network has no biases; every layer applies the same activation f:
/// ```
/// A₀ = X
/// Aₗ = f(Aₗ₋₁·Wₗ)            for l = 1 … L
/// spreadₗ = √( mean over all m·n entries of (Aₗ − mean(Aₗ))² )
/// ```
/// The spread is the standard deviation of all the entries of Aₗ together, dividing by the
/// number of entries (as numpy's `np.std(A)`).
/// - Parameters:
///   - X: the batch, m × n.
///   - weights: W₁ … W_L, each n_in × n_out.
///   - activation: f, applied to every entry.
/// - Returns: spread₁ … spread_L, one per layer (A₀, the input, is not included).
/// - Tip: `A.mean()` is the mean of every entry; subtract it before squaring.
/// - Tip: Measure Aₗ after the activation, not Zₗ = Aₗ₋₁·Wₗ before it.
public func activationSpreads(
  _ X: Matrix, weights: [Matrix], activation: (Double) -> Double
) throws -> [Double] {
  // BEGIN SOLUTION
  var A = X
  var spreads = [Double]()
  for W in weights {
    A = A.matmul(W).map(activation)
    let centred = A - A.mean()
    // Hint: the spread divides by the number of entries, m·n, not m·n − 1.
    spreads.append((centred * centred).mean().squareRoot())
  }
  return spreads
  // END SOLUTION
}
