import Foundation
import WorkbookBasics

/// Nadam (Dozat, "Incorporating Nesterov momentum into Adam", 2016): Adam with a Nesterov
/// look-ahead in its mean.
///
/// ```
/// m, v, v̂ as Adam
/// θ ← θ − η·( β₁·m / (1 − β₁ᵗ⁺¹) + (1 − β₁)·g / (1 − β₁ᵗ) ) / (√v̂ + ε)
/// ```
/// The step takes the momentum part of the next step's mean (β₁·m, corrected for step t + 1)
/// plus this step's gradient (corrected for step t): Nesterov's look-ahead. This is Dozat's
/// Algorithm 2 with a constant β₁; the paper, Keras and PyTorch can also let β₁ vary over
/// time (a momentum schedule), which this leaves out. Ruder (2016) writes a simpler variant
/// with β₁·m̂ in place of the first term. Defaults: Adam's.
public struct Nadam: Optimizer {
  /// β₁, β₂ and ε.
  public let moments: AdamMoments
  /// The step count, and a "mean" and "mean square" per parameter.
  public var state = OptimizerState()

  /// Nadam with β₁, β₂ in [0, 1) and ε > 0.
  public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    moments = AdamMoments(beta1: beta1, beta2: beta2, epsilon: epsilon, "Nadam")
  }

  /// E.g. "Nadam (β₁ 0.9, β₂ 0.999)".
  public var name: String { "Nadam (\(moments.description))" }

  /// The averages, then the look-ahead step.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "Nadam")
    state.step += 1
    let (mean, meanSquare) = moments.update(&state, parameters: parameters, gradients: gradients, "Nadam")
    let t = state.step
    let nextCorrection = 1 - pow(moments.beta1, Double(t + 1))
    let correction = moments.meanCorrection(atStep: t)
    for index in parameters.indices {
      let lookAhead =
        moments.beta1 * mean[index] / nextCorrection + (1 - moments.beta1) * gradients[index] / correction
      let root = entrywiseSquareRoot(meanSquare[index] / moments.meanSquareCorrection(atStep: t)) + moments.epsilon
      parameters[index] = parameters[index] - learningRate * lookAhead / root
    }
  }
}
