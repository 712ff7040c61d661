import WorkbookBasics

/// One step of a feed-forward network that can run forwards on a batch and pass gradients
/// backwards: a dense layer, an activation, and later batch normalisation or dropout.
///
/// The forward pass remembers what the backward pass needs (its input, its output), as the
/// book's `Operation` classes and PyTorch's modules do. So call `forward` and then `backward`
/// on the same layer value, in that order.
///
/// ```
/// var layer = Dense(weights: W, bias: b)
/// let output = layer.forward(X, training: true)      // remembers X
/// let inputGradient = layer.backward(outputGradient) // dL/dX; stores dL/dW, dL/db
/// ```
public protocol Layer: Sendable {
  /// The trainable parameters in a fixed order (weights, then bias); empty for an activation.
  var parameters: [Matrix] { get set }

  /// The role of each parameter, in the order of `parameters`: `[.weight, .bias]` for a
  /// dense layer, `[.scale, .shift]` for batch normalisation, `[]` for an activation.
  var parameterRoles: [ParameterRole] { get }

  /// dL/d(each parameter) from the last `backward`, in the order of `parameters` (each the same
  /// shape as its parameter); empty before the first backward pass.
  var parameterGradients: [Matrix] { get }

  /// A short description for printouts, e.g. "Dense 2 → 3" or "sigmoid".
  var name: String { get }

  /// The forward pass on a batch, one example per row.
  /// - Parameters:
  ///   - input: m × n_in.
  ///   - training: true while training (layers such as dropout or batch normalisation behave
  ///     differently at inference); a dense layer or an activation ignores it.
  /// - Returns: m × n_out.
  mutating func forward(_ input: Matrix, training: Bool) -> Matrix

  /// The backward pass: from the gradient of the loss at this layer's output, the gradient at
  /// its input. Also stores the parameter gradients.
  /// - Parameter outputGradient: dL/d(output), m × n_out, for the batch of the last `forward`.
  /// - Returns: dL/d(input), m × n_in.
  mutating func backward(_ outputGradient: Matrix) -> Matrix

  /// The fewest rows a training batch may have: 1 for most layers, 2 for batch normalisation,
  /// which needs a variance. The trainer checks it before each step, so a short last batch
  /// stops with the epoch and step instead of a crash in the middle of the layer.
  var minimumTrainingBatchRows: Int { get }

  /// One gradient-descent step on this layer's parameters: θ ← θ − η·g for each, in the
  /// order of `parameters`.
  /// - Parameters:
  ///   - learningRate: η.
  ///   - gradients: one per parameter, each of its shape.
  mutating func descend(learningRate: Double, along gradients: [Matrix])

  /// The backward pass of a network's first layer: only the parameter gradients, since
  /// nothing needs dL/d(input) of the data.
  /// - Parameter outputGradient: as for `backward`.
  mutating func backwardToParameters(_ outputGradient: Matrix)
}

extension Layer {
  /// One row is enough for a layer that treats the rows of a batch separately.
  public var minimumTrainingBatchRows: Int { 1 }

  /// How many numbers the layer learns.
  public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

  /// `backward`, with its dL/d(input) thrown away (a layer whose input gradient is costly, as
  /// `Dense`'s is, skips computing it).
  public mutating func backwardToParameters(_ outputGradient: Matrix) { _ = backward(outputGradient) }

  /// θ ← θ − η·g through `parameters` (a layer with large parameters updates them in place
  /// instead, as `Dense` does).
  public mutating func descend(learningRate: Double, along gradients: [Matrix]) {
    parameters = zip(parameters, gradients).map { $0 - learningRate * $1 }
  }
}
