import WorkbookBasics
import WorkbookReference

/// The four XOR corners.
enum XOR {
  static let X = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
  static let Y = Matrix(column: [0, 1, 1, 0])
}

/// A network with every parameter zero, worked by hand on the XOR batch (m = 4, 3 hidden units):
/// N1 = 0, so O1 = σ(0) = 0.5 everywhere; P = 0, so L = (0 + 1 + 1 + 0)/4 = 0.5.
/// dLdP = −(2/4)·(Y − P) = (0, −0.5, −0.5, 0)ᵀ; dW2 = O1ᵀ·dLdP = 0.5·(−1) = −0.5 per unit;
/// dB2 = Σ dLdP = −1. dLdN1 = dLdP·W2ᵀ ⊙ … = 0 because W2 = 0, so dW1 = 0 and dB1 = 0.
enum ZeroNetwork {
  static let hidden = 3
  static let W1 = Matrix.zeros(rows: 2, columns: hidden)
  static let B1 = Matrix.zeros(rows: 1, columns: hidden)
  static let W2 = Matrix.zeros(rows: hidden, columns: 1)
  static let B2 = Matrix.zeros(rows: 1, columns: 1)
  static let loss = 0.5
  static let dW2 = Matrix(column: [-0.5, -0.5, -0.5])
  static let dB2 = Matrix([[-1]])
}

/// The walkthrough's starting network (seed 1, 3 hidden units): normal weights, zero biases.
enum SeededNetwork {
  static func make(seed: UInt64 = 1, inputs: Int = 2, hidden: Int = 3) -> (
    W1: Matrix, B1: Matrix, W2: Matrix, B2: Matrix
  ) {
    var generator = SeededGenerator(seed: seed)
    let W1 = Matrix.randomNormal(rows: inputs, columns: hidden, using: &generator)
    let W2 = Matrix.randomNormal(rows: hidden, columns: 1, using: &generator)
    return (W1, .zeros(rows: 1, columns: hidden), W2, .zeros(rows: 1, columns: 1))
  }

  /// The library's layers with the same parameters and the mean squared error.
  static func reference(W1: Matrix, B1: Matrix, W2: Matrix, B2: Matrix) -> Sequential {
    Sequential(
      [Dense(weights: W1, bias: B1), ActivationLayer(.sigmoid), Dense(weights: W2, bias: B2)],
      loss: MeanSquaredErrorLoss())
  }
}
