import Foundation
import WorkbookBasics

/// The functions of one Value, each recording its local derivative.
///
/// ```
/// xᵏ:       k·xᵏ⁻¹
/// eˣ:       eˣ
/// log x:    1/x
/// tanh x:   1 − tanh²x
/// σ(x):     σ(x)·(1 − σ(x))
/// relu x:   1 for x > 0, else 0
/// ```
extension Value {
  /// The power xᵏ for a constant k.
  /// - Parameter exponent: k.
  /// - Precondition: a negative x only with a whole k; x = 0 only with k ≥ 1.
  public func power(_ exponent: Double) -> Value {
    require(exponent.isFinite, "Value.power: the exponent must be a finite number, got \(formatNumber(exponent))")
    require(
      data >= 0 || exponent == exponent.rounded(),
      "Value.power: a negative number, \(formatNumber(data)), has no real power \(formatNumber(exponent))")
    return Value(
      computed: pow(data, exponent),
      operation: "^\(formatNumber(exponent, decimals: exponent == exponent.rounded() ? 0 : 2))",
      inputs: [self], localDerivatives: [exponent == 0 ? 0 : exponent * pow(data, exponent - 1)])
  }

  /// eˣ.
  public func exp() -> Value {
    let result = Foundation.exp(data)
    return Value(computed: result, operation: "exp", inputs: [self], localDerivatives: [result])
  }

  /// The natural logarithm.
  /// - Precondition: x > 0.
  public func log() -> Value {
    require(data > 0, "Value.log: the logarithm needs a number above 0, got \(formatNumber(data))")
    return Value(computed: Foundation.log(data), operation: "log", inputs: [self], localDerivatives: [1 / data])
  }

  /// tanh x.
  public func tanh() -> Value {
    let result = Foundation.tanh(data)
    return Value(computed: result, operation: "tanh", inputs: [self], localDerivatives: [1 - result * result])
  }

  /// σ(x) = 1/(1 + e⁻ˣ), computed without overflow for large |x|. The derivative
  /// σ(1 − σ) = e^−|x|/(1 + e^−|x|)² is computed in that form, so that it stays above 0 where σ
  /// itself rounds to 1 (x above about 37).
  public func sigmoid() -> Value {
    let decay = Foundation.exp(-abs(data))
    let result = data >= 0 ? 1 / (1 + decay) : decay / (1 + decay)
    return Value(
      computed: result, operation: "σ", inputs: [self], localDerivatives: [decay / ((1 + decay) * (1 + decay))])
  }

  /// max(x, 0), with derivative 0 at x = 0 (as PyTorch takes it).
  public func relu() -> Value {
    Value(computed: max(data, 0), operation: "relu", inputs: [self], localDerivatives: [data > 0 ? 1 : 0])
  }
}
