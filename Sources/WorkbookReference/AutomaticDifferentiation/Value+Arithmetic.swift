import WorkbookBasics

/// The four operations on Values, each recording its local derivatives. A plain Double on
/// either side becomes a constant leaf.
///
/// ```
/// a + b:  ∂/∂a = 1,    ∂/∂b = 1
/// a − b:  ∂/∂a = 1,    ∂/∂b = −1
/// a × b:  ∂/∂a = b,    ∂/∂b = a
/// a ÷ b:  ∂/∂a = 1/b,  ∂/∂b = −a/b²
/// ```
extension Value {
  /// The sum.
  public static func + (lhs: Value, rhs: Value) -> Value {
    Value(computed: lhs.data + rhs.data, operation: "+", inputs: [lhs, rhs], localDerivatives: [1, 1])
  }
  /// The sum with a constant.
  public static func + (lhs: Value, rhs: Double) -> Value { lhs + Value(rhs) }
  /// The sum with a constant.
  public static func + (lhs: Double, rhs: Value) -> Value { Value(lhs) + rhs }

  /// The difference.
  public static func - (lhs: Value, rhs: Value) -> Value {
    Value(computed: lhs.data - rhs.data, operation: "−", inputs: [lhs, rhs], localDerivatives: [1, -1])
  }
  /// The difference with a constant.
  public static func - (lhs: Value, rhs: Double) -> Value { lhs - Value(rhs) }
  /// The difference with a constant.
  public static func - (lhs: Double, rhs: Value) -> Value { Value(lhs) - rhs }

  /// The product.
  public static func * (lhs: Value, rhs: Value) -> Value {
    Value(computed: lhs.data * rhs.data, operation: "×", inputs: [lhs, rhs], localDerivatives: [rhs.data, lhs.data])
  }
  /// The product with a constant.
  public static func * (lhs: Value, rhs: Double) -> Value { lhs * Value(rhs) }
  /// The product with a constant.
  public static func * (lhs: Double, rhs: Value) -> Value { Value(lhs) * rhs }

  /// The quotient.
  /// - Precondition: `rhs` is not 0.
  public static func / (lhs: Value, rhs: Value) -> Value {
    require(rhs.data != 0, "Value ÷: division by 0 (\(formatNumber(lhs.data)) ÷ 0)")
    return Value(
      computed: lhs.data / rhs.data, operation: "÷", inputs: [lhs, rhs],
      localDerivatives: [1 / rhs.data, -lhs.data / (rhs.data * rhs.data)])
  }
  /// The quotient by a constant.
  public static func / (lhs: Value, rhs: Double) -> Value { lhs / Value(rhs) }
  /// A constant divided by a value.
  public static func / (lhs: Double, rhs: Value) -> Value { Value(lhs) / rhs }

  /// The negation, ∂/∂x = −1.
  public static prefix func - (value: Value) -> Value {
    Value(computed: -value.data, operation: "neg", inputs: [value], localDerivatives: [-1])
  }
}
