import WorkbookBasics
import WorkbookReference

/// The deep networks of section 4: 8 dense layers of 32 units.
private let comparisonDepth = 8
/// Width of every hidden layer.
private let comparisonWidth = 32
/// Epochs per run.
private let comparisonEpochs = 15
/// The test accuracy counted as "trained".
private let targetAccuracy = 0.9

/// "epoch 4", or "never" within the run.
private func reached(_ run: ComparisonRun) -> String {
  run.epochReaching(targetAccuracy).map { "epoch \($0)" } ?? "never"
}

/// The final test accuracy in per cent, or what stopped the run.
private func outcome(_ run: ComparisonRun) -> String {
  if let failure = run.failure { return "diverged (epoch \(failure.epoch), step \(failure.step))" }
  return formatNumber(100 * (run.accuracies.last ?? .nan), decimals: 1) + "%"
}

/// Section 4: the same deep network trained with and without batch normalisation.
let benefitsSection = WalkthroughSection("Measured: a deep network with and without batch norm") { page in
  let data = try DigitsData.load()
  func network(_ activation: ActivationLayer.Function, _ initializer: Initializer, batchNorm: Bool) -> Sequential {
    digitsNetwork(
      depth: comparisonDepth, width: comparisonWidth, activation: activation, initializer: initializer,
      batchNorm: batchNorm, seed: 64)
  }
  let sigmoidRate = 0.5
  page.paragraph(
    """
    Lesson 5's deep sigmoid network barely trained: its bottom layers received almost no \
    gradient. Train one like it on the digits (\(data.trainFeatures.rows) training and \
    \(data.testClasses.count) test images, seeded split): \(comparisonDepth) dense layers, \
    64 → \(comparisonWidth) → … → 10, sigmoid, Glorot initialisation, batches of 32, \
    η = \(formatNumber(sigmoidRate, decimals: 1)), \(comparisonEpochs) epochs. Then the same \
    network with a BatchNorm layer between each hidden dense layer and its sigmoid (the \
    same starting weights):
    """)
  let plain = trainAndTrack(
    network(.sigmoid, .glorotNormal, batchNorm: false), on: data, epochs: comparisonEpochs, learningRate: sigmoidRate)
  let normalised = trainAndTrack(
    network(.sigmoid, .glorotNormal, batchNorm: true), on: data, epochs: comparisonEpochs, learningRate: sigmoidRate)
  let range = (start: 1.0, end: Double(comparisonEpochs))
  page.blocks(
    [
      LinePlot(plain.losses, width: 23, height: 6, xLabel: "epoch", xRange: range).render(),
      LinePlot(normalised.losses, width: 23, height: 6, xLabel: "epoch", xRange: range).render(),
    ],
    captions: ["training loss, without", "training loss, with batch norm"], perRow: 2)
  page.line("  (each plot has its own vertical scale: read the values on its left)")
  page.line()
  page.table(
    TextTable(
      headers: ["", "loss, epoch 1", "loss, epoch \(comparisonEpochs)", "test accuracy", "≥ 90% at"],
      rows: [("without", plain), ("with batch norm", normalised)].map { name, run in
        [
          name, formatNumber(run.losses.first ?? .nan), formatNumber(run.losses.last ?? .nan), outcome(run),
          reached(run),
        ]
      }))
  page.line()
  page.check(
    "with batch norm the sigmoid network passes 90% test accuracy; without it, it stays near chance",
    holds: normalised.epochReaching(targetAccuracy) != nil && (plain.accuracies.max() ?? 1) < 0.2,
    detail: "best without \(formatNumber(plain.accuracies.max() ?? .nan, decimals: 3)), "
      + "first ≥ 0.9 with: \(reached(normalised))")
  page.line()
  let batch = data.trainFeatures.rows(in: 0..<32)
  let before = ActivationInputs(of: network(.sigmoid, .glorotNormal, batchNorm: false), on: batch)
  let after = ActivationInputs(of: network(.sigmoid, .glorotNormal, batchNorm: true), on: batch)
  page.paragraph(
    """
    Why? A tempting story is that without batch norm the sigmoids drift into their flat tails. \
    Measure it: at the start, on the first batch of 32 images, the spread σ_B of each hidden \
    sigmoid's inputs across the batch (averaged over its units) and the mean slope σ' there:
    """)
  page.table(
    TextTable(
      headers: ["hidden layer", "σ_B without", "mean σ' without", "σ_B with", "mean σ' with"],
      rows: before.spreads.indices.map { layer in
        [
          "\(layer + 1)", formatNumber(before.spreads[layer]), formatNumber(before.meanSlopes[layer]),
          formatNumber(after.spreads[layer]), formatNumber(after.meanSlopes[layer]),
        ]
      }))
  page.line()
  let (firstSpread, lastSpread) = (before.spreads.first ?? .nan, before.spreads.last ?? .nan)
  page.check(
    "without batch norm the sigmoids are not saturated: every layer's mean σ' is above 0.2 (at most 0.25)",
    holds: before.meanSlopes.allSatisfy { $0 > 0.2 },
    detail: "smallest \(formatNumber(before.meanSlopes.min() ?? .nan))")
  page.check(
    "what collapses is the spread across the batch; with batch norm it stays near 1",
    holds: lastSpread < 0.1 * firstSpread && after.spreads.allSatisfy { $0 > 0.9 },
    detail:
      "without: \(formatNumber(firstSpread)) in layer 1, \(formatNumber(lastSpread)) in layer \(before.spreads.count)")
  let targets = data.trainTargets.rows(in: 0..<32)
  func gradientNorms(batchNorm: Bool) throws -> [Double] {
    var untrained = network(.sigmoid, .glorotNormal, batchNorm: batchNorm)
    try untrained.computeGradients(features: batch, targets: targets)
    return untrained.weightGradientNorms.map(\.norm)
  }
  let (plainNorms, normalisedNorms) = (try gradientNorms(batchNorm: false), try gradientNorms(batchNorm: true))
  let ratio = { (norms: [Double]) in (norms.first ?? .nan) / (norms.last ?? .nan) }
  page.value("‖dW‖ of the first layer ÷ the last, without batch norm", ratio(plainNorms))
  page.value("‖dW‖ of the first layer ÷ the last, with batch norm", ratio(normalisedNorms))
  page.check(
    "on the same batch the first layer's gradient is far smaller without batch norm than with it",
    holds: ratio(plainNorms) < 0.01 * ratio(normalisedNorms),
    detail: "ratios \(formatNumber(ratio(plainNorms))) and \(formatNumber(ratio(normalisedNorms)))")
  page.line()
  page.paragraph(
    """
    So the tails are not the problem: without batch norm the sigmoids sit near their steepest \
    point. The trouble is that every image reaches the upper layers as nearly the same input, \
    so the network cannot tell the images apart, and the gradient reaching the first layer is \
    \(formatNumber(ratio(plainNorms))) of the last layer's (\(formatNumber(ratio(normalisedNorms))) with \
    batch norm). Batch norm re-spreads every layer's inputs to variance 1 across the \
    batch. That puts more of them on the curved parts of the sigmoid (its mean slope is lower, \
    not higher), but the images stay distinguishable at every depth, and the loss falls from \
    the first epoch.
    """)
  try explainNonCentredInputs(
    plain: network(.sigmoid, .glorotNormal, batchNorm: false),
    normalised: network(.sigmoid, .glorotNormal, batchNorm: true), features: batch, targets: targets, on: &page)
  let rates = [0.1, 0.3, 1, 2]
  page.paragraph(
    """
    Second benefit: a larger learning rate. The same depth with ReLU and He initialisation, \
    trained at several η, without and with batch norm (final test accuracy after \
    \(comparisonEpochs) epochs):
    """)
  var rows = [[String]]()
  var runs = [(rate: Double, without: ComparisonRun, with: ComparisonRun)]()
  for rate in rates {
    let without = trainAndTrack(
      network(.relu, .heNormal, batchNorm: false), on: data, epochs: comparisonEpochs, learningRate: rate)
    let with = trainAndTrack(
      network(.relu, .heNormal, batchNorm: true), on: data, epochs: comparisonEpochs, learningRate: rate)
    runs.append((rate, without, with))
    rows.append([formatNumber(rate, decimals: 1), outcome(without), reached(without), outcome(with), reached(with)])
  }
  page.table(TextTable(headers: ["η", "without", "≥ 90% at", "with batch norm", "≥ 90% at"], rows: rows))
  page.line()
  let largest = runs.last
  page.check(
    "at η = \(formatNumber(largest?.rate ?? .nan, decimals: 0)) the network without batch norm diverges and the one with it "
      + "passes 90%",
    holds: largest?.without.failure != nil && largest?.with.epochReaching(targetAccuracy) != nil,
    detail: "\(largest.map { outcome($0.without) } ?? "") vs \(largest.map { outcome($0.with) } ?? "")")
  page.line()
  let stuck = runs.first { $0.without.failure == nil && ($0.without.accuracies.last ?? 1) < 0.2 }
  page.check(
    "below the diverging rate, a rate at which the network without batch norm is stuck near chance",
    holds: stuck != nil,
    detail: stuck.map { "η = \(formatNumber($0.rate, decimals: 1)): \(outcome($0.without))" } ?? "none")
  page.line()
  page.paragraph(
    """
    Without batch norm a step that makes some layer's outputs a little larger makes every \
    layer above see larger inputs, and at large η that feeds on itself until the logits \
    overflow: the training loop stops and names the step. Just below that, at \
    η = \(formatNumber(stuck?.rate ?? .nan, decimals: 1)), it does not overflow but gets \
    stuck at chance level. With batch norm each layer's \
    inputs are re-standardised on every batch, so the size of the weights below no longer \
    sets the scale, and large steps stay harmless. Two more benefits are often claimed (the \
    first is not in the notes): less sensitivity to initialisation, and some regularisation, \
    because each example's output depends a little on the random batch it lands in.
    """)
}

/// The notes' benefit "mitigates the problems with non-zero centred activations", measured:
/// the share of each hidden weight gradient that comes from the inputs' mean, without and
/// with batch norm.
private func explainNonCentredInputs(
  plain: Sequential, normalised: Sequential, features: Matrix, targets: Matrix, on page: inout Page
) throws {
  let without = try CommonGradientPart(of: plain, features: features, targets: targets)
  let with = try CommonGradientPart(of: normalised, features: features, targets: targets)
  page.paragraph(
    """
    The notes also say batch norm "mitigates the problems with non-zero centred activation \
    functions". A sigmoid's outputs are all positive, so the layer above sees inputs whose \
    batch mean ā is far from 0. Its weight gradient dW = Aᵀδ then splits into the part \
    centred inputs would give, (A − ā)ᵀδ, plus a common part ā·dbᵀ (db = Σ δ, the bias \
    gradient), which moves all of a unit's incoming weights the same way (every ā is \
    positive) by an amount set by the inputs' mean, not by how the images differ. With batch norm right after the dense layer, db is 0: \
    the normalisation subtracts each unit's batch mean, so shifting all of a unit's outputs \
    changes nothing, and the common part is gone. On the same first batch:
    """)
  page.table(
    TextTable(
      headers: ["dense layer", "mean input ā", "common share, without", "… with batch norm"],
      rows: without.shares.indices.map { layer in
        [
          "\(layer + 2)", formatNumber(without.meanInputs[layer], decimals: 3),
          formatNumber(without.shares[layer]), formatNumber(with.shares[layer]),
        ]
      }))
  page.line()
  let smallestWithout = without.shares.min() ?? .nan
  let largestWith = with.shares.max() ?? .nan
  page.check(
    "without batch norm the common part is a large share of every hidden weight gradient; with it, 0 to rounding",
    holds: smallestWithout > 0.1 && largestWith < 1e-9,
    detail: "smallest share without \(formatNumber(smallestWithout)), largest with \(formatNumber(largestWith))")
  page.line()
  page.paragraph(
    """
    In the upper layers of the network without batch norm, nearly all of the gradient is the \
    common part: the images reach those layers almost alike (σ_B above), so little but their \
    mean is left to learn from.
    """)
}
