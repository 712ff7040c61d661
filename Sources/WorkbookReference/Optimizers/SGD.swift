import WorkbookBasics

/// Plain (stochastic) gradient descent, the update every earlier lesson uses.
///
/// ```
/// θ ← θ − η·g
/// ```
/// No memory: its state holds only the step count. The same bits as `Sequential.trainingStep`.
public struct SGD: Optimizer {
  /// The step count only.
  public var state = OptimizerState()

  /// Plain gradient descent (the rate comes from the schedule).
  public init() {}

  /// "SGD".
  public var name: String { "SGD" }

  /// θ ← θ − η·g for every parameter.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "SGD")
    state.step += 1
    for index in parameters.indices { parameters[index].subtract(gradients[index], scaledBy: learningRate) }
  }
}
