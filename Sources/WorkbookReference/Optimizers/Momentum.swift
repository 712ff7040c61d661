import WorkbookBasics

/// Gradient descent with momentum (Polyak, 1964): the step follows a moving average of the
/// gradients, which damps zig-zags across a narrow valley and builds speed along it.
///
/// ```
/// moving average (the notes, Ng):  v ← β·v + (1 − β)·g     θ ← θ − η·v
/// classical (Polyak, PyTorch):     v ← β·v + g             θ ← θ − η·v
/// ```
/// The two give the same path when the classical rate is η·(1 − β): the classical v is the
/// moving-average v divided by (1 − β). Defaults: β = 0.9, the moving-average form.
public struct Momentum: Optimizer {
  /// Which of the two velocity rules.
  public enum Form: Sendable, Equatable {
    /// v ← β·v + (1 − β)·g: v is an average of the gradients, on their scale.
    case movingAverage
    /// v ← β·v + g: v is a sum, about 1/(1 − β) times larger.
    case classical
  }

  /// β, the weight of the past velocity.
  public let beta: Double
  /// The velocity rule.
  public let form: Form
  /// The step count and a "velocity" per parameter.
  public var state = OptimizerState()

  /// Momentum with factor β in [0, 1).
  public init(beta: Double = 0.9, form: Form = .movingAverage) {
    requireDecayFactor(beta, "β", "Momentum")
    self.beta = beta
    self.form = form
  }

  /// E.g. "Momentum (β 0.9)" or "Momentum, classical (β 0.9)".
  public var name: String { "Momentum\(form == .classical ? ", classical" : "") (β \(formatSetting(beta)))" }

  /// The velocity, then the step along it.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "Momentum")
    state.step += 1
    var velocity = state.buffer("velocity", shapedLike: parameters, "Momentum")
    for index in parameters.indices {
      let gradientWeight = form == .movingAverage ? 1 - beta : 1
      velocity[index] = beta * velocity[index] + gradientWeight * gradients[index]
      parameters[index] = parameters[index] - learningRate * velocity[index]
    }
    state.buffers["velocity"] = velocity
  }
}
