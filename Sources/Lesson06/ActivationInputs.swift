import Foundation
import WorkbookBasics
import WorkbookReference

/// What the sigmoids of a network see on one batch, layer by layer: how spread out their
/// inputs are across the batch, and how steep the sigmoid is there on average.
struct ActivationInputs {
  /// For each hidden activation: the mean over its units of the standard deviation of the
  /// unit's input across the batch (σ_B).
  let spreads: [Double]
  /// For each hidden activation: the mean of σ'(z) over every unit and example.
  let meanSlopes: [Double]
  /// For each batch-norm layer (none without batch norm): the mean over its units of the
  /// spread of the unit's input across the batch, the σ_B its backward pass divides by.
  let normalisedSpreads: [Double]

  /// Runs `network` forward in training mode on `batch`, one layer at a time, and measures the
  /// input of every activation layer.
  init(of network: Sequential, on batch: Matrix) {
    let inputs = network.layerInputs(for: batch, training: true)
    func spread(_ index: Int) -> Double { inputs[index].variance(axis: 0).map { $0.squareRoot() }.mean() }
    let activations = network.layers.indices.filter { network.layers[$0] is ActivationLayer }
    spreads = activations.map(spread)
    meanSlopes = activations.map { inputs[$0].map(sigmoidDerivative).mean() }
    normalisedSpreads = network.layers.indices.filter { network.layers[$0] is BatchNorm }.map(spread)
  }
}
