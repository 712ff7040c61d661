import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 2: the checks a careful practitioner runs before a long training: the first loss,
/// overfitting one batch, and a gradient check of the whole network.
let healthChecksSection = WalkthroughSection("Health checks before training") { page in
  let data = try CapstoneData.load()
  let model = CapstoneModel()
  let shape = model.widths.map(String.init).joined(separator: "-")
  page.paragraph(
    """
    The network of this lesson is \(shape): two hidden layers, each a dense layer, batch \
    normalisation, ReLU and dropout (p = \(formatNumber(model.dropout, decimals: 1))), then a \
    dense layer of 10 logits and softmax cross-entropy; He initialisation throughout. Before \
    training it (on larger problems that takes days), three cheap checks, as CS231n and \
    Andrej Karpathy's "recipe for training neural networks" teach them.
    """)
  // 1. The first loss.
  page.paragraph(
    """
    Check 1, the first loss. Knowing nothing yet, the network should give each of the 10 classes \
    about 1/10, so the loss of the first batch should be close to −ln(1/10):
    """)
  page.value("−ln(1/10)", -log(0.1))
  page.line()
  let firstBatch = Array(CapstoneModel.epochOrder(epoch: 0, rows: data.trainX.rows).prefix(model.batchSize))
  let batchX = data.trainX.rows(at: firstBatch)
  let batchY = data.trainY.rows(at: firstBatch)
  var plain = model
  plain.lastLayerScale = 1
  let scaled = FirstLoss(model.network(), batchX, batchY)
  let unscaled = FirstLoss(plain.network(), batchX, batchY)
  page.table(
    TextTable(
      headers: ["last layer's weights", "spread of the logits", "mean largest p", "first loss"],
      rows: zip(["He, as drawn", "He × \(formatNumber(model.lastLayerScale, decimals: 1))"], [unscaled, scaled]).map {
        label, first in
        [label, formatNumber(first.logitSpread), formatNumber(first.largestProbability), formatNumber(first.loss)]
      }))
  page.line()
  page.paragraph(
    """
    With He's weights in the last layer the ten logits of a digit differ by about \
    \(formatNumber(unscaled.logitSpread, decimals: 2)), for reasons unrelated to the digit, so \
    the network's largest probability is \(formatNumber(unscaled.largestProbability, decimals: 2)) \
    on average instead of 0.1, and the loss starts above ln 10. Scaling the last layer's \
    starting weights by \(formatNumber(model.lastLayerScale, decimals: 1)) (the hidden layers \
    keep He's) brings the logits close to 0 and the loss to ln 10; the rest of the lesson \
    starts that way. Correct code can start above ln 10, as the first row shows; \
    the check is for a loss far off (0, or 20): that points to a bug in the loss, the \
    targets or the initialisation.
    """)
  page.check(
    "the first loss is within 0.05 of ln 10 with the scaled last layer, and higher without",
    holds: abs(scaled.loss - log(10)) < 0.05 && unscaled.loss > scaled.loss,
    detail: "\(formatNumber(scaled.loss)) and \(formatNumber(unscaled.loss)) against \(formatNumber(log(10)))")
  page.line()
  // 2. Overfitting one batch.
  var tiny = model
  tiny.dropout = 0
  var network = tiny.network()
  var adam = Adam()
  let steps = 150
  let history = try network.train(
    features: batchX, targets: batchY, optimizer: &adam, schedule: ConstantRate(OverfitBatch.rate),
    options: TrainingOptions(epochs: steps, batchSize: batchX.rows), order: { _ in Array(0..<batchX.rows) })
  let losses = history.trainingLoss
  let finalLoss = network.loss.loss(predicted: network.forward(batchX, training: true), expected: batchY)
  let batchAccuracy = network.classificationAccuracy(features: batchX, targets: batchY)
  let below = losses.firstIndex { $0 < 0.01 }.map { $0 + 1 }
  page.paragraph(
    """
    Check 2, overfit one batch. With dropout off, the same network trained on the first batch of \
    \(batchX.rows) digits alone (Adam, η = \(formatNumber(OverfitBatch.rate, decimals: 3)), \
    \(steps) steps on that batch) should drive its loss to almost 0. A network that cannot \
    memorise \(batchX.rows) examples has a bug in its forward or backward pass, or a rate far \
    too small; there is no point training it on all of them.
    """)
  page.plot(LinePlot(losses, height: 6, logarithmic: true, xLabel: "step", xRange: (1, Double(steps))))
  page.paragraph(
    """
    The loss falls from \(formatNumber(losses[0])) to \(formatScientific(finalLoss)) and goes \
    below 0.01 first at step \(below.map(String.init) ?? "(never)"); the batch is classified \
    \(formatPercent(batchAccuracy, decimals: 0)) right.
    """)
  page.check(
    "one batch is memorised: loss below 0.01 and every digit of it right",
    holds: finalLoss < 0.01 && batchAccuracy == 1,
    detail: "loss \(formatScientific(finalLoss)), accuracy \(formatPercent(batchAccuracy, decimals: 0))")
  page.line()
  // 3. A gradient check of the whole network.
  let checkRows = Array(firstBatch.prefix(4))
  let checkX = data.trainX.rows(at: checkRows)
  var checked = model.network()
  // One fixed mask per dropout layer, of the shape of what it receives from this batch.
  let widths = checked.layerInputs(for: checkX, training: false).map(\.columns)
  var maskGenerator = SeededGenerator(seed: 92)
  for index in checked.layers.indices {
    guard var dropout = checked.layers[index] as? Dropout else { continue }
    dropout.nextMask = Matrix.randomUniform(
      rows: checkRows.count, columns: widths[index], in: 0..<1, using: &maskGenerator
    ).map { $0 < 1 - dropout.rate ? 1 : 0 }
    checked.layers[index] = dropout
  }
  let errors = try checked.gradientCheck(features: checkX, targets: data.trainY.rows(at: checkRows))
  page.paragraph(
    """
    Check 3, the gradients of the whole network. Every one of its parameters gets a centred \
    difference ĝ of the loss, on \(checkRows.count) training digits, and is compared with the \
    backward pass's g by the measure of Andrew Ng's course, ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖) per \
    parameter (about 1e-7 or less: right). Dropout draws a new mask on every forward pass, \
    which would move the loss under the differences, so each dropout layer is given one \
    fixed mask for the whole check (CS231n's advice is to switch it off; a fixed mask checks \
    its backward pass too).
    """)
  page.table(
    TextTable(
      headers: ["layer", "parameter", "shape", "‖g‖", "‖g − ĝ‖ / (‖g‖ + ‖ĝ‖)"],
      rows: errors.map {
        [
          $0.layer, $0.quantity, $0.shape, $0.isZero ? "0 (rounding)" : formatScientific($0.analyticNorm),
          $0.isZero ? "both 0" : formatScientific($0.difference),
        ]
      }))
  page.line()
  let compared = errors.filter { !$0.isZero }
  let zero = errors.filter(\.isZero)
  let worst = compared.map(\.difference).max() ?? .nan
  page.paragraph(
    """
    The biases of the two hidden dense layers have no gradient, zero up to rounding error by either method: \
    batch normalisation subtracts each feature's batch mean straight after them, and a \
    constant added to every row of a batch is subtracted again. β does their job.
    """)
  page.check(
    "every other parameter's gradient agrees with centred differences to better than 1e-7",
    holds: worst < 1e-7,
    detail: "\(compared.reduce(0) { $0 + $1.count }) numbers in \(compared.count) parameters, largest "
      + formatScientific(worst))
  page.check(
    "the gradients that are 0 are the hidden dense layers' biases, just before batch norm",
    holds: zero.count == 2 && zero.allSatisfy { $0.quantity == "b" && $0.layer != "Dense 64 → 10" },
    detail: zero.map { "\($0.layer) \($0.quantity): largest |ĝ| \(formatScientific($0.largestNumeric))" }
      .joined(separator: ", "))
}

/// The overfitting check's rate.
private enum OverfitBatch {
  static let rate = 0.003
}

/// A fresh network's loss on the first batch (training mode, as the first step sees it), the
/// standard deviation of its logits and its mean largest probability.
private struct FirstLoss {
  let loss: Double
  let logitSpread: Double
  let largestProbability: Double

  init(_ network: Sequential, _ features: Matrix, _ targets: Matrix) {
    var probe = network
    let logits = probe.forward(features, training: true)
    loss = probe.loss.loss(predicted: logits, expected: targets)
    logitSpread = SampleSummary(logits.values).standardDeviation
    let probabilities = softmax(logits)
    largestProbability =
      (0..<probabilities.rows).map { row in (0..<10).map { probabilities[row, $0] }.max() ?? 0 }
      .reduce(0, +) / Double(probabilities.rows)
  }
}
