import Foundation
import WorkbookBasics

/// The two moving averages the Adam family shares, and their bias correction.
///
/// ```
/// m ← β₁·m + (1 − β₁)·g        (the gradients' mean: the momentum part)
/// v ← β₂·v + (1 − β₂)·g²       (their mean square: the RMSprop part)
/// m̂ = m / (1 − β₁ᵗ)            v̂ = v / (1 − β₂ᵗ)
/// ```
/// Both averages start at 0, so early on they are too small: after one step m = (1 − β₁)·g,
/// a tenth of g for β₁ = 0.9. Dividing by 1 − βᵗ (t = the step, from 1) undoes exactly that.
public struct AdamMoments: Sendable, Equatable {
  /// β₁, the weight of the past mean.
  public let beta1: Double
  /// β₂, the weight of the past mean square.
  public let beta2: Double
  /// ε, added to √v̂ (outside the root, as in the paper).
  public let epsilon: Double

  /// Checked settings, named after `optimizer` in the messages.
  init(beta1: Double, beta2: Double, epsilon: Double, _ optimizer: String) {
    requireDecayFactor(beta1, "β₁", optimizer)
    requireDecayFactor(beta2, "β₂", optimizer)
    requireEpsilon(epsilon, optimizer)
    (self.beta1, self.beta2, self.epsilon) = (beta1, beta2, epsilon)
  }

  /// Updates "mean" (m) and "mean square" (v) in `state` from the gradients and returns them.
  func update(
    _ state: inout OptimizerState, parameters: [Matrix], gradients: [Matrix], _ optimizer: String
  ) -> (mean: [Matrix], meanSquare: [Matrix]) {
    var mean = state.buffer("mean", shapedLike: parameters, optimizer)
    var meanSquare = state.buffer("mean square", shapedLike: parameters, optimizer)
    for index in parameters.indices {
      let g = gradients[index]
      mean[index] = beta1 * mean[index] + (1 - beta1) * g
      meanSquare[index] = beta2 * meanSquare[index] + (1 - beta2) * (g * g)
    }
    state.buffers["mean"] = mean
    state.buffers["mean square"] = meanSquare
    return (mean, meanSquare)
  }

  /// 1 − β₁ᵗ, which divides m.
  func meanCorrection(atStep step: Int) -> Double { 1 - pow(beta1, Double(step)) }

  /// 1 − β₂ᵗ, which divides v.
  func meanSquareCorrection(atStep step: Int) -> Double { 1 - pow(beta2, Double(step)) }

  /// m̂ / (√v̂ + ε), Adam's step direction for one parameter at step t.
  func direction(mean: Matrix, meanSquare: Matrix, step: Int) -> Matrix {
    (mean / meanCorrection(atStep: step))
      / (entrywiseSquareRoot(meanSquare / meanSquareCorrection(atStep: step)) + epsilon)
  }

  /// "β₁ 0.9, β₂ 0.999", for names.
  var description: String { "β₁ \(formatSetting(beta1)), β₂ \(formatSetting(beta2))" }
}
