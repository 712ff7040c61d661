import WorkbookBasics

/// AdaMax (Kingma and Ba, 2014, section 7): Adam with the root mean square replaced by a
/// decaying maximum of |g| (the L∞ norm), which needs no bias correction.
///
/// ```
/// m ← β₁·m + (1 − β₁)·g        u ← max(β₂·u, |g| + ε)
/// θ ← θ − (η / (1 − β₁ᵗ))·m / u
/// ```
/// ε inside the maximum keeps u > 0 when a gradient entry has always been 0 (PyTorch's
/// placement). Defaults: β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (the paper's rate is η = 0.002).
public struct AdaMax: Optimizer {
  /// β₁, β₂ and ε (only m of Adam's two averages is kept).
  public let moments: AdamMoments
  /// The step count, and a "mean" and "largest size" per parameter.
  public var state = OptimizerState()

  /// AdaMax with β₁, β₂ in [0, 1) and ε > 0.
  public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    moments = AdamMoments(beta1: beta1, beta2: beta2, epsilon: epsilon, "AdaMax")
  }

  /// E.g. "AdaMax (β₁ 0.9, β₂ 0.999)".
  public var name: String { "AdaMax (\(moments.description))" }

  /// The mean, the decaying maximum, then the step.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "AdaMax")
    state.step += 1
    var mean = state.buffer("mean", shapedLike: parameters, "AdaMax")
    var largest = state.buffer("largest size", shapedLike: parameters, "AdaMax")
    let rate = learningRate / moments.meanCorrection(atStep: state.step)
    for index in parameters.indices {
      let g = gradients[index]
      mean[index] = moments.beta1 * mean[index] + (1 - moments.beta1) * g
      largest[index] = entrywiseMaximum(moments.beta2 * largest[index], g.map { abs($0) } + moments.epsilon)
      parameters[index] = parameters[index] - rate * mean[index] / largest[index]
    }
    state.buffers["mean"] = mean
    state.buffers["largest size"] = largest
  }
}
