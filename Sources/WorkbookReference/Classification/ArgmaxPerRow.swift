import WorkbookBasics

/// The column of the largest entry in each row: the predicted class from logits or from
/// probabilities (the softmax keeps the order, so both give the same answer).
///
/// ```
/// ŷᵢ = argmaxₖ zᵢₖ = argmaxₖ p̂ᵢₖ
/// ```
/// A tie goes to the first of the tied columns, as numpy's `argmax` does.
/// - Parameter scores: m × K.
/// - Returns: m column numbers, each in 0..<K.
/// - Precondition: K ≥ 1 and no NaN.
public func argmaxPerRow(_ scores: Matrix) -> [Int] {
  require(scores.columns >= 1, "argmaxPerRow: the \(scores.shapeDescription) matrix has no columns")
  require(
    !scores.values.contains(where: \.isNaN), "argmaxPerRow: the scores contain NaN; there is no largest entry")
  return (0..<scores.rows).map { row in
    var best = 0
    for column in 1..<scores.columns where scores[row, column] > scores[row, best] { best = column }
    return best
  }
}
