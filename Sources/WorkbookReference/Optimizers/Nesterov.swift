import WorkbookBasics

/// Nesterov accelerated gradient (Nesterov, 1983; for deep learning Sutskever et al., 2013):
/// momentum that looks ahead, correcting the velocity with the gradient where it is heading.
///
/// ```
/// v ← β·v + g          θ ← θ − η·(g + β·v)
/// ```
/// This is the form PyTorch and Keras use, with g taken at the current θ. It is the same path
/// as Sutskever's "gradient at θ + β·v" form, written for the shifted point. Default β = 0.9,
/// with the classical velocity (a sum, not an average).
public struct Nesterov: Optimizer {
  /// β, the weight of the past velocity.
  public let beta: Double
  /// The step count and a "velocity" per parameter.
  public var state = OptimizerState()

  /// Nesterov momentum with factor β in [0, 1).
  public init(beta: Double = 0.9) {
    requireDecayFactor(beta, "β", "Nesterov")
    self.beta = beta
  }

  /// E.g. "Nesterov (β 0.9)".
  public var name: String { "Nesterov (β \(formatSetting(beta)))" }

  /// The velocity, then a step along the gradient plus the look-ahead β·v.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "Nesterov")
    state.step += 1
    var velocity = state.buffer("velocity", shapedLike: parameters, "Nesterov")
    for index in parameters.indices {
      velocity[index] = beta * velocity[index] + gradients[index]
      parameters[index] = parameters[index] - learningRate * (gradients[index] + beta * velocity[index])
    }
    state.buffers["velocity"] = velocity
  }
}
