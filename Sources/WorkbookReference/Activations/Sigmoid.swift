import Foundation
import WorkbookBasics

/// The logistic sigmoid, which squashes any real number into (0, 1).
///
/// ```
/// σ(z) = 1 / (1 + e^(−z))  =  e^z / (1 + e^z)
/// ```
/// Computed so that it never overflows: for z ≥ 0 the first form (e^(−z) ≤ 1), for z < 0 the
/// second (e^z < 1). The second form alone gives ∞/∞ = NaN at z = 800.
/// - Parameter z: any finite or infinite number.
/// - Returns: σ(z), in [0, 1] (exactly 0 or 1 once e^(−|z|) underflows).
public func sigmoid(_ z: Double) -> Double {
  if z >= 0 { return 1 / (1 + exp(-z)) }
  let ez = exp(z)
  return ez / (1 + ez)
}

/// The sigmoid of every entry.
/// - Parameter z: Z, any shape.
/// - Returns: σ(Z), the same shape.
public func sigmoid(_ z: Matrix) -> Matrix {
  z.map(sigmoid)
}

/// The derivative of the sigmoid, written with the sigmoid itself.
///
/// ```
/// σ'(z) = σ(z) · (1 − σ(z))
/// ```
/// - Parameter z: any number.
/// - Returns: σ'(z), in (0, 0.25]; largest at z = 0.
public func sigmoidDerivative(_ z: Double) -> Double {
  let s = sigmoid(z)
  return s * (1 - s)
}
