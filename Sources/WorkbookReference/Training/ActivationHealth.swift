import WorkbookBasics

/// How many of one activation layer's units are doing nothing useful on a batch: ReLU units
/// that are never active (dead: their gradient is 0 for every example, so they stop learning),
/// or sigmoid and tanh outputs in the flat tails (saturated: a derivative below 1% of its peak).
public struct ActivationHealth: Sendable, Equatable {
  /// The activation layer's position in `Sequential.layers`, from 0.
  public let layerIndex: Int
  /// Its name, e.g. "relu".
  public let name: String
  /// ReLU: the share of units whose input is ≤ 0 for every row of the batch. 0 for other functions.
  public let deadShare: Double
  /// Sigmoid and tanh: the share of entries whose derivative is below 1% of its largest value.
  /// 0 for other functions.
  public let saturatedShare: Double

  /// A layer's figures.
  public init(layerIndex: Int, name: String, deadShare: Double, saturatedShare: Double) {
    (self.layerIndex, self.name, self.deadShare, self.saturatedShare) = (layerIndex, name, deadShare, saturatedShare)
  }
}

extension Sequential {
  /// The health of every ReLU, sigmoid and tanh layer on `input` in inference mode, input side
  /// first.
  /// - Parameter input: a batch, m × n, with m ≥ 1.
  public func activationHealth(on input: Matrix) -> [ActivationHealth] {
    require(input.rows >= 1, "Sequential.activationHealth: the batch \(input.shapeDescription) has no rows")
    let inputs = layerInputs(for: input, training: false)
    return layers.indices.compactMap { index -> ActivationHealth? in
      guard let activation = layers[index] as? ActivationLayer else { return nil }
      let z = inputs[index]
      switch activation.function {
      case .relu:
        let dead = (0..<z.columns).filter { column in (0..<z.rows).allSatisfy { z[$0, column] <= 0 } }.count
        return ActivationHealth(
          layerIndex: index, name: activation.name, deadShare: Double(dead) / Double(z.columns), saturatedShare: 0)
      case .sigmoid, .tanh:
        let peak = activation.function.derivative(0)
        let flat = z.values.filter { activation.function.derivative($0) < 0.01 * peak }.count
        return ActivationHealth(
          layerIndex: index, name: activation.name, deadShare: 0, saturatedShare: Double(flat) / Double(z.count))
      case .selu, .identity:
        return nil
      }
    }
  }
}
