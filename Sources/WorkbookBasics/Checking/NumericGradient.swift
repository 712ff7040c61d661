/// The step h of the workbook's centred differences unless a caller gives another: close to the
/// best for functions and points of order 1 (Lesson 0 measures why).
public let defaultDifferenceStep = 1e-5

/// The gradient of a scalar function of a matrix, estimated by centred differences.
///
/// ```
/// ∂f/∂xᵢⱼ ≈ (f(x + h·eᵢⱼ) − f(x − h·eᵢⱼ)) / 2h
/// ```
/// The error shrinks like h², so with h = 1e-5 it matches a correct analytic gradient to about
/// 1e-8 or better (keep inputs away from kinks such as ReLU's 0).
/// - Parameters:
///   - function: the scalar function, e.g. a loss as a function of the weights.
///   - point: where to take the gradient.
///   - step: h.
/// - Returns: a matrix of `point`'s shape holding ∂f/∂x.
public func numericGradient(
  of function: (Matrix) throws -> Double, at point: Matrix, step: Double = defaultDifferenceStep
) rethrows -> Matrix {
  requireUsableStep(step, "numericGradient")
  var gradient = Matrix.zeros(rows: point.rows, columns: point.columns)
  var probe = point
  for index in 0..<point.count {
    let original = point.values[index]
    requireResolvableStep(step, at: original, "numericGradient", "entry \(index)")
    probe.values[index] = original + step
    let above = try function(probe)
    probe.values[index] = original - step
    let below = try function(probe)
    probe.values[index] = original
    gradient.values[index] = (above - below) / (2 * step)
  }
  return gradient
}

/// Stops with a message naming `operation` unless `step` is a positive finite number: a step of
/// 0 divides 0 by 0, and a negative one flips the sign of every slope.
package func requireUsableStep(_ step: Double, _ operation: String) {
  require(
    step > 0 && step.isFinite,
    "\(operation): the step h must be a positive finite number (1e-5 is usual), got \(formatNumber(step))")
}

/// Stops with a message when x + h or x − h rounds back to x: the difference would be 0 and the
/// slope silently 0 (h = 1e-17 at x = 1, or h = 1e-5 at x = 1e12).
package func requireResolvableStep(_ step: Double, at point: Double, _ operation: String, _ place: String) {
  require(
    point + step != point && point - step != point,
    "\(operation): the step h = \(formatNumber(step)) is too small to move \(place), \(formatNumber(point)) "
      + "(x + h rounds back to x); use a larger step")
}
