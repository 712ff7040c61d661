import WorkbookBasics

/// AdaGrad (Duchi, Hazan and Singer, 2011): each entry's rate is divided by the root of the
/// sum of all its squared gradients so far.
///
/// ```
/// s ← s + g²          θ ← θ − η·g / (√s + ε)
/// ```
/// Entries with large gradients slow down first. But s only grows, so the effective rate
/// η/(√s + ε) keeps shrinking: on a long run it "stops too early" (note 002). ε sits outside
/// the root, as in PyTorch and Keras (Géron writes √(s + ε); with ε = 1e-10 it makes no
/// visible difference). Default ε = 1e-10.
public struct AdaGrad: Optimizer {
  /// ε, which keeps the division away from 0.
  public let epsilon: Double
  /// The step count and a "squared sum" per parameter.
  public var state = OptimizerState()

  /// AdaGrad with a small ε > 0.
  public init(epsilon: Double = 1e-10) {
    requireEpsilon(epsilon, "AdaGrad")
    self.epsilon = epsilon
  }

  /// "AdaGrad".
  public var name: String { "AdaGrad" }

  /// The sum of squares, then the divided step.
  public mutating func update(
    _ parameters: inout [Matrix], gradients: [Matrix], roles: [ParameterRole], learningRate: Double
  ) {
    checkUpdate(parameters, gradients, roles, learningRate, "AdaGrad")
    state.step += 1
    var squaredSum = state.buffer("squared sum", shapedLike: parameters, "AdaGrad")
    for index in parameters.indices {
      squaredSum[index] = squaredSum[index] + gradients[index] * gradients[index]
      parameters[index] =
        parameters[index] - learningRate * gradients[index] / (entrywiseSquareRoot(squaredSum[index]) + epsilon)
    }
    state.buffers["squared sum"] = squaredSum
  }
}
