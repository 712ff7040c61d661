import Foundation
import WorkbookBasics

/// The cross-entropy of predicted class probabilities against one-hot labels, averaged over
/// the batch: the loss of softmax regression when the probabilities are already known.
///
/// ```
/// J = −(1/m) · Σᵢ Σₖ yᵢₖ · ln p̂ᵢₖ        (one-hot y: −(1/m) · Σᵢ ln p̂ᵢ,true class)
/// ```
/// A probability of exactly 0 would give ln 0 = −∞, so each p̂ is first raised to at least
/// `probabilityClamp`. When you have the logits, use `softmaxCrossEntropy(logits:labels:)`,
/// which needs no clamp.
/// - Parameters:
///   - probabilities: P̂, m × K, each row a probability distribution.
///   - labels: Y, m × K, each row one-hot (or any distribution over the K classes).
/// - Returns: J, the mean over the m examples.
/// - Precondition: equal shapes; every label row a distribution (entries in 0…1 summing to 1).
public func crossEntropy(probabilities: Matrix, labels: Matrix) -> Double {
  requireSameShape(probabilities, labels, "crossEntropy")
  requireNonEmptyBatch(probabilities, "crossEntropy", "probabilities")
  requireDistributions(labels, "crossEntropy")
  requireEntries(of: probabilities, in: 0...1, "crossEntropy", "probabilities")
  let sums = probabilities.sum(axis: 1)
  if let row = sums.values.firstIndex(where: { abs($0 - 1) > 1e-6 }) {
    fatalError(
      "crossEntropy: probability row \(row) adds up to \(formatNumber(sums.values[row])), not 1; pass "
        + "softmax probabilities (or give the logits to softmaxCrossEntropy)")
  }
  var total = 0.0
  for (p, y) in zip(probabilities.values, labels.values) where y != 0 {
    total -= y * log(Swift.max(p, probabilityClamp))
  }
  return total / Double(labels.rows)
}

/// The cross-entropy of the softmax of the logits against one-hot labels, averaged over the
/// batch, computed stably from the logits.
///
/// ```
/// Lᵢ = −Σₖ yᵢₖ · ln softmax(zᵢ)ₖ = −Σₖ yᵢₖ · (zᵢₖ − LSE(zᵢ))
///    = LSE(zᵢ) − zᵢ,c              for a one-hot row whose class is c
/// J  = (1/m) · Σᵢ Lᵢ
/// ```
/// No probability is formed, so a confidently wrong row costs its exact logit gap (logits
/// (0, 800) with true class 0 cost 800) instead of −ln 0 = ∞.
/// - Parameters:
///   - logits: Z, m × K.
///   - labels: Y, m × K, each row one-hot (or any distribution over the K classes).
/// - Returns: J, the mean over the m examples.
/// - Precondition: equal shapes; finite logits; every label row a distribution.
public func softmaxCrossEntropy(logits: Matrix, labels: Matrix) -> Double {
  requireLossArguments(logits, labels, "softmaxCrossEntropy", outputName: "logits")
  requireDistributions(labels, "softmaxCrossEntropy")
  let logProbabilities = logSoftmax(logits)
  var total = 0.0
  for (logP, y) in zip(logProbabilities.values, labels.values) where y != 0 { total -= y * logP }
  return total / Double(labels.rows)
}

/// `softmaxCrossEntropy(logits:labels:)` and `softmaxCrossEntropyGradient(logits:labels:)`
/// at once, with the same bits as the two calls: each row's exponentials exp(zₖ − max z) serve
/// both LSE(z) and softmax(z), so they are computed once (a training step needs both).
/// - Parameters:
///   - logits: Z, m × K.
///   - labels: one-hot Y, m × K.
/// - Returns: J and dJ/dZ.
/// - Precondition: as for the two functions: equal shapes, finite logits, one-hot rows.
public func softmaxCrossEntropyWithGradient(logits: Matrix, labels: Matrix) -> (loss: Double, gradient: Matrix) {
  requireLossArguments(logits, labels, "softmaxCrossEntropy", outputName: "logits")
  requireDistributions(labels, "softmaxCrossEntropy")
  let (rows, width) = (logits.rows, logits.columns)
  var total = 0.0
  let gradient = [Double](unsafeUninitializedCapacity: logits.count) { output, initialized in
    logits.values.withUnsafeBufferPointer { z in
      labels.values.withUnsafeBufferPointer { y in
        for row in 0..<rows {
          let start = row * width
          let (largest, sum) = shiftedExponentials(z, start: start, width: width, into: output)
          let logSumExp = largest + log(sum)
          for k in start..<(start + width) {
            if y[k] != 0 { total -= y[k] * (z[k] - logSumExp) }
            output[k] = (output[k] / sum - y[k]) / Double(rows)
          }
        }
      }
    }
    initialized = logits.count
  }
  return (total / Double(rows), Matrix(rows: rows, columns: width, values: gradient))
}

/// The softmax cross-entropy with the labels given as class numbers 0..<K.
///
/// ```
/// J = (1/m) · Σᵢ [ LSE(zᵢ) − zᵢ,classᵢ ]
/// ```
/// - Parameters:
///   - logits: Z, m × K.
///   - classes: m class numbers, each in 0..<K.
/// - Returns: J, the mean over the m examples.
/// - Precondition: one class per row, each in range; finite logits.
public func softmaxCrossEntropy(logits: Matrix, classes: [Int]) -> Double {
  require(
    logits.columns >= 1, "softmaxCrossEntropy(logits:classes:): the logits \(logits.shapeDescription) have no classes")
  if let (row, label) = classes.enumerated().first(where: { !(0..<logits.columns).contains($0.element) }) {
    fatalError(
      "softmaxCrossEntropy(logits:classes:): class \(label) (row \(row)) is outside 0..<\(logits.columns); "
        + "classes are numbered from 0")
  }
  require(
    classes.count == logits.rows,
    "softmaxCrossEntropy(logits:classes:): needs one class number per row of the \(logits.shapeDescription) "
      + "logits, got \(classes.count)")
  return softmaxCrossEntropy(logits: logits, labels: oneHot(classes, classCount: logits.columns))
}

/// The gradient of `softmaxCrossEntropy(logits:labels:)` with respect to the logits: the
/// multi-class twin of logistic regression's dz = a − y.
///
/// ```
/// dJ/dZ = (softmax(Z) − Y) / m        (per example: dz = p̂ − y)
/// ```
/// - Parameters:
///   - logits: Z, m × K.
///   - labels: Y, m × K, each row a distribution.
/// - Returns: dJ/dZ, m × K; each row sums to 0.
public func softmaxCrossEntropyGradient(logits: Matrix, labels: Matrix) -> Matrix {
  requireLossArguments(logits, labels, "softmaxCrossEntropyGradient", outputName: "logits")
  requireDistributions(labels, "softmaxCrossEntropyGradient")
  return (softmax(logits) - labels) / Double(labels.rows)
}
