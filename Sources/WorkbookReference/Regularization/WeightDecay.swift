import WorkbookBasics

/// How training shrinks the weights towards 0, in one of the two forms note 002 gives. Only
/// parameters tagged `.weight` are decayed, never biases or batch normalisation's γ and β
/// (their `ParameterRole`): a bias shifts a unit, it does not let it fit noise.
///
/// ```
/// L2 (a loss term):   J = loss + (λ/2)·Σ‖W‖²      dJ/dW = dloss/dW + λ·W
/// decoupled:          W ← W − η·λ·W after each optimizer step (AdamW's form)
/// ```
/// For SGD the two are the same update, θ − η·(g + λθ). For an adaptive optimizer they differ:
/// the L2 term goes through its division by √v, the decoupled decay does not.
public enum WeightDecay: Sendable, Equatable {
  /// No decay.
  case none
  /// λ/2·‖W‖² added to the loss, so λ·W to each weight's gradient.
  case l2(Double)
  /// W ← W − η·λ·W applied directly, after the optimizer's step.
  case decoupled(Double)

  /// λ, or 0 for `.none`.
  public var lambda: Double {
    switch self {
    case .none: return 0
    case .l2(let lambda), .decoupled(let lambda): return lambda
    }
  }

  /// Stops with a message unless λ is finite and ≥ 0.
  func check(_ operation: String) {
    require(
      lambda >= 0 && lambda.isFinite,
      "\(operation): the weight decay λ must be a finite number ≥ 0, got \(formatNumber(lambda))")
  }
}

/// (λ/2)·Σ‖W‖² over the parameters tagged `.weight`: the L2 term of the cost.
/// - Parameters:
///   - parameters: the network's parameters.
///   - roles: their roles, in the same order.
///   - lambda: λ ≥ 0.
public func l2Penalty(_ parameters: [Matrix], roles: [ParameterRole], lambda: Double) -> Double {
  requireMatchingRoles(parameters, roles, "l2Penalty")
  var total = 0.0
  for (parameter, role) in zip(parameters, roles) where role == .weight {
    total += parameter.values.reduce(0) { $0 + $1 * $1 }
  }
  return lambda / 2 * total
}

/// The gradients with λ·W added to each weight's: the gradient of loss + (λ/2)·Σ‖W‖².
/// - Parameters:
///   - gradients: dloss/dθ, one per parameter.
///   - parameters: θ.
///   - roles: their roles.
///   - lambda: λ ≥ 0.
public func l2Gradients(
  _ gradients: [Matrix], parameters: [Matrix], roles: [ParameterRole], lambda: Double
) -> [Matrix] {
  requireMatchingRoles(parameters, roles, "l2Gradients")
  require(
    gradients.count == parameters.count,
    "l2Gradients: \(gradients.count) gradients for \(parameters.count) parameters")
  return zip(zip(gradients, parameters), roles).map { pair, role in
    role == .weight ? pair.0 + lambda * pair.1 : pair.0
  }
}

/// Stops with a message naming `operation` unless there is one role per parameter.
private func requireMatchingRoles(_ parameters: [Matrix], _ roles: [ParameterRole], _ operation: String) {
  require(
    parameters.count == roles.count,
    "\(operation): \(parameters.count) parameters but \(roles.count) roles; they go one for one")
}
