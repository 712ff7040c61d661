import WorkbookBasics

/// AdamW (Loshchilov and Hutter, "Decoupled weight decay regularization", 2019): Adam, plus a
/// weight decay applied to θ directly instead of through the gradient.
///
/// ```
/// θ ← θ − η·( m̂ / (√v̂ + ε) + λ·θ )       (λ·θ for weights only)
/// ```
/// Adding λθ to the gradient (L2) would pass it through Adam's division, so weights with large
/// gradients would be decayed less; decoupling keeps the decay the same for every weight.
/// Biases and batch normalisation's γ and β are never decayed (their `ParameterRole`).
/// Defaults: Adam's, and λ = 0.01 (PyTorch).
public struct AdamW: Optimizer {
  /// β₁, β₂ and ε.
  public let moments: AdamMoments
  /// λ, the decay per unit of η.
  public let weightDecay: Double
  /// The step count, and a "mean" and "mean square" per parameter.
  public var state = OptimizerState()

  /// AdamW with Adam's settings and a decay λ ≥ 0.
  public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.01) {
    moments = AdamMoments(beta1: beta1, beta2: beta2, epsilon: epsilon, "AdamW")
    require(
      weightDecay >= 0 && weightDecay.isFinite,
      "AdamW: the weight decay λ must be a finite number ≥ 0, got \(formatSetting(weightDecay))")
    self.weightDecay = weightDecay
  }

  /// E.g. "AdamW (β₁ 0.9, β₂ 0.999, λ 0.01)".
  public var name: String { "AdamW (\(moments.description), λ \(formatSetting(weightDecay)))" }

  /// Adam's step, and the decay of the weights.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "AdamW")
    state.step += 1
    let (mean, meanSquare) = moments.update(&state, parameters: parameters, gradients: gradients, "AdamW")
    for index in parameters.indices {
      var step = moments.direction(mean: mean[index], meanSquare: meanSquare[index], step: state.step)
      if roles[index] == .weight { step = step + weightDecay * parameters[index] }
      parameters[index] = parameters[index] - learningRate * step
    }
  }
}
