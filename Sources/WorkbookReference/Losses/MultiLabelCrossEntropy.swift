import Foundation
import WorkbookBasics

/// The loss of multi-label classification: one binary cross-entropy per class (each class is
/// its own yes/no question, with its own sigmoid), summed over the classes and averaged over
/// the batch.
///
/// ```
/// Lᵢ = Σₖ [ max(zᵢₖ, 0) − zᵢₖ·yᵢₖ + ln(1 + e^(−|zᵢₖ|)) ]
///    = −Σₖ [ yᵢₖ·ln σ(zᵢₖ) + (1 − yᵢₖ)·ln(1 − σ(zᵢₖ)) ]
/// J  = (1/m) · Σᵢ Lᵢ
/// ```
/// Summing over the classes follows note 002. Some libraries average over the classes instead
/// (Keras's `binary_crossentropy`, PyTorch's `BCEWithLogitsLoss`); that is this J divided by K.
/// - Parameters:
///   - logits: Z, m × K.
///   - labels: Y, m × K multi-hot: any number of 1s per row.
/// - Returns: J.
/// - Precondition: equal shapes; labels in 0…1.
public func multiLabelCrossEntropy(logits: Matrix, labels: Matrix) -> Double {
  requireLossArguments(logits, labels, "multiLabelCrossEntropy", outputName: "logits")
  requireLabels(labels, "multiLabelCrossEntropy")
  var total = 0.0
  for (z, y) in zip(logits.values, labels.values) { total += binaryCrossEntropyTerm(logit: z, label: y) }
  return total / Double(labels.rows)
}

/// The gradient of `multiLabelCrossEntropy(logits:labels:)` with respect to the logits.
///
/// ```
/// dJ/dZ = (σ(Z) − Y) / m        (per example and class: dz = a − y)
/// ```
/// - Parameters:
///   - logits: Z, m × K.
///   - labels: Y, m × K multi-hot.
/// - Returns: dJ/dZ, m × K.
public func multiLabelCrossEntropyGradient(logits: Matrix, labels: Matrix) -> Matrix {
  requireLossArguments(logits, labels, "multiLabelCrossEntropyGradient", outputName: "logits")
  requireLabels(labels, "multiLabelCrossEntropyGradient")
  return (sigmoid(logits) - labels) / Double(labels.rows)
}
