import Foundation
import WorkbookBasics

/// What usually puts a NaN or ∞ into a model's output, said in every loss's message.
let nonFiniteOutputCause =
  "a NaN or ∞ output comes from NaN in the inputs or from a model that has diverged "
  + "(then a smaller learning rate helps)"

/// The checks every loss (and its gradient) makes before computing anything, so that a bad
/// batch stops with a message naming the loss instead of returning 0/0 or NaN:
/// the shapes match, the batch is not empty, and the model's output is finite.
/// - Parameters:
///   - output: the predictions, probabilities or logits.
///   - targets: the targets or labels.
///   - operation: the loss as the learner called it, e.g. `binaryCrossEntropy(logits:)`.
///   - outputName: how that function calls `output` ("predicted", "logits", …).
func requireLossArguments(_ output: Matrix, _ targets: Matrix, _ operation: String, outputName: String) {
  requireSameShape(output, targets, operation)
  requireNonEmptyBatch(output, operation, outputName)
  requireFinite(output, operation, outputName, cause: nonFiniteOutputCause)
}

/// Stops with a message naming `operation` when the predictions and targets differ in shape
/// (a 3×1 against a 1×3 is the classic mistake).
func requireSameShape(_ predicted: Matrix, _ expected: Matrix, _ operation: String) {
  require(
    predicted.rows == expected.rows && predicted.columns == expected.columns,
    "\(operation): predicted is \(predicted.shapeDescription) but expected is \(expected.shapeDescription) — they must match"
  )
}

/// Stops with a message when a label lies outside [0, 1] (e.g. a class number 2, or −1/+1
/// labels) or is NaN.
func requireLabels(_ labels: Matrix, _ operation: String) {
  requireEntries(of: labels, in: 0...1, operation, "labels")
}

/// Stops with a message naming the first entry of `matrix` outside `range` (or NaN).
func requireEntries(of matrix: Matrix, in range: ClosedRange<Double>, _ operation: String, _ what: String) {
  guard let index = matrix.values.firstIndex(where: { !range.contains($0) }) else { return }
  let bound = { (value: Double) in formatNumber(value, decimals: value == value.rounded() ? 0 : 4) }
  fatalError(
    "\(operation): \(what) must lie in \(bound(range.lowerBound))…\(bound(range.upperBound)), "
      + "but entry [\(index / matrix.columns), \(index % matrix.columns)] is \(formatNumber(matrix.values[index]))")
}

/// Stops with a message unless every row of `labels` is a probability distribution: entries
/// in 0…1 that add up to 1 (one-hot rows are). A row adding up to 2 is a multi-label target.
func requireDistributions(_ labels: Matrix, _ operation: String) {
  requireLabels(labels, operation)
  let sums = labels.sum(axis: 1)
  guard let row = sums.values.firstIndex(where: { abs($0 - 1) > 1e-9 }) else { return }
  fatalError(
    "\(operation): label row \(row) adds up to \(formatNumber(sums.values[row])), not 1; each row must be "
      + "one-hot (exactly one class). Several 1s is a multi-label target: use multiLabelCrossEntropy")
}
