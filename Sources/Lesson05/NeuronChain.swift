import WorkbookBasics
import WorkbookReference

/// The notes' chain of one-neuron layers: linear, no bias, a_{l+1} = w_l·a_l. Built from the
/// library's `Dense` 1 → 1 layers so that the backward pass is the library's too.
struct NeuronChain {
  /// Layer l (from 1) holds w_l; the chain has `weights.count + 1` neurons.
  var layers: [Dense]

  /// A chain with the given weights w₁ … w_{L−1}.
  init(weights: [Double]) {
    layers = weights.map { Dense(weights: Matrix([[$0]]), bias: .zeros(rows: 1, columns: 1)) }
  }

  /// The same weight w on every one of `neurons − 1` links.
  init(weight: Double, neurons: Int) {
    self.init(weights: Array(repeating: weight, count: neurons - 1))
  }

  /// a₁ … a_L: index 0 is a₁.
  mutating func activations(from first: Double) -> [Double] {
    var values = [first]
    var current = Matrix([[first]])
    for index in layers.indices {
      current = layers[index].forward(current, training: true)
      values.append(current[0, 0])
    }
    return values
  }

  /// δ₁ … δ_L with δ_l = ∂L/∂a_l, starting from δ_L at the top; index 0 is δ₁. Runs the
  /// forward pass from a₁ first (the layers need their inputs).
  mutating func deltas(top: Double, from first: Double = 1) -> [Double] {
    _ = activations(from: first)
    var values = [top]
    var current = Matrix([[top]])
    for index in layers.indices.reversed() {
      current = layers[index].backward(current)
      values.append(current[0, 0])
    }
    return values.reversed()
  }
}
