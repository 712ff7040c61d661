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
  /// For the same layers: how much their inputs differ between the examples (the mean over
  /// the inputs of each one's standard deviation across the batch).
  let inputSpreads: [Double]

  /// Measures the dense layers of `network` between two hidden activations, on one batch.
  init(of network: Sequential, features: Matrix, targets: Matrix) throws {
    let inputs = network.layerInputs(for: features, training: true)
    let layers = network.layers
    var trained = network
    try trained.computeGradients(features: features, targets: targets)
    // The dense layers fed by an activation, except the output layer.
    let denseIndices = layers.indices.filter { layers[$0] is Dense }
    let hidden = denseIndices.dropFirst().dropLast()
    var meanInputs = [Double]()
    var shares = [Double]()
    var inputSpreads = [Double]()
    for index in hidden {
      let input = inputs[index]
      let gradients = trained.layers[index].parameterGradients
      let (weightGradient, biasGradient) = (gradients[0], gradients[1])
      let meanInput = input.mean(axis: 0)
      let common = meanInput.transposed().matmul(biasGradient)
      meanInputs.append(meanInput.mean())
      inputSpreads.append(input.variance(axis: 0).map { $0.squareRoot() }.mean())
      shares.append(common.norm() / weightGradient.norm())
    }
    self.meanInputs = meanInputs
    self.shares = shares
    self.inputSpreads = inputSpreads
  }
}
