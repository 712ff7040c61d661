import WorkbookBasics

/// Nadam (Dozat, "Incorporating Nesterov momentum into Adam", 2016): Adam with a Nesterov
/// look-ahead in its mean.
///
/// ```
/// m, v, m̂, v̂ as Adam
/// θ ← θ − η·( β₁·m̂ + (1 − β₁)·g / (1 − β₁ᵗ) ) / (√v̂ + ε)
/// ```
/// The step uses the mean it is about to have (β₁·m̂) plus this step's corrected gradient.
/// This is the paper's simple form, without its momentum schedule (Keras and PyTorch add one).
/// Defaults: Adam's.
public struct Nadam: Optimizer {
  /// β₁, β₂ and ε.
  let moments: AdamMoments
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
    let correction = moments.meanCorrection(atStep: t)
    for index in parameters.indices {
      let lookAhead = moments.beta1 * (mean[index] / correction) + (1 - moments.beta1) * gradients[index] / correction
      let root = entrywiseSquareRoot(meanSquare[index] / moments.meanSquareCorrection(atStep: t)) + moments.epsilon
      parameters[index] = parameters[index] - learningRate * lookAhead / root
    }
  }
}
