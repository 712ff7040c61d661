// Lesson 7 · Optimizers and learning-rate schedules — exercises.
//
// Fill in each function below, replacing the `throw NotAttempted(...)` line, then run
//   swift run workbook check Lesson07
// Each exercise shows as "not attempted" until you start it. Each optimizer is a small struct
// that updates one parameter matrix θ from its gradient g: its memory (a velocity, a running
// average) is a stored property, nil until the first step, which your `step` must keep up to
// date between calls. All the arithmetic is entry by entry: `g * g` squares each entry, and
// `m.map { $0.squareRoot() }` takes each entry's root.

import Foundation
import WorkbookBasics

// MARK: - Exercise 7.1 · Momentum

/// Gradient descent with momentum, in the notes' moving-average form.
///
/// ```
/// v ← β·v + (1 − β)·g        (v starts as zeros, the shape of θ)
/// θ ← θ − η·v
/// ```
public struct MomentumUpdate {
  /// β, the weight of the past velocity.
  public let beta: Double
  /// v, nil before the first step.
  public var velocity: Matrix?

  /// A fresh optimizer with factor β.
  public init(beta: Double) {
    self.beta = beta
    velocity = nil
  }

  /// One update: the new velocity (kept in `velocity`), then the moved parameter.
  /// - Parameters:
  ///   - parameter: θ.
  ///   - gradient: g, the shape of θ.
  ///   - learningRate: η.
  /// - Returns: the new θ.
  /// - Tip: `velocity ?? Matrix.zeros(rows: parameter.rows, columns: parameter.columns)` is v
  ///   before the first step.
  /// - Tip: Store the new v in `self.velocity`: the next call starts from it.
  public mutating func step(_ parameter: Matrix, gradient: Matrix, learningRate: Double) throws -> Matrix {
    // BEGIN SOLUTION
    // Hint: Three lines: v from the stored velocity (or zeros), `velocity = v`, then
    //   `return parameter - learningRate * v`. A Double times a Matrix scales every entry.
    // Hint: Before the first step `velocity` is nil: `let previous = velocity ?? Matrix.zeros(rows:
    //   parameter.rows, columns: parameter.columns)`; after it, `velocity = v` keeps v for the next call.
    let previous = velocity ?? Matrix.zeros(rows: parameter.rows, columns: parameter.columns)
    let v = beta * previous + (1 - beta) * gradient
    velocity = v
    return parameter - learningRate * v
    // END SOLUTION
  }
}

// MARK: - Exercise 7.2 · RMSprop

/// RMSprop: each entry's step is divided by the root of a moving average of its squared
/// gradients: an entry whose gradients are large takes steps that are small for its gradient.
///
/// ```
/// s ← ρ·s + (1 − ρ)·g²        (s starts as zeros)
/// θ ← θ − η·g / (√s + ε)      (ε outside the root)
/// ```
public struct RMSpropUpdate {
  /// ρ, the weight of the past average.
  public let rho: Double
  /// ε, which keeps the division away from 0.
  public let epsilon: Double
  /// s, nil before the first step.
  public var squaredAverage: Matrix?

  /// A fresh optimizer with decay ρ and ε.
  public init(rho: Double, epsilon: Double) {
    self.rho = rho
    self.epsilon = epsilon
    squaredAverage = nil
  }

  /// One update: the new average (kept in `squaredAverage`), then the moved parameter.
  /// - Parameters:
  ///   - parameter: θ.
  ///   - gradient: g, the shape of θ.
  ///   - learningRate: η.
  /// - Returns: the new θ.
  /// - Tip: g² is `gradient * gradient` (entry by entry), not a matrix product.
  public mutating func step(_ parameter: Matrix, gradient: Matrix, learningRate: Double) throws -> Matrix {
    // BEGIN SOLUTION
    // Hint: The root of s entry by entry is `s.map { $0.squareRoot() }`; add ε after it, then
    //   divide the gradient by that matrix (entry by entry, with `/`).
    // Hint: `let s = rho * previous + (1 - rho) * (gradient * gradient)`, then store it with
    //   `squaredAverage = s` before returning `parameter - learningRate * gradient / (…)`.
    let previous = squaredAverage ?? Matrix.zeros(rows: parameter.rows, columns: parameter.columns)
    let s = rho * previous + (1 - rho) * (gradient * gradient)
    squaredAverage = s
    return parameter - learningRate * gradient / (s.map { $0.squareRoot() } + epsilon)
    // END SOLUTION
  }
}

// MARK: - Exercise 7.3 · Adam with bias correction

/// Adam: momentum's average of g divided by RMSprop's root mean square of g, both corrected
/// for starting at zero.
///
/// ```
/// t ← t + 1                                   (so the first step has t = 1)
/// m ← β₁·m + (1 − β₁)·g      v ← β₂·v + (1 − β₂)·g²
/// m̂ = m / (1 − β₁ᵗ)          v̂ = v / (1 − β₂ᵗ)
/// θ ← θ − η·m̂ / (√v̂ + ε)
/// ```
public struct AdamUpdate {
  /// β₁, the weight of the past mean.
  public let beta1: Double
  /// β₂, the weight of the past mean square.
  public let beta2: Double
  /// ε, outside the root.
  public let epsilon: Double
  /// m, nil before the first step.
  public var mean: Matrix?
  /// v, nil before the first step.
  public var meanSquare: Matrix?
  /// t, the steps taken so far.
  public var steps: Int

  /// A fresh optimizer.
  public init(beta1: Double, beta2: Double, epsilon: Double) {
    (self.beta1, self.beta2, self.epsilon) = (beta1, beta2, epsilon)
    (mean, meanSquare, steps) = (nil, nil, 0)
  }

  /// One update: t, m and v (all kept), then the corrected step.
  /// - Parameters:
  ///   - parameter: θ.
  ///   - gradient: g, the shape of θ.
  ///   - learningRate: η.
  /// - Returns: the new θ.
  /// - Tip: `pow(beta1, Double(steps))` is β₁ᵗ; count this step in `steps` before using it.
  /// - Tip: Keep m and v themselves uncorrected: m̂ and v̂ are recomputed from them every step.
  public mutating func step(_ parameter: Matrix, gradient: Matrix, learningRate: Double) throws -> Matrix {
    // BEGIN SOLUTION
    // Hint: Order matters: `steps += 1` first, then m and v from their stored values, store
    //   them, and only then m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ) for this step's update.
    // Hint: β₁ᵗ is `pow(beta1, Double(steps))` once `steps` counts this step; m̂ is
    //   `m / (1 - pow(beta1, Double(steps)))`, and the step is `learningRate * mHat / (√v̂ + ε)`.
    let zeros = Matrix.zeros(rows: parameter.rows, columns: parameter.columns)
    steps += 1
    let m = beta1 * (mean ?? zeros) + (1 - beta1) * gradient
    let v = beta2 * (meanSquare ?? zeros) + (1 - beta2) * (gradient * gradient)
    mean = m
    meanSquare = v
    let mHat = m / (1 - pow(beta1, Double(steps)))
    let vHat = v / (1 - pow(beta2, Double(steps)))
    return parameter - learningRate * mHat / (vHat.map { $0.squareRoot() } + epsilon)
    // END SOLUTION
  }
}

// MARK: - Exercise 7.4 · A learning rate that decays in stairs

/// The decay Ng's course schedules by steps: the time-based rate η₀ / (1 + decay·k), where k
/// counts whole intervals, so the rate stays flat within each interval and drops at its end.
///
/// ```
/// η(t) = η₀ / (1 + decayRate · ⌊t / interval⌋)
/// ```
/// - Parameters:
///   - initialRate: η₀.
///   - decayRate: how fast it decays.
///   - interval: the steps each stair lasts (≥ 1).
///   - step: t, the updates taken so far (≥ 0).
/// - Returns: η for the next update.
/// - Tip: For whole numbers, `step / interval` is already the floor ⌊t / interval⌋: divide the
///   Ints first, then convert the result with `Double(…)`. (Python's `//` is a comment in Swift.)
public func stairDecayRate(initialRate: Double, decayRate: Double, interval: Int, step: Int) throws -> Double {
  // BEGIN SOLUTION
  // Hint: Divide the Ints first and convert after: `Double(step / interval)` is ⌊t / interval⌋,
  //   while `Double(step) / Double(interval)` would decay smoothly, with no stairs.
  initialRate / (1 + decayRate * Double(step / interval))
  // END SOLUTION
}
