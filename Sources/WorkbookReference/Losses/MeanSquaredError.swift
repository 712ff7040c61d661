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
/// - Precondition: the shapes are equal, the batch is not empty, every entry is finite.
public func meanSquaredError(predicted: Matrix, expected: Matrix) -> Double {
  checkedMeanSquaredError(predicted, expected, "meanSquaredError")
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
  requireRegressionArguments(predicted, expected, "meanSquaredErrorGradient")
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
  checkedMeanSquaredError(predicted, expected, "rootMeanSquaredError").squareRoot()
}

/// The mean squared error after the checks, with `operation` naming the caller in messages.
private func checkedMeanSquaredError(_ predicted: Matrix, _ expected: Matrix, _ operation: String) -> Double {
  requireRegressionArguments(predicted, expected, operation)
  let residuals = expected - predicted
  return (residuals * residuals).mean()
}

/// The loss checks plus finite targets: a NaN target is a gap in the data.
private func requireRegressionArguments(_ predicted: Matrix, _ expected: Matrix, _ operation: String) {
  requireLossArguments(predicted, expected, operation, outputName: "predicted")
  requireFinite(expected, operation, "expected", cause: "a target is missing or broken in the data")
}
