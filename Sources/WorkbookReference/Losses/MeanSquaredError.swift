import WorkbookBasics

/// The mean squared error of a batch of predictions, the loss of linear regression.
///
/// ```
/// L = (1/m) · Σᵢ (yᵢ − pᵢ)²
/// ```
/// - Parameters:
///   - predicted: P, m × k.
///   - expected: Y, the targets, the same shape.
/// - Returns: the mean over all m·k entries.
/// - Precondition: the shapes are equal.
public func meanSquaredError(predicted: Matrix, expected: Matrix) -> Double {
  requireSameShape(predicted, expected, "meanSquaredError")
  let residuals = expected - predicted
  return (residuals * residuals).mean()
}

/// The gradient of the mean squared error with respect to the predictions.
///
/// ```
/// dL/dP = −(2/m) · (Y − P)
/// ```
/// (The notes' `−2(Y − P)` is the gradient of the *sum* of squares; the mean divides by m.)
/// - Parameters:
///   - predicted: P, m × k.
///   - expected: Y, the same shape.
/// - Returns: dL/dP, m × k.
public func meanSquaredErrorGradient(predicted: Matrix, expected: Matrix) -> Matrix {
  requireSameShape(predicted, expected, "meanSquaredErrorGradient")
  return -2 / Double(predicted.count) * (expected - predicted)
}

/// The root mean squared error, on the same scale as the targets.
///
/// ```
/// RMSE = √( (1/m) · Σᵢ (yᵢ − pᵢ)² )
/// ```
/// - Parameters:
///   - predicted: P, m × k.
///   - expected: Y, the same shape.
public func rootMeanSquaredError(predicted: Matrix, expected: Matrix) -> Double {
  meanSquaredError(predicted: predicted, expected: expected).squareRoot()
}

/// Stops with a message naming `operation` when the predictions and targets differ in shape
/// (a 3×1 against a 1×3 is the classic mistake).
func requireSameShape(_ predicted: Matrix, _ expected: Matrix, _ operation: String) {
  require(
    predicted.rows == expected.rows && predicted.columns == expected.columns,
    "\(operation): predicted is \(predicted.shapeDescription) but expected is \(expected.shapeDescription) — they must match"
  )
}
