import WorkbookBasics

/// The fraction of predicted labels that equal the true labels.
///
/// ```
/// accuracy = (1/m) · #{ i : ŷᵢ = yᵢ }
/// ```
/// - Parameters:
///   - predicted: ŷ, m × k labels (e.g. 0 or 1).
///   - expected: y, the same shape.
/// - Returns: a number from 0 to 1.
/// - Precondition: equal shapes, at least one entry.
public func accuracy(predicted: Matrix, expected: Matrix) -> Double {
  requireSameShape(predicted, expected, "accuracy")
  require(expected.count > 0, "accuracy: there are no labels to compare")
  for (matrix, name) in [(predicted, "predicted"), (expected, "expected")] {
    guard let index = matrix.values.firstIndex(where: { $0 != $0.rounded() || !$0.isFinite }) else { continue }
    fatalError(
      "accuracy: \(name) [\(index / matrix.columns), \(index % matrix.columns)] is "
        + "\(formatNumber(matrix.values[index])), not a class label; turn probabilities into labels first "
        + "(e.g. p ≥ 0.5 → 1)")
  }
  let correct = zip(predicted.values, expected.values).filter { $0 == $1 }.count
  return Double(correct) / Double(expected.count)
}

/// The fraction of predicted class numbers that equal the true ones.
///
/// ```
/// accuracy = (1/m) · #{ i : ŷᵢ = yᵢ }
/// ```
/// - Parameters:
///   - predicted: ŷ, m class numbers (e.g. from `argmaxPerRow`).
///   - expected: y, m class numbers.
/// - Returns: a number from 0 to 1.
/// - Precondition: equal lengths, at least one.
public func accuracy(predicted: [Int], expected: [Int]) -> Double {
  require(
    predicted.count == expected.count,
    "accuracy: \(predicted.count) predictions but \(expected.count) true classes")
  require(!expected.isEmpty, "accuracy: there are no labels to compare")
  return Double(zip(predicted, expected).filter { $0 == $1 }.count) / Double(expected.count)
}
