import Foundation

/// The Gaussian error linear unit: the input scaled by the probability that a standard normal
/// variable falls below it. Used in BERT, GPT and most transformers.
///
/// ```
/// GELU(z) = z · Φ(z) = z · ½ · erfc(−z/√2)
/// ```
/// - Parameter z: any number.
/// - Returns: GELU(z); close to z for large z, close to 0 for very negative z (exactly 0 at
///   −∞, where the formula alone would give −∞ · 0 = NaN).
public func gelu(_ z: Double) -> Double {
  z == -.infinity ? 0 : z * 0.5 * erfc(-z / 2.0.squareRoot())
}

/// The tanh approximation of GELU, cheaper to compute than Φ.
///
/// ```
/// GELU(z) ≈ ½ · z · (1 + tanh(√(2/π) · (z + 0.044715·z³)))
/// ```
/// - Parameter z: any number.
/// - Returns: the approximation (z itself at +∞, 0 at −∞).
public func geluTanhApproximation(_ z: Double) -> Double {
  guard z.isFinite || z.isNaN else { return z > 0 ? z : 0 }
  return 0.5 * z * (1 + tanh((2 / Double.pi).squareRoot() * (z + 0.044715 * z * z * z)))
}
