import WorkbookBasics
import WorkbookReference

/// Note 000's network, written out operation by operation with the notes' names, so that the
/// walkthrough can print every intermediate: linear → sigmoid → linear, mean squared error.
///
/// ```
/// M1 = X·W1    N1 = M1 + B1    O1 = σ(N1)    M2 = O1·W2    P = M2 + B2    L = mean((Y − P)²)
/// ```
struct NotesNetwork {
  var W1: Matrix
  var B1: Matrix
  var W2: Matrix
  var B2: Matrix

  /// Small normal random weights and zero biases.
  init(inputs: Int, hidden: Int, using generator: inout SeededGenerator) {
    W1 = Matrix.randomNormal(rows: inputs, columns: hidden, using: &generator)
    B1 = .zeros(rows: 1, columns: hidden)
    W2 = Matrix.randomNormal(rows: hidden, columns: 1, using: &generator)
    B2 = .zeros(rows: 1, columns: 1)
  }

  /// Everything the forward pass computes.
  struct Forward {
    let X: Matrix, M1: Matrix, N1: Matrix, O1: Matrix, M2: Matrix, P: Matrix
  }

  func forward(_ X: Matrix) -> Forward {
    let M1 = X.matmul(W1)
    let N1 = M1 + B1
    let O1 = sigmoid(N1)
    let M2 = O1.matmul(W2)
    return Forward(X: X, M1: M1, N1: N1, O1: O1, M2: M2, P: M2 + B2)
  }

  /// One row of the notes' backward table: a local derivative, evaluated.
  struct Step {
    let name: String
    let formula: String
    let value: Matrix
  }

  /// The backward pass: the notes' table of local derivatives, then the four gradients.
  /// - Parameter sumBiasGradientTwice: reproduce the book's code, which sums dL/dB1 over the
  ///   batch and then once more over the hidden units.
  func backward(_ f: Forward, targets Y: Matrix, sumBiasGradientTwice: Bool = false) -> (
    table: [Step], dW1: Matrix, dB1: Matrix, dW2: Matrix, dB2: Matrix
  ) {
    let m = Double(Y.rows)
    let dLdP = -(2 / m) * (Y - f.P)
    let dPdM2 = Matrix.ones(rows: f.M2.rows, columns: f.M2.columns)
    let dPdB2 = Matrix.ones(rows: B2.rows, columns: B2.columns)
    let dM2dW2 = f.O1.transposed()
    let dM2dO1 = W2.transposed()
    let dO1dN1 = f.O1 * (1 - f.O1)
    let dN1dM1 = Matrix.ones(rows: f.M1.rows, columns: f.M1.columns)
    let dN1dB1 = Matrix.ones(rows: B1.rows, columns: B1.columns)
    let dM1dW1 = f.X.transposed()
    let table = [
      Step(name: "dLdP", formula: "−(2/m)·(Y − P)", value: dLdP),
      Step(name: "dPdM2", formula: "ones like M2", value: dPdM2),
      Step(name: "dPdB2", formula: "ones like B2", value: dPdB2),
      Step(name: "dM2dW2", formula: "O1ᵀ", value: dM2dW2),
      Step(name: "dM2dO1", formula: "W2ᵀ", value: dM2dO1),
      Step(name: "dO1dN1", formula: "σ(N1) ⊙ (1 − σ(N1))", value: dO1dN1),
      Step(name: "dN1dM1", formula: "ones like M1", value: dN1dM1),
      Step(name: "dN1dB1", formula: "ones like B1", value: dN1dB1),
      Step(name: "dM1dW1", formula: "Xᵀ", value: dM1dW1),
    ]
    let dLdM2 = dLdP * dPdM2
    let dW2 = dM2dW2.matmul(dLdM2)
    let dB2 = (dLdP * dPdB2).sum(axis: 0)
    let dLdN1 = dLdM2.matmul(dM2dO1) * dO1dN1
    var dB1 = (dLdN1 * dN1dB1).sum(axis: 0)
    if sumBiasGradientTwice { dB1 = Matrix(rows: 1, columns: dB1.columns, repeating: dB1.sum()) }
    let dW1 = dM1dW1.matmul(dLdN1 * dN1dM1)
    return (table, dW1, dB1, dW2, dB2)
  }

  /// Mean squared error of the predictions.
  func loss(_ X: Matrix, _ Y: Matrix) -> Double { meanSquaredError(predicted: forward(X).P, expected: Y) }

  /// One step of gradient descent; returns the loss before it.
  @discardableResult
  mutating func step(_ X: Matrix, _ Y: Matrix, learningRate: Double, sumBiasGradientTwice: Bool = false) -> Double {
    let f = forward(X)
    let g = backward(f, targets: Y, sumBiasGradientTwice: sumBiasGradientTwice)
    W1 = W1 - learningRate * g.dW1
    B1 = B1 - learningRate * g.dB1
    W2 = W2 - learningRate * g.dW2
    B2 = B2 - learningRate * g.dB2
    return meanSquaredError(predicted: f.P, expected: Y)
  }

  /// The same network as a `Sequential` of library layers.
  var asSequential: Sequential {
    Sequential(
      [Dense(weights: W1, bias: B1), ActivationLayer(.sigmoid), Dense(weights: W2, bias: B2)],
      loss: MeanSquaredErrorLoss())
  }
}
