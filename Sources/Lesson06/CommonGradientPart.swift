import WorkbookBasics
import WorkbookReference

/// How much of each hidden dense layer's weight gradient comes from its inputs' mean rather
/// than from how the inputs differ between examples.
///
/// dW = Aᵀδ splits exactly into (A − 1·āᵀ)ᵀδ, the part centred inputs would give, plus
/// ā·(1ᵀδ)ᵀ = ā·dbᵀ, the common part: ā is the inputs' batch mean and db = 1ᵀδ the bias
/// gradient. Inputs that are all positive, like a sigmoid's, make ā large; a batch norm right
/// after the dense layer makes db zero.
struct CommonGradientPart {
  /// For each hidden dense layer fed by an activation: the mean of its inputs over the batch
  /// and the units.
  let meanInputs: [Double]
  /// For the same layers: ‖ā·dbᵀ‖ / ‖dW‖.
  let shares: [Double]

  /// Measures the dense layers of `network` between two hidden activations, on one batch.
  init(of network: Sequential, features: Matrix, targets: Matrix) throws {
    var layers = network.layers
    var current = features
    var inputs = [Int: Matrix]()
    for index in layers.indices {
      if layers[index] is Dense { inputs[index] = current }
      current = layers[index].forward(current, training: true)
    }
    var trained = network
    try trained.computeGradients(features: features, targets: targets)
    // The dense layers fed by an activation, except the output layer.
    let denseIndices = layers.indices.filter { layers[$0] is Dense }
    let hidden = denseIndices.dropFirst().dropLast()
    var meanInputs = [Double]()
    var shares = [Double]()
    for index in hidden {
      guard let input = inputs[index] else { continue }
      let gradients = trained.layers[index].parameterGradients
      let (weightGradient, biasGradient) = (gradients[0], gradients[1])
      let meanInput = input.mean(axis: 0)
      let common = meanInput.transposed().matmul(biasGradient)
      meanInputs.append(meanInput.mean())
      shares.append(common.norm() / weightGradient.norm())
    }
    self.meanInputs = meanInputs
    self.shares = shares
  }
}
