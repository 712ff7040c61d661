import WorkbookBasics

/// The function a neuron of Values applies to its weighted sum.
public enum ValueActivation: Sendable {
  /// tanh, the choice of Karpathy's micrograd lecture.
  case tanh
  /// max(z, 0).
  case relu
  /// z unchanged, for an output layer.
  case identity

  /// The function on one Value.
  func apply(_ z: Value) -> Value {
    switch self {
    case .tanh: return z.tanh()
    case .relu: return z.relu()
    case .identity: return z
    }
  }
}

/// One neuron built from Values: a = f(b + Σᵢ wᵢ·xᵢ).
public struct ValueNeuron {
  /// wᵢ, one per input.
  public let weights: [Value]
  /// b.
  public let bias: Value
  /// f.
  public let activation: ValueActivation

  /// A neuron with the given weights, bias and activation.
  /// - Precondition: at least one weight.
  public init(weights: [Value], bias: Value, activation: ValueActivation) {
    require(!weights.isEmpty, "ValueNeuron: a neuron needs at least one weight")
    self.weights = weights
    self.bias = bias
    self.activation = activation
  }

  /// f(b + Σᵢ wᵢ·xᵢ), as a new graph on top of the inputs'.
  /// - Precondition: one input per weight.
  public func callAsFunction(_ inputs: [Value]) -> Value {
    require(
      inputs.count == weights.count,
      "ValueNeuron: \(inputs.count) inputs for a neuron with \(weights.count) weights")
    var sum = bias
    for (weight, input) in zip(weights, inputs) { sum = sum + weight * input }
    return activation.apply(sum)
  }
}

/// A multi-layer perceptron of Values, as in Karpathy's micrograd: each layer a list of
/// neurons.
///
/// It computes exactly what a `Sequential` of `Dense` and activation layers computes, one
/// number at a time, so its gradients can be checked against the Matrix engine's.
public struct ValueMLP {
  /// The layers, each a list of neurons.
  public let layers: [[ValueNeuron]]

  /// The network with Dense-style parameters: `weights[l]` is n_in × n_out (column j holds
  /// neuron j's weights) and `biases[l]` is 1 × n_out.
  /// - Parameters:
  ///   - weights: one matrix per layer.
  ///   - biases: one row per layer.
  ///   - hidden: the activation of every layer but the last, which is the identity.
  /// - Precondition: matching counts and shapes, each layer's inputs the previous one's outputs.
  public init(weights: [Matrix], biases: [Matrix], hidden: ValueActivation) {
    require(
      !weights.isEmpty && weights.count == biases.count,
      "ValueMLP: \(weights.count) weight matrices and \(biases.count) bias rows; one of each per layer")
    for index in weights.indices {
      require(
        biases[index].shape == (1, weights[index].columns),
        "ValueMLP: layer \(index + 1)'s bias is \(biases[index].shapeDescription), expected 1×\(weights[index].columns)"
      )
      require(
        index == 0 || weights[index].rows == weights[index - 1].columns,
        "ValueMLP: layer \(index + 1) takes \(weights[index].rows) inputs but layer \(index) gives "
          + "\(index > 0 ? weights[index - 1].columns : 0)")
    }
    layers = weights.indices.map { index in
      let (matrix, bias) = (weights[index], biases[index])
      let activation: ValueActivation = index == weights.count - 1 ? .identity : hidden
      return (0..<matrix.columns).map { neuron in
        ValueNeuron(
          weights: (0..<matrix.rows).map { Value(matrix[$0, neuron]) }, bias: Value(bias[0, neuron]),
          activation: activation)
      }
    }
  }

  /// The outputs for one example, as Values whose graphs reach back to every parameter.
  /// - Precondition: as many numbers as the first layer has inputs.
  public func callAsFunction(_ input: [Double]) -> [Value] {
    var activations = input.map { Value($0) }
    for layer in layers { activations = layer.map { $0(activations) } }
    return activations
  }

  /// The mean squared error over a batch, as one Value whose graph reaches every parameter:
  /// the mean over all m·k outputs of (output − target)², as `MeanSquaredErrorLoss` takes it.
  ///
  /// ```
  /// L = (1/(m·k)) Σ over examples and outputs of (ŷ − y)²
  /// ```
  /// - Parameters:
  ///   - inputs: m examples, each as many numbers as the first layer has inputs.
  ///   - targets: m targets, each as many numbers as the last layer has outputs.
  /// - Precondition: at least one example, and matching counts.
  public func meanSquaredError(inputs: [[Double]], targets: [[Double]]) -> Value {
    require(
      !inputs.isEmpty && inputs.count == targets.count,
      "ValueMLP.meanSquaredError: \(inputs.count) examples and \(targets.count) targets; give at least one of each, as many"
    )
    var total = Value(0)
    var count = 0
    for (input, target) in zip(inputs, targets) {
      let outputs = self(input)
      require(
        outputs.count == target.count,
        "ValueMLP.meanSquaredError: the network gives \(outputs.count) outputs but a target has \(target.count)")
      for (output, wanted) in zip(outputs, target) {
        let error = output - wanted
        total = total + error * error
        count += 1
      }
    }
    return total / Double(count)
  }

  /// Every weight and bias, layer by layer (each layer's weights, then its biases).
  public var parameters: [Value] {
    layers.flatMap { layer in layer.flatMap(\.weights) + layer.map(\.bias) }
  }

  /// The parameters' gradients shaped as a Sequential's, [W₁, b₁, W₂, b₂, …]: compare with
  /// `Sequential.parameterGradients`.
  public var parameterGradients: [Matrix] {
    layers.flatMap { layer -> [Matrix] in
      let inputs = layer[0].weights.count
      let weights = Matrix(
        rows: inputs, columns: layer.count,
        values: (0..<inputs).flatMap { row in layer.map { $0.weights[row].grad } })
      return [weights, Matrix(row: layer.map(\.bias.grad))]
    }
  }

  /// Sets every parameter's gradient to 0 (the inputs' and the graph's other nodes are
  /// rebuilt by each pass).
  public func zeroParameterGradients() {
    for parameter in parameters { parameter.grad = 0 }
  }
}
