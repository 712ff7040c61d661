import WorkbookBasics

/// The global norm of a list of gradients: the Euclidean norm of all their entries taken as one
/// long vector, √(Σ over every matrix of Σ g²), as `torch.nn.utils.clip_grad_norm_` measures it.
/// - Parameter gradients: e.g. `Sequential.parameterGradients`.
public func globalNorm(_ gradients: [Matrix]) -> Double {
  let norms = gradients.map { $0.norm() }
  return Matrix(row: norms).norm()
}

/// Clips every gradient entry into [−limit, limit] on its own.
///
/// ```
/// g ← min(max(g, −limit), limit)      entry by entry
/// ```
/// Cheap, but it changes the gradient's direction whenever some entries are clipped and others
/// are not.
/// - Parameters:
///   - gradients: the gradients to clip.
///   - limit: the largest size an entry may keep, positive.
public func clipByValue(_ gradients: [Matrix], limit: Double) -> [Matrix] {
  require(limit > 0, "clipByValue: the limit must be positive, got \(formatNumber(limit))")
  requireFiniteGradients(gradients, "clipByValue")
  return gradients.map { gradient in gradient.map { Swift.min(Swift.max($0, -limit), limit) } }
}

/// Scales all the gradients together so that their global norm is at most `maxNorm`.
///
/// ```
/// n = globalNorm(gradients)
/// g ← g · maxNorm / n      for every gradient, when n > maxNorm (otherwise unchanged)
/// ```
/// The direction of the whole update is kept; only its length is capped.
/// - Parameters:
///   - gradients: the gradients to clip.
///   - maxNorm: the largest global norm allowed, positive.
/// - Returns: the clipped gradients and the global norm before clipping (worth logging).
public func clipByGlobalNorm(_ gradients: [Matrix], maxNorm: Double) -> (gradients: [Matrix], normBefore: Double) {
  require(maxNorm > 0, "clipByGlobalNorm: the largest norm must be positive, got \(formatNumber(maxNorm))")
  requireFiniteGradients(gradients, "clipByGlobalNorm")
  let norm = globalNorm(gradients)
  guard norm > maxNorm else { return (gradients, norm) }
  guard norm.isFinite else {
    // The entries are finite but their norm overflows (entries near 1e308): divide by the
    // largest entry first, then scale the now-moderate gradients to maxNorm.
    let largest = gradients.map { $0.values.reduce(0) { Swift.max($0, abs($1)) } }.max() ?? 1
    let shrunk = gradients.map { $0 / largest }
    let scale = maxNorm / globalNorm(shrunk)
    return (shrunk.map { scale * $0 }, norm)
  }
  let scale = maxNorm / norm
  return (gradients.map { scale * $0 }, norm)
}

/// How a training loop limits its gradients before each update.
public enum GradientClipping: Sendable, Equatable {
  /// No clipping.
  case none
  /// `clipByValue(_:limit:)`.
  case byValue(limit: Double)
  /// `clipByGlobalNorm(_:maxNorm:)`.
  case byGlobalNorm(maxNorm: Double)

  /// The gradients after this rule.
  /// - Parameter gradients: the raw gradients.
  public func apply(to gradients: [Matrix]) -> [Matrix] {
    switch self {
    case .none: return gradients
    case .byValue(let limit): return clipByValue(gradients, limit: limit)
    case .byGlobalNorm(let maxNorm): return clipByGlobalNorm(gradients, maxNorm: maxNorm).gradients
    }
  }
}

/// Stops with a message naming `operation` and the first gradient holding a NaN or ±∞:
/// clipping cannot repair one (an ∞ scaled to fit would become NaN and zero out the rest).
func requireFiniteGradients(_ gradients: [Matrix], _ operation: String) {
  for (index, gradient) in gradients.enumerated() {
    requireFinite(
      gradient, operation, "gradient \(index)",
      cause: "the step has already diverged; lower the learning rate (a trainer reports this with epoch and step)")
  }
}
