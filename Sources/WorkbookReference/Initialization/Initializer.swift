import Foundation
import WorkbookBasics

/// How a layer's starting weights are drawn. Each rule takes the layer's fan-in (n_in, inputs)
/// and fan-out (n_out, outputs) and a seeded generator, so the same seed gives the same weights.
///
/// | rule              | variance σ²                  | suits                         |
/// | ----------------- | ---------------------------- | ----------------------------- |
/// | `glorotNormal`    | 1/fan_avg = 2/(n_in + n_out) | none, tanh, logistic, softmax |
/// | `glorotUniform`   | the same, from U(−r, r)      | the same                      |
/// | `heNormal`        | 2/n_in                       | ReLU and its variants         |
/// | `lecunNormal`     | 1/n_in                       | SELU                          |
///
/// A uniform U(−r, r) has variance r²/3, so the uniform forms use r = √(3σ²).
public enum Initializer: Sendable, Equatable {
  /// Every weight 0.
  case zeros
  /// Every weight the same value: the neurons of a layer stay identical forever.
  case constant(Double)
  /// N(0, σ²) with a fixed standard deviation σ, e.g. 0.01.
  case normal(standardDeviation: Double)
  /// U(−limit, limit).
  case uniform(limit: Double)
  /// Glorot (Xavier) normal: σ² = 1/fan_avg.
  case glorotNormal
  /// Glorot (Xavier) uniform: U(−r, r) with r = √(6/(n_in + n_out)).
  case glorotUniform
  /// He (Kaiming) normal: σ² = 2/n_in.
  case heNormal
  /// He uniform: U(−r, r) with r = √(6/n_in).
  case heUniform
  /// LeCun normal: σ² = 1/n_in.
  case lecunNormal

  /// A short name for printouts, e.g. "Glorot normal" or "N(0, 0.01²)".
  public var name: String {
    switch self {
    case .zeros: return "zeros"
    case .constant(let value): return "constant \(formatNumber(value, decimals: 2))"
    case .normal(let deviation): return "N(0, \(formatNumber(deviation, decimals: 2))²)"
    case .uniform(let limit): return "U(±\(formatNumber(limit, decimals: 2)))"
    case .glorotNormal: return "Glorot normal"
    case .glorotUniform: return "Glorot uniform"
    case .heNormal: return "He normal"
    case .heUniform: return "He uniform"
    case .lecunNormal: return "LeCun normal"
    }
  }

  /// Where a deviation or limit may lie: its square (the variance) must neither overflow nor
  /// underflow, and no real weight scale comes near either end.
  private static let usableScale = 1e-150...1e150

  /// Stops with a message unless the fans are at least 1 (He and LeCun divide by fan_in) and
  /// the rule's own number makes sense: a finite constant, a deviation ≥ 0, a limit > 0.
  private func requireUsable(fanIn: Int, fanOut: Int) {
    require(
      fanIn > 0 && fanOut > 0,
      "\(name): a layer needs at least one input and one output, got \(fanIn) → \(fanOut)")
    switch self {
    case .constant(let value):
      requireFinite(value, "Initializer.constant", "the value")
    case .normal(let deviation):
      require(
        deviation == 0 || Self.usableScale.contains(deviation),
        "Initializer.normal: the standard deviation must be 0 or lie in 1e-150…1e150 (its square is "
          + "the variance), got \(formatNumber(deviation))")
    case .uniform(let limit):
      require(
        Self.usableScale.contains(limit),
        "Initializer.uniform: the limit must lie in 1e-150…1e150 (weights in −limit..<limit; its "
          + "square is used), got \(formatNumber(limit))")
    case .zeros, .glorotNormal, .glorotUniform, .heNormal, .heUniform, .lecunNormal:
      break
    }
  }

  /// The variance of one weight under this rule for a layer with the given fans.
  /// - Parameters:
  ///   - fanIn: n_in, the layer's inputs.
  ///   - fanOut: n_out, the layer's outputs.
  /// - Precondition: both fans are at least 1, and the rule's own number is usable.
  public func variance(fanIn: Int, fanOut: Int) -> Double {
    requireUsable(fanIn: fanIn, fanOut: fanOut)
    let fanAverage = (Double(fanIn) + Double(fanOut)) / 2  // Double first: Int.max + 1 overflows
    switch self {
    case .zeros, .constant: return 0
    case .normal(let deviation): return deviation * deviation
    case .uniform(let limit): return limit * limit / 3
    case .glorotNormal, .glorotUniform: return 1 / fanAverage
    case .heNormal, .heUniform: return 2 / Double(fanIn)
    case .lecunNormal: return 1 / Double(fanIn)
    }
  }

  /// A fan-in × fan-out weight matrix drawn by this rule (the workbook's W is n_in × n_out).
  ///
  /// Normal rules draw `Matrix.randomNormal` with σ = √variance, uniform rules
  /// `Matrix.randomUniform` in [−r, r), row by row, so the draws are fixed by the seed.
  /// - Parameters:
  ///   - fanIn: n_in, at least 1.
  ///   - fanOut: n_out, at least 1.
  ///   - generator: the seeded source of randomness.
  public func weights(fanIn: Int, fanOut: Int, using generator: inout some RandomNumberGenerator) -> Matrix {
    let variance = variance(fanIn: fanIn, fanOut: fanOut)
    switch self {
    case .zeros:
      return .zeros(rows: fanIn, columns: fanOut)
    case .constant(let value):
      return Matrix(rows: fanIn, columns: fanOut, repeating: value)
    case .normal, .glorotNormal, .heNormal, .lecunNormal:
      return .randomNormal(
        rows: fanIn, columns: fanOut, standardDeviation: variance.squareRoot(), using: &generator)
    case .uniform, .glorotUniform, .heUniform:
      let limit = (3 * variance).squareRoot()
      return .randomUniform(rows: fanIn, columns: fanOut, in: -limit..<limit, using: &generator)
    }
  }
}

extension Dense {
  /// A layer with weights drawn by `initializer` and zero biases.
  /// - Parameters:
  ///   - inputs: n_in.
  ///   - outputs: n_out.
  ///   - initializer: the rule for the weights (e.g. `.heNormal` before a ReLU).
  ///   - generator: the seeded source of randomness.
  public init(
    inputs: Int, outputs: Int, initializer: Initializer, using generator: inout some RandomNumberGenerator
  ) {
    require(
      inputs > 0 && outputs > 0, "Dense: a layer needs at least one input and one output, got \(inputs) → \(outputs)")
    self.init(
      weights: initializer.weights(fanIn: inputs, fanOut: outputs, using: &generator),
      bias: .zeros(rows: 1, columns: outputs))
  }
}
