import Foundation
import WorkbookBasics

/// How close to 0 or 1 a probability may get inside `binaryCrossEntropy(probabilities:labels:)`:
/// probabilities are clamped to [ε, 1 − ε], so one loss term is at most −ln ε ≈ 27.63.
public let probabilityClamp = 1e-12

/// The binary cross-entropy (logistic loss) of predicted probabilities, averaged over the batch.
///
/// ```
/// J = −(1/m) · Σᵢ [ yᵢ·ln p̂ᵢ + (1 − yᵢ)·ln(1 − p̂ᵢ) ]
/// ```
/// A probability of exactly 0 or 1 would give ln 0 = −∞, so p̂ is first clamped to
/// [ε, 1 − ε] with ε = `probabilityClamp`. When you have the logits, prefer
/// `binaryCrossEntropy(logits:labels:)`, which needs no clamp.
/// - Parameters:
///   - probabilities: p̂, m × k, each in [0, 1].
///   - labels: y, the same shape, each in [0, 1] (usually exactly 0 or 1).
/// - Returns: the mean of the m·k loss terms.
/// - Precondition: equal shapes; probabilities and labels in [0, 1].
public func binaryCrossEntropy(probabilities: Matrix, labels: Matrix) -> Double {
  requireSameShape(probabilities, labels, "binaryCrossEntropy")
  requireNonEmptyBatch(probabilities, "binaryCrossEntropy", "probabilities")
  requireLabels(labels, "binaryCrossEntropy")
  requireEntries(of: probabilities, in: 0...1, "binaryCrossEntropy", "probabilities")
  var total = 0.0
  for (p, y) in zip(probabilities.values, labels.values) {
    let clamped = Swift.min(Swift.max(p, probabilityClamp), 1 - probabilityClamp)
    total -= y * log(clamped) + (1 - y) * log(1 - clamped)
  }
  return total / Double(labels.count)
}

/// The binary cross-entropy computed from the logits z (before the sigmoid), stable for any z.
///
/// ```
/// loss(z, y) = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))]
///            = max(z, 0) − z·y + ln(1 + e^(−|z|))
/// J = (1/m) · Σᵢ loss(zᵢ, yᵢ)
/// ```
/// The second line is the same number, rearranged so that e^(…) never exceeds 1: no overflow,
/// and no ln 0 when σ(z) rounds to exactly 1 (which happens from z ≈ 37 on).
/// - Parameters:
///   - logits: Z, m × k, any finite numbers.
///   - labels: y, the same shape, each in [0, 1].
/// - Returns: the mean of the m·k loss terms.
/// - Precondition: equal shapes; labels in [0, 1].
public func binaryCrossEntropy(logits: Matrix, labels: Matrix) -> Double {
  requireLossArguments(logits, labels, "binaryCrossEntropy(logits:)", outputName: "logits")
  requireLabels(labels, "binaryCrossEntropy(logits:)")
  var total = 0.0
  for (z, y) in zip(logits.values, labels.values) { total += binaryCrossEntropyTerm(logit: z, label: y) }
  return total / Double(labels.count)
}

/// The binary cross-entropy of one example, from its logit, stable for any z.
///
/// ```
/// loss(z, y) = max(z, 0) − z·y + ln(1 + e^(−|z|))   ( = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))] )
/// ```
/// - Parameters:
///   - logit: z, any number but NaN; at ±∞ the loss is its limit (0 when the label agrees,
///     ∞ when it does not).
///   - label: y, in [0, 1].
/// - Returns: the loss, ≥ 0 for labels 0 and 1.
public func binaryCrossEntropy(logit z: Double, label y: Double) -> Double {
  require(!z.isNaN, "binaryCrossEntropy(logit:label:): the logit is NaN; \(nonFiniteOutputCause)")
  require(y >= 0 && y <= 1, "binaryCrossEntropy(logit:label:): the label must lie in 0…1, got \(formatNumber(y))")
  guard z.isFinite else {
    let disagreement = z > 0 ? 1 - y : y  // how much of the label the infinite logit denies
    return disagreement == 0 ? 0 : .infinity
  }
  return binaryCrossEntropyTerm(logit: z, label: y)
}

/// One loss term for a finite logit and a checked label, in the stable form.
func binaryCrossEntropyTerm(logit z: Double, label y: Double) -> Double {
  Swift.max(z, 0) - z * y + log1p(exp(-abs(z)))
}

/// The gradient of `binaryCrossEntropy(logits:labels:)` with respect to the logits.
///
/// ```
/// dJ/dZ = (σ(Z) − Y) / m        (per example: dz = a − y)
/// ```
/// - Parameters:
///   - logits: Z, m × k.
///   - labels: Y, the same shape.
/// - Returns: dJ/dZ, the same shape.
public func binaryCrossEntropyGradient(logits: Matrix, labels: Matrix) -> Matrix {
  requireLossArguments(logits, labels, "binaryCrossEntropyGradient", outputName: "logits")
  requireLabels(labels, "binaryCrossEntropyGradient")
  return (sigmoid(logits) - labels) / Double(labels.count)
}
