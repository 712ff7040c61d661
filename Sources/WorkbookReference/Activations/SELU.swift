import Foundation

/// The constants of SELU (Klambauer et al., 2017), chosen so that activations keep mean 0 and
/// variance 1 through many layers when the weights have LeCun's initialisation.
public enum SELUConstants {
  /// λ ≈ 1.0507, the overall scale.
  public static let scale = 1.0507009873554805
  /// α ≈ 1.6733, the depth of the negative part.
  public static let alpha = 1.6732632423543772
}

/// The scaled exponential linear unit.
///
/// ```
/// SELU(z) = λ·z             for z > 0
///         = λ·α·(e^z − 1)    for z ≤ 0      (λ ≈ 1.0507, α ≈ 1.6733)
/// ```
/// - Parameter z: any number.
/// - Returns: SELU(z), never below −λα ≈ −1.7581.
public func selu(_ z: Double) -> Double {
  z > 0 ? SELUConstants.scale * z : SELUConstants.scale * SELUConstants.alpha * expm1(z)
}

/// The derivative of SELU.
///
/// ```
/// SELU'(z) = λ           for z > 0
///          = λ·α·e^z     for z ≤ 0      (the left-hand slope at the kink, λα ≈ 1.7581)
/// ```
/// - Parameter z: any number.
public func seluDerivative(_ z: Double) -> Double {
  z > 0 ? SELUConstants.scale : SELUConstants.scale * SELUConstants.alpha * exp(z)
}
