import WorkbookBasics

/// AMSGrad (Reddi, Kale and Kumar, "On the convergence of Adam and beyond", 2018): Adam whose
/// mean square never decreases, so the effective rate never grows back.
///
/// ```
/// m, v as Adam        v_max ← max(v_max, v)
/// θ ← θ − η·m̂ / (√(v_max / (1 − β₂ᵗ)) + ε)
/// ```
/// The maximum is of the uncorrected v, corrected afterwards, as PyTorch does. Defaults: Adam's.
public struct AMSGrad: Optimizer {
  /// β₁, β₂ and ε.
  public let moments: AdamMoments
  /// The step count, and a "mean", "mean square" and "max mean square" per parameter.
  public var state = OptimizerState()

  /// AMSGrad with β₁, β₂ in [0, 1) and ε > 0.
  public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
    moments = AdamMoments(beta1: beta1, beta2: beta2, epsilon: epsilon, "AMSGrad")
  }

  /// E.g. "AMSGrad (β₁ 0.9, β₂ 0.999)".
  public var name: String { "AMSGrad (\(moments.description))" }

  /// The averages, the running maximum, then the corrected step.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "AMSGrad")
    state.step += 1
    let (mean, meanSquare) = moments.update(&state, parameters: parameters, gradients: gradients, "AMSGrad")
    var largest = state.buffer("max mean square", shapedLike: parameters, "AMSGrad")
    for index in parameters.indices {
      largest[index] = entrywiseMaximum(largest[index], meanSquare[index])
      parameters[index] =
        parameters[index] - learningRate
        * moments.direction(mean: mean[index], meanSquare: largest[index], step: state.step)
    }
    state.buffers["max mean square"] = largest
  }
}
