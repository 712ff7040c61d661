import Foundation
import WorkbookBasics
import WorkbookReference

/// A one-layer network (no sigmoid) worked by hand: X = [1, 2], W = (1, 1)ᵀ, b = 0, Y = 0.
/// P = 1 + 2 = 3, L = 9, dZ = −(2/1)·(0 − 3) = 6, dW = Xᵀ·6 = (6, 12)ᵀ, ‖dW‖ = √180.
enum OneLayerByHand {
  static let X = Matrix([[1, 2]])
  static let Y = Matrix([[0]])
  static let weights = [Matrix(column: [1, 1])]
  static let biases = [Matrix([[0]])]
  static let norms = [sqrt(180.0)]
}

/// Two layers by hand: X = [1, 2], W1 = 0 (2 × 2), b1 = 0, so A1 = σ(0) = (0.5, 0.5);
/// W2 = (1, 1)ᵀ, b2 = 0, so P = 1 and, with Y = 0, dZ2 = 2. dW2 = A1ᵀ·2 = (1, 1)ᵀ, ‖dW2‖ = √2.
/// dA1 = dZ2·W2ᵀ = (2, 2); dZ1 = (2, 2) ⊙ σ'(0) = (0.5, 0.5); dW1 = Xᵀ·dZ1 = [[0.5, 0.5], [1, 1]],
/// ‖dW1‖ = √(0.25 + 0.25 + 1 + 1) = √2.5.
enum TwoLayersByHand {
  static let X = Matrix([[1, 2]])
  static let Y = Matrix([[0]])
  static let weights = [Matrix.zeros(rows: 2, columns: 2), Matrix(column: [1, 1])]
  static let biases = [Matrix.zeros(rows: 1, columns: 2), Matrix([[0]])]
  static let norms = [sqrt(2.5), sqrt(2.0)]
}

/// A seeded deep sigmoid network (the shape the exercise describes) and a batch for it.
struct DeepSigmoidNetwork {
  let X: Matrix
  let Y: Matrix
  let weights: [Matrix]
  let biases: [Matrix]

  /// Layer sizes `sizes[0]` → … → `sizes.last`, m examples, all seeded.
  init(sizes: [Int], examples: Int, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    X = Matrix.randomNormal(rows: examples, columns: sizes[0], using: &generator)
    Y = Matrix.randomNormal(rows: examples, columns: sizes[sizes.count - 1], using: &generator)
    weights = (1..<sizes.count).map { index in
      Matrix.randomNormal(rows: sizes[index - 1], columns: sizes[index], using: &generator)
    }
    biases = (1..<sizes.count).map { index in
      Matrix.randomNormal(rows: 1, columns: sizes[index], standardDeviation: 0.5, using: &generator)
    }
  }

  /// The library's network with these parameters: Dense + sigmoid …, Dense, mean squared error.
  var sequential: Sequential {
    var layers = [any Layer]()
    for index in weights.indices {
      layers.append(Dense(weights: weights[index], bias: biases[index]))
      if index < weights.count - 1 { layers.append(ActivationLayer(.sigmoid)) }
    }
    return Sequential(layers, loss: MeanSquaredErrorLoss())
  }

  /// The loss with layer `layer`'s weights replaced.
  func loss(replacingWeightsOf layer: Int, with value: Matrix) -> Double {
    var network = sequential
    var parameters = network.parameters
    parameters[2 * layer] = value
    network.setParameters(parameters)
    return network.loss.loss(predicted: network.predict(X), expected: Y)
  }
}
