import Foundation

/// The derivative of the hyperbolic tangent, written with tanh itself.
///
/// ```
/// tanh'(z) = 1 − tanh(z)²
/// ```
/// - Parameter z: any number.
/// - Returns: a value in (0, 1]; largest at z = 0.
public func tanhDerivative(_ z: Double) -> Double {
  let t = tanh(z)
  return 1 - t * t
}
