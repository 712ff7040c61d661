import WorkbookBasics

extension Sequential {
  /// A stack of dense layers with the given widths: `sizes[0]` inputs → `sizes[1]` → … →
  /// `sizes.last` outputs, with `activation` after every dense layer but the last, and
  /// optionally a `BatchNorm` between each hidden dense layer and its activation.
  ///
  /// ```
  /// Sequential(denseSizes: [64, 32, 32, 10], activation: .relu, initializer: .heNormal,
  ///            loss: SoftmaxCrossEntropyLoss(), using: &generator)
  /// // Dense 64 → 32, relu, Dense 32 → 32, relu, Dense 32 → 10
  /// ```
  /// - Parameters:
  ///   - sizes: the widths, input first; at least two.
  ///   - activation: the function after each hidden layer.
  ///   - initializer: the rule for every dense layer's weights (biases start at 0).
  ///   - batchNorm: whether to normalise each hidden layer's output before its activation.
  ///   - loss: the loss at the end.
  ///   - generator: the seeded source of the weights, drawn layer by layer from the input side.
  public init(
    denseSizes sizes: [Int], activation: ActivationLayer.Function, initializer: Initializer, batchNorm: Bool = false,
    loss: any LossFunction, using generator: inout some RandomNumberGenerator
  ) {
    require(sizes.count >= 2, "Sequential(denseSizes:): give at least the input and output widths, got \(sizes)")
    var layers = [any Layer]()
    for index in 1..<sizes.count {
      layers.append(Dense(inputs: sizes[index - 1], outputs: sizes[index], initializer: initializer, using: &generator))
      if index < sizes.count - 1 {
        if batchNorm { layers.append(BatchNorm(features: sizes[index])) }
        layers.append(ActivationLayer(activation))
      }
    }
    self.init(layers, loss: loss)
  }
}
