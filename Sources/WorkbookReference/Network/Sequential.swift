import WorkbookBasics

/// A feed-forward network: layers applied one after another, ending in a loss.
///
/// ```
/// var network = Sequential([Dense(…), ActivationLayer(.sigmoid), Dense(…)], loss: MeanSquaredErrorLoss())
/// let loss = try network.trainingStep(features: X, targets: Y, learningRate: 0.1)
/// ```
/// The backward pass runs the layers in reverse, each turning the gradient at its output into
/// the gradient at its input and storing its own parameter gradients.
public struct Sequential: Sendable {
  /// The layers, input side first.
  public var layers: [any Layer]
  /// The loss at the end.
  public let loss: any LossFunction

  /// A network of `layers` trained against `loss`.
  public init(_ layers: [any Layer], loss: any LossFunction) {
    self.layers = layers
    self.loss = loss
  }

  /// The forward pass through every layer.
  /// - Parameters:
  ///   - input: X, m × n.
  ///   - training: passed to every layer (see `Layer.forward(_:training:)`).
  /// - Returns: the last layer's output.
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    var activation = input
    for index in layers.indices { activation = layers[index].forward(activation, training: training) }
    return activation
  }

  /// What every layer receives on one forward pass, for looking inside a network: element i
  /// is layer i's input, and the last element is the network's output (so there is one more
  /// than there are layers). The network itself is left as it was (a batch norm's running
  /// statistics too).
  /// - Parameters:
  ///   - input: X, m × n.
  ///   - training: passed to every layer.
  public func layerInputs(for input: Matrix, training: Bool) -> [Matrix] {
    var copy = self
    var inputs = [input]
    for index in copy.layers.indices { inputs.append(copy.layers[index].forward(inputs[index], training: training)) }
    return inputs
  }

  /// The output for new inputs, in inference mode.
  /// - Parameter input: X, m × n.
  public func predict(_ input: Matrix) -> Matrix {
    var copy = self
    return copy.forward(input, training: false)
  }

  /// The backward pass through every layer, last first.
  /// - Parameter outputGradient: dL/d(output), the shape of the last forward's output.
  /// - Returns: dL/dX, the shape of the last forward's input.
  @discardableResult
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    var gradient = outputGradient
    for index in layers.indices.reversed() { gradient = layers[index].backward(gradient) }
    return gradient
  }

  /// The forward pass, the loss, and the backward pass on one batch, leaving every layer's
  /// parameter gradients in place.
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y, the shape of the network's output.
  /// - Returns: the batch's loss.
  /// - Throws: `StepError` when the batch holds a NaN or ∞, or the output, the loss or a
  ///   gradient stops being finite (a diverged network); the parameters are unchanged.
  @discardableResult
  public mutating func computeGradients(features: Matrix, targets: Matrix) throws(StepError) -> Double {
    try throwIfDataNotFinite(features, "X")
    try throwIfDataNotFinite(targets, "Y")
    requireNonEmptyBatch(features, "Sequential.computeGradients", "X")
    let output = forward(features, training: true)
    if let broken = output.firstNonFiniteEntry {
      // Say whether the network itself held the NaN before blaming the step size.
      if let layer = layers.first(where: { !$0.parameters.allSatisfy(\.isFinite) }) {
        throw .parameterNotFinite(layer: layer.name)
      }
      throw .outputNotFinite(value: broken.value)
    }
    var (value, gradient) = loss.lossAndGradient(predicted: output, expected: targets)
    guard value.isFinite else { throw .lossNotFinite(loss: value) }
    // The first layer's dL/d(input) would be the gradient of the data: not needed.
    for index in layers.indices.dropFirst().reversed() { gradient = layers[index].backward(gradient) }
    if let first = layers.indices.first { layers[first].backwardToParameters(gradient) }
    if let broken = layers.first(where: { layer in
      layer.parameterGradients.contains { gradient in !gradient.isFinite }
    }) {
      throw .gradientNotFinite(layer: broken.name)
    }
    return value
  }

  /// Every parameter of every layer, input side first.
  public var parameters: [Matrix] { layers.flatMap(\.parameters) }

  /// The role of every parameter, in the order of `parameters` (see `ParameterRole`).
  public var parameterRoles: [ParameterRole] { layers.flatMap(\.parameterRoles) }

  /// Every parameter gradient from the last backward pass, in the order of `parameters`.
  public var parameterGradients: [Matrix] { layers.flatMap(\.parameterGradients) }

  /// How many numbers the network learns.
  public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

  /// Replaces every parameter, in the order of `parameters`.
  /// - Precondition: as many matrices as there are parameters.
  public mutating func setParameters(_ values: [Matrix]) {
    require(
      values.count == parameters.count,
      "Sequential: expected \(parameters.count) parameter matrices, got \(values.count)")
    var remaining = values[...]
    for index in layers.indices {
      let count = layers[index].parameters.count
      layers[index].parameters = Array(remaining.prefix(count))
      remaining = remaining.dropFirst(count)
    }
  }

  /// One step of plain gradient descent on a batch: gradients, then every parameter moves
  /// against its gradient.
  ///
  /// ```
  /// θ ← θ − η · dL/dθ      for every parameter θ
  /// ```
  /// - Parameters:
  ///   - features: X, m × n.
  ///   - targets: Y.
  ///   - learningRate: η, finite and ≥ 0.
  ///   - clipping: how the gradients are limited before the update (none by default).
  /// - Returns: the batch's loss before the step.
  /// - Throws: `StepError`, as `computeGradients`; then no parameter has moved.
  @discardableResult
  public mutating func trainingStep(
    features: Matrix, targets: Matrix, learningRate: Double, clipping: GradientClipping = .none
  ) throws(StepError) -> Double {
    requireUsableLearningRate(learningRate, "Sequential.trainingStep")
    let value = try computeGradients(features: features, targets: targets)
    var gradients = clipping.apply(to: parameterGradients)[...]
    for index in layers.indices {
      let count = layers[index].parameterRoles.count
      guard count > 0 else { continue }
      layers[index].descend(learningRate: learningRate, along: Array(gradients.prefix(count)))
      gradients = gradients.dropFirst(count)
    }
    return value
  }
}
