import WorkbookBasics

/// Adam (Kingma and Ba, 2014): momentum's moving mean of g divided by RMSprop's root mean
/// square, both bias-corrected.
///
/// ```
/// m ← β₁·m + (1 − β₁)·g        v ← β₂·v + (1 − β₂)·g²
/// m̂ = m / (1 − β₁ᵗ)            v̂ = v / (1 − β₂ᵗ)
/// θ ← θ − η·m̂ / (√v̂ + ε)
/// ```
/// Defaults from the paper: β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (and η = 0.001 is its usual rate).
public struct Adam: Optimizer {
  /// β₁, β₂ and ε.
  public let moments: AdamMoments
  /// The step count, and a "mean" and "mean square" per parameter.
  public var state = OptimizerState()

  /// Adam with β₁, β₂ in [0, 1) and ε > 0.
  public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    moments = AdamMoments(beta1: beta1, beta2: beta2, epsilon: epsilon, "Adam")
  }

  /// E.g. "Adam (β₁ 0.9, β₂ 0.999)".
  public var name: String { "Adam (\(moments.description))" }

  /// The two averages, then the corrected step.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "Adam")
    state.step += 1
    let (mean, meanSquare) = moments.update(&state, parameters: parameters, gradients: gradients, "Adam")
    for index in parameters.indices {
      parameters[index] =
        parameters[index] - learningRate
        * moments.direction(mean: mean[index], meanSquare: meanSquare[index], step: state.step)
    }
  }
}
