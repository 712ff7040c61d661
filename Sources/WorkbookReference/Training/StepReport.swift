import WorkbookBasics

/// One optimizer step, handed to `onStep` straight after the update, for looking inside
/// training: how far each weight moved against how large it is, and how large its gradient was.
public struct StepReport: Sendable {
  /// The optimizer's step count after this update, over every call (from 1).
  public let step: Int
  /// The batch's loss before the update.
  public let loss: Double
  /// η of this update.
  public let learningRate: Double
  /// Every parameter before the update, in the order of `Sequential.parameters`.
  public let parametersBefore: [Matrix]
  /// The gradients the optimizer received (after L2 and clipping), in the same order.
  public let gradients: [Matrix]
  /// Every parameter after the update (and after decoupled weight decay).
  public let parametersAfter: [Matrix]
  /// The role of each parameter, in the same order.
  public let roles: [ParameterRole]

  /// A report of one step (the trainer makes these; a test or a hand-made loop may too).
  /// - Precondition: the four lists are as long as each other.
  public init(
    step: Int, loss: Double, learningRate: Double, parametersBefore: [Matrix], gradients: [Matrix],
    parametersAfter: [Matrix], roles: [ParameterRole]
  ) {
    require(
      parametersBefore.count == roles.count && gradients.count == roles.count && parametersAfter.count == roles.count,
      "StepReport: \(parametersBefore.count) parameters before, \(gradients.count) gradients, "
        + "\(parametersAfter.count) after and \(roles.count) roles; they must match one for one")
    (self.step, self.loss, self.learningRate) = (step, loss, learningRate)
    (self.parametersBefore, self.gradients, self.parametersAfter, self.roles) =
      (parametersBefore, gradients, parametersAfter, roles)
  }

  /// For each weight (role `.weight`), in order: ‖W_after − W_before‖ / ‖W_before‖, the
  /// update-to-weight ratio. About 1e-3 is healthy (Karpathy, CS231n): much smaller and the
  /// layer hardly learns, much larger and the rate is probably too high. A zero weight gives ∞.
  public var updateToWeightRatios: [Double] {
    parametersBefore.indices.filter { roles[$0] == .weight }.map { index in
      let before = parametersBefore[index]
      let change = (parametersAfter[index] - before).norm()
      let size = before.norm()
      return size > 0 ? change / size : (change > 0 ? .infinity : 0)
    }
  }

  /// For each weight, in order: ‖dL/dW‖ as the optimizer received it.
  public var weightGradientNorms: [Double] {
    gradients.indices.filter { roles[$0] == .weight }.map { gradients[$0].norm() }
  }
}
