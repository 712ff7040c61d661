import WorkbookBasics

/// One parameter's (or one input's) gradient check: the backward pass's g against centred
/// differences ĝ of the loss.
///
/// The measure is the one of Andrew Ng's course, over the whole matrix:
/// ```
/// difference = ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖)      about 1e-7 or less: right; 1e-3 or more: a bug
/// ```
/// Unlike the largest relative error per entry, it is not thrown by entries that are 0 to
/// rounding. When both gradients are 0 (`isZero`), the parameter does not affect the loss, and
/// the difference means nothing.
public struct GradientCheckResult: Sendable, Equatable {
  /// The layer's name, e.g. "Dense 64 → 128".
  public let layer: String
  /// What was checked: "W", "b", "γ", "β" (by the parameter's role) or "dL/dX".
  public let quantity: String
  /// Its shape, e.g. "64×128".
  public let shape: String
  /// How many numbers it holds.
  public let count: Int
  /// ‖g‖, the analytic gradient's norm.
  public let analyticNorm: Double
  /// ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖).
  public let difference: Double
  /// The largest |ĝ| entry.
  public let largestNumeric: Double

  /// Compares an analytic gradient with a numeric one.
  public init(layer: String, quantity: String, analytic: Matrix, numeric: Matrix) {
    self.layer = layer
    self.quantity = quantity
    shape = analytic.shapeDescription
    count = analytic.count
    analyticNorm = analytic.norm()
    let total = analytic.norm() + numeric.norm()
    difference = total > 0 ? (analytic - numeric).norm() / total : 0
    largestNumeric = numeric.values.map(abs).max() ?? 0
  }

  /// Whether both gradients are 0 (to rounding): the loss does not depend on this quantity.
  public var isZero: Bool { analyticNorm < 1e-12 && largestNumeric < 1e-9 }
}

extension ParameterRole {
  /// The usual symbol: W, b, γ, β.
  public var symbol: String {
    switch self {
    case .weight: return "W"
    case .bias: return "b"
    case .scale: return "γ"
    case .shift: return "β"
    }
  }
}

extension Sequential {
  /// A gradient check of the whole network: every parameter's gradient from
  /// `computeGradients` against centred differences of the loss, in training mode.
  ///
  /// Layers that draw something new on every forward pass (dropout) make the loss move under
  /// the differences: check a network without them, as CS231n advises.
  /// - Parameters:
  ///   - features: a small batch, X.
  ///   - targets: its Y.
  /// - Returns: one result per parameter, in the order of `parameters`.
  /// - Throws: `StepError` when the forward or backward pass is not finite.
  public func gradientCheck(features: Matrix, targets: Matrix) throws(StepError) -> [GradientCheckResult] {
    var probe = self
    try probe.computeGradients(features: features, targets: targets)
    let parameters = self.parameters
    let labels = layers.flatMap { layer in layer.parameterRoles.map { (layer.name, $0.symbol) } }
    return parameters.indices.map { index in
      let numeric = numericGradient(
        of: { value in
          var changed = self
          var values = parameters
          values[index] = value
          changed.setParameters(values)
          return changed.loss.loss(predicted: changed.forward(features, training: true), expected: targets)
        }, at: parameters[index])
      return GradientCheckResult(
        layer: labels[index].0, quantity: labels[index].1, analytic: probe.parameterGradients[index], numeric: numeric)
    }
  }
}

/// A gradient check of one layer: dL/dX and every parameter gradient of its backward pass
/// against centred differences, for the loss L = Σ (output ⊙ R) with a fixed random R (whose
/// gradient at the output is R).
/// - Parameters:
///   - layer: the layer, in training mode.
///   - input: a small batch for it.
///   - generator: the source of R.
/// - Returns: dL/dX first, then one result per parameter.
public func layerGradientCheck(
  _ layer: some Layer, input: Matrix, using generator: inout some RandomNumberGenerator
) -> [GradientCheckResult] {
  var probe = layer
  let output = probe.forward(input, training: true)
  let weights = Matrix.randomNormal(rows: output.rows, columns: output.columns, using: &generator)
  let inputGradient = probe.backward(weights)
  func loss(_ candidate: some Layer, _ x: Matrix) -> Double {
    var copy = candidate
    return (copy.forward(x, training: true) * weights).sum()
  }
  var results = [
    GradientCheckResult(
      layer: layer.name, quantity: "dL/dX", analytic: inputGradient,
      numeric: numericGradient(of: { loss(layer, $0) }, at: input))
  ]
  for (index, role) in layer.parameterRoles.enumerated() {
    let numeric = numericGradient(
      of: { value in
        var changed = layer
        changed.parameters[index] = value
        return loss(changed, input)
      }, at: layer.parameters[index])
    results.append(
      GradientCheckResult(
        layer: layer.name, quantity: "dL/d\(role.symbol)", analytic: probe.parameterGradients[index], numeric: numeric))
  }
  return results
}
