import WorkbookBasics

/// Multi-label predictions from probabilities: class k is predicted for an example when its
/// own probability reaches the threshold, independently of the other classes.
///
/// ```
/// ŷᵢₖ = 1 if p̂ᵢₖ ≥ threshold, else 0
/// ```
/// - Parameters:
///   - probabilities: P̂, m × K, one sigmoid output per class.
///   - threshold: usually 0.5.
/// - Returns: m × K of 0s and 1s; a row may have any number of 1s.
public func multiLabelPredictions(probabilities: Matrix, threshold: Double = 0.5) -> Matrix {
  require(
    threshold > 0 && threshold < 1,
    "multiLabelPredictions: the threshold must lie strictly between 0 and 1, got \(formatNumber(threshold))")
  requireEntries(of: probabilities, in: 0...1, "multiLabelPredictions", "probabilities")
  return probabilities.map { $0 >= threshold ? 1 : 0 }
}

/// Multi-label predictions straight from the logits, at the probability threshold 0.5:
/// σ(z) ≥ 0.5 exactly when z ≥ 0, so no sigmoid is needed.
///
/// ```
/// ŷᵢₖ = 1 if zᵢₖ ≥ 0, else 0
/// ```
/// - Parameter logits: Z, m × K.
/// - Returns: m × K of 0s and 1s.
public func multiLabelPredictions(logits: Matrix) -> Matrix {
  requireFinite(logits, "multiLabelPredictions(logits:)", "logits", cause: nonFiniteOutputCause)
  return logits.map { $0 >= 0 ? 1 : 0 }
}
