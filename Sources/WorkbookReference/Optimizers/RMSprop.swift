import WorkbookBasics

/// RMSprop (Hinton's Coursera lecture 6e, 2012, unpublished): AdaGrad with a moving average
/// of the squared gradients instead of their sum, so the effective rate stops shrinking.
///
/// ```
/// s ← ρ·s + (1 − ρ)·g²          θ ← θ − η·g / (√s + ε)
/// ```
/// Defaults: ρ = 0.9 (Hinton, Keras, Géron; PyTorch uses 0.99), ε = 1e-8, outside the root.
public struct RMSprop: Optimizer {
  /// ρ, the weight of the past squared average.
  public let rho: Double
  /// ε, which keeps the division away from 0.
  public let epsilon: Double
  /// The step count and a "squared average" per parameter.
  public var state = OptimizerState()

  /// RMSprop with decay ρ in [0, 1) and ε > 0.
  public init(rho: Double = 0.9, epsilon: Double = 1e-8) {
    requireDecayFactor(rho, "ρ", "RMSprop")
    requireEpsilon(epsilon, "RMSprop")
    (self.rho, self.epsilon) = (rho, epsilon)
  }

  /// E.g. "RMSprop (ρ 0.9)".
  public var name: String { "RMSprop (ρ \(formatSetting(rho)))" }

  /// The squared average, then the divided step.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "RMSprop")
    state.step += 1
    var squaredAverage = state.buffer("squared average", shapedLike: parameters, "RMSprop")
    for index in parameters.indices {
      squaredAverage[index] = rho * squaredAverage[index] + (1 - rho) * (gradients[index] * gradients[index])
      parameters[index] =
        parameters[index] - learningRate * gradients[index] / (entrywiseSquareRoot(squaredAverage[index]) + epsilon)
    }
    state.buffers["squared average"] = squaredAverage
  }
}
