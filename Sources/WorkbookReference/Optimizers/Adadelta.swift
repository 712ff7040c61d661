import WorkbookBasics

/// Adadelta (Zeiler, 2012): RMSprop whose step size comes from a moving average of its own
/// past steps, so that it needs no learning rate and the step has the units of θ.
///
/// ```
/// s ← ρ·s + (1 − ρ)·g²
/// Δ ← −(√(u + ε) / √(s + ε))·g
/// u ← ρ·u + (1 − ρ)·Δ²
/// θ ← θ + η·Δ
/// ```
/// η only scales the step: Zeiler's method has none, which is η = 1 (PyTorch's default too).
/// ε sits inside both roots, as in the paper: at the start u = 0 and √ε sets the first steps'
/// size. Defaults: ρ = 0.9 (PyTorch; the paper uses 0.95), ε = 1e-6.
public struct Adadelta: Optimizer {
  /// ρ, the weight of the past in both averages.
  public let rho: Double
  /// ε, inside both roots.
  public let epsilon: Double
  /// The step count, a "squared average" of g and a "squared step average" of Δ per parameter.
  public var state = OptimizerState()

  /// Adadelta with decay ρ in [0, 1) and ε > 0.
  public init(rho: Double = 0.9, epsilon: Double = 1e-6) {
    requireDecayFactor(rho, "ρ", "Adadelta")
    requireEpsilon(epsilon, "Adadelta")
    (self.rho, self.epsilon) = (rho, epsilon)
  }

  /// E.g. "Adadelta (ρ 0.9)".
  public var name: String { "Adadelta (ρ \(formatSetting(rho)))" }

  /// Both averages and the step, scaled by η (use 1 for Zeiler's method).
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "Adadelta")
    state.step += 1
    var squaredAverage = state.buffer("squared average", shapedLike: parameters, "Adadelta")
    var stepAverage = state.buffer("squared step average", shapedLike: parameters, "Adadelta")
    for index in parameters.indices {
      let g = gradients[index]
      squaredAverage[index] = rho * squaredAverage[index] + (1 - rho) * (g * g)
      let step =
        -1 * entrywiseSquareRoot(stepAverage[index] + epsilon) / entrywiseSquareRoot(squaredAverage[index] + epsilon)
        * g
      stepAverage[index] = rho * stepAverage[index] + (1 - rho) * (step * step)
      parameters[index] = parameters[index] + learningRate * step
    }
    state.buffers["squared average"] = squaredAverage
    state.buffers["squared step average"] = stepAverage
  }
}
