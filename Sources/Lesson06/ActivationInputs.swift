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
    var layers = network.layers
    var activation = batch
    var spreads = [Double]()
    var meanSlopes = [Double]()
    var normalisedSpreads = [Double]()
    for index in layers.indices {
      let spread = activation.variance(axis: 0).map { $0.squareRoot() }.mean()
      if layers[index] is ActivationLayer {
        spreads.append(spread)
        meanSlopes.append(activation.map(sigmoidDerivative).mean())
      }
      if layers[index] is BatchNorm { normalisedSpreads.append(spread) }
      activation = layers[index].forward(activation, training: true)
    }
    self.spreads = spreads
    self.meanSlopes = meanSlopes
    self.normalisedSpreads = normalisedSpreads
  }
}
