import WorkbookBasics

/// A fully connected (dense) layer: every output is a weighted sum of every input plus a bias.
///
/// ```
/// forward:   M = X·W + b                     (m × n_out)
/// backward:  dL/dW = Xᵀ · dL/dM              (n_in × n_out, the shape of W)
///            dL/db = Σ over the rows of dL/dM (1 × n_out: b was added to every row)
///            dL/dX = dL/dM · Wᵀ              (m × n_in, passed to the layer below)
/// ```
/// The notes' backward table calls these dM/dW = Xᵀ, dM/dB = ones (summed over the batch) and
/// dM/dO = Wᵀ.
public struct Dense: Layer {
  /// W, n_in × n_out.
  public var weights: Matrix
  /// b, 1 × n_out.
  public var bias: Matrix
  /// dL/dW and dL/db from the last backward pass.
  public private(set) var parameterGradients: [Matrix] = []
  private var lastInput: Matrix?

  /// A layer with the given parameters.
  /// - Precondition: `bias` is 1 × n_out with the n_out of `weights`.
  public init(weights: Matrix, bias: Matrix) {
    requireLayerShapes(weights: weights, bias: bias, "Dense")
    self.weights = weights
    self.bias = bias
  }

  /// A layer with normal random weights (mean 0, the given spread) and zero biases.
  /// - Parameters:
  ///   - inputs: n_in.
  ///   - outputs: n_out.
  ///   - standardDeviation: the spread of the weights.
  ///   - generator: the seeded source of randomness.
  public init(
    inputs: Int, outputs: Int, standardDeviation: Double, using generator: inout some RandomNumberGenerator
  ) {
    require(
      inputs > 0 && outputs > 0, "Dense: a layer needs at least one input and one output, got \(inputs) → \(outputs)")
    require(
      standardDeviation >= 0 && standardDeviation <= 1e300,
      "Dense: the standard deviation must be a finite number in 0…1e300, got \(formatNumber(standardDeviation))")
    self.init(
      weights: Matrix.randomNormal(
        rows: inputs, columns: outputs, standardDeviation: standardDeviation, using: &generator),
      bias: .zeros(rows: 1, columns: outputs))
  }

  /// [W, b].
  public var parameters: [Matrix] {
    get { [weights, bias] }
    set {
      requireParameterPair(newValue, like: (weights, bias), symbols: ("W", "b"), name)
      (weights, bias) = (newValue[0], newValue[1])
    }
  }

  /// W ← W − η·dW and b ← b − η·db, in place (no new matrix for a large W).
  public mutating func descend(learningRate: Double, along gradients: [Matrix]) {
    require(
      gradients.count == 2, "\(name): descend needs [dW, db], got \(gradients.count) gradients")
    weights.subtract(gradients[0], scaledBy: learningRate)
    bias.subtract(gradients[1], scaledBy: learningRate)
  }

  /// `[.weight, .bias]`.
  public var parameterRoles: [ParameterRole] { [.weight, .bias] }

  /// "Dense 2 → 3".
  public var name: String { "Dense \(weights.rows) → \(weights.columns)" }

  /// M = X·W + b; remembers X.
  public mutating func forward(_ input: Matrix, training: Bool) -> Matrix {
    requireLayerShapes(weights: weights, bias: bias, name)
    require(
      input.columns == weights.rows,
      "Dense \(weights.rows) → \(weights.columns): the input is \(input.shapeDescription) but the layer needs "
        + "\(weights.rows) columns")
    lastInput = input
    return input.matmul(weights) + bias
  }

  /// dL/dW = Xᵀ·dL/dM, dL/db = Σ rows of dL/dM; returns dL/dX = dL/dM·Wᵀ.
  public mutating func backward(_ outputGradient: Matrix) -> Matrix {
    backwardToParameters(outputGradient)
    return outputGradient.matmulTransposed(weights)
  }

  /// dL/dW and dL/db only: a first layer's dL/dX, a product as large as dL/dW, is never used.
  public mutating func backwardToParameters(_ outputGradient: Matrix) {
    guard let input = lastInput else {
      fatalError("Dense \(weights.rows) → \(weights.columns): backward called before forward")
    }
    requireOutputGradient(outputGradient, rows: input.rows, columns: weights.columns, name, like: "output")
    parameterGradients = [input.transposedMatmul(outputGradient), outputGradient.sum(axis: 0)]
  }
}
