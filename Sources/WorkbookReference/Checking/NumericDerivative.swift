import WorkbookBasics

/// The derivative of a function of one number, by centred differences:
/// `(f(x + h) − f(x − h)) / 2h`.
/// - Parameters:
///   - function: the function.
///   - point: where to take the derivative.
///   - step: h.
public func numericDerivative(
  of function: (Double) throws -> Double, at point: Double, step: Double = defaultDifferenceStep
) rethrows -> Double {
  requireUsableStep(step, "numericDerivative")
  requireResolvableStep(step, at: point, "numericDerivative", "the point")
  return (try function(point + step) - function(point - step)) / (2 * step)
}
