import Foundation
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
    detail: "best without \(formatNumber(100 * (plain.accuracies.max() ?? .nan), decimals: 1))%, "
      + "first ≥ 0.9 with: \(reached(normalised))")
  page.line()
  let batch = data.trainFeatures.rows(in: 0..<32)
  let before = ActivationInputs(of: network(.sigmoid, .glorotNormal, batchNorm: false), on: batch)
  let after = ActivationInputs(of: network(.sigmoid, .glorotNormal, batchNorm: true), on: batch)
  page.paragraph(
    """
    Why? A tempting story is that without batch norm the sigmoids drift into their flat tails. \
    Measure it: at the start, on the first batch of 32 images, the spread of each hidden \
    sigmoid's inputs across the batch (their standard deviation over the 32 images, averaged \
    over the layer's units) and the mean slope σ' of the sigmoid there:
    """)
  page.table(
    TextTable(
      headers: ["hidden layer", "spread, without", "mean σ', without", "spread, with", "mean σ', with"],
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
  // One per-layer factor shrinks the spread on the way up and the gradient on the way down.
  let hiddenSteps = Double(before.spreads.count - 1)
  let forwardShrink = pow(firstSpread / lastSpread, 1 / hiddenSteps)
  let backwardShrink = pow(1 / ratio(plainNorms), 1 / Double(plainNorms.count - 1))
  // With batch norm the backward pass divides by each batch norm's σ_B (γ = 1 at the start),
  // which undoes the slope σ' of the sigmoid after it.
  let restored = zip(after.meanSlopes, after.normalisedSpreads).map { $0 / $1 }
  let chanceLoss = log(10.0)
  page.paragraph(
    """
    So the tails are not the problem: without batch norm the sigmoids sit near their steepest \
    point. What shrinks is one factor per layer, the sigmoid's slope (about \
    \(formatNumber(before.meanSlopes.reduce(0, +) / Double(before.meanSlopes.count), decimals: 2))) \
    times the gain of the weights, and it works on both passes. On the way up it shrinks the spread of \
    the inputs across the batch, by about \(formatNumber(forwardShrink, decimals: 2))× per \
    layer; on the way down it shrinks the weight gradient ‖dW‖, by about \
    \(formatNumber(backwardShrink, decimals: 2))× per layer. The upper layers see nearly the \
    same input for every image, so the network predicts about the same for all of them (its \
    loss stays near ln 10 = \(formatNumber(chanceLoss, decimals: 4)), the loss of a uniform guess \
    over 10 classes), and the lower layers, which could change that, get almost no gradient.
    """)
  page.check(
    "the spread and the gradient shrink by about the same factor per layer",
    holds: abs(log(forwardShrink / backwardShrink)) < log(1.3),
    detail:
      "\(formatNumber(forwardShrink, decimals: 2))× and \(formatNumber(backwardShrink, decimals: 2))× per layer")
  page.line()
  page.paragraph(
    """
    Batch norm re-spreads each layer's inputs to variance 1 across the batch. On the way back \
    it scales the gradient by γ/σ_B, after removing its batch mean and its part along x̂ \
    (section 3), where σ_B is the spread of its own input (the dense \
    layer's output, section 1's σ_B), here about \
    \(formatNumber(after.normalisedSpreads.reduce(0, +) / Double(after.normalisedSpreads.count), decimals: 2)) \
    (γ starts at 1). That undoes the sigmoid's slope: per hidden layer, σ'/σ_B is \
    \(formatNumber(restored.min() ?? .nan, decimals: 2))…\(formatNumber(restored.max() ?? .nan, decimals: 2)). \
    More of the sigmoids' inputs land on their curved parts (the mean slope is lower, not \
    higher), but the images stay distinguishable at every depth, the gradient reaching the \
    first layer is \(formatNumber(ratio(normalisedNorms), decimals: 2)) of the last layer's, and \
    the loss falls from the first epoch.
    """)
  page.check(
    "with batch norm the backward factor σ'·γ/σ_B is near 1 in every hidden layer",
    holds: restored.allSatisfy { $0 > 0.5 && $0 < 2 },
    detail: restored.map { formatNumber($0, decimals: 2) }.joined(separator: ", "))
  page.line()
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
  page.check(
    "with batch norm every rate tried passes 90% test accuracy",
    holds: runs.allSatisfy { $0.with.epochReaching(targetAccuracy) != nil },
    detail: runs.map { "η = \(formatNumber($0.rate, decimals: 1)): \(outcome($0.with))" }.joined(separator: ", "))
  page.line()
  let stuck = runs.first { $0.without.failure == nil && ($0.without.accuracies.last ?? 1) < 0.2 }
  page.check(
    "just below the rate that diverges, the network without batch norm ends near chance",
    holds: stuck != nil,
    detail: stuck.map { "η = \(formatNumber($0.rate, decimals: 1)): \(outcome($0.without))" } ?? "none")
  page.line()
  page.paragraph(
    """
    Without batch norm, at the largest η training diverges within the first epoch: the \
    training loop stops and names the step. Just below that, at \
    η = \(formatNumber(stuck?.rate ?? .nan, decimals: 1)), nothing overflows, but the network \
    ends no better than a guess (1 in 10 is 10%). With batch norm each layer's inputs are \
    re-standardised on every batch, so their scale does not depend on the size of the \
    weights below, and here it passes 90% at every rate tried. (Why large steps then stay harmless is \
    argued, not measured, here: section 2's Santurkar et al. find that batch norm makes the \
    loss and its gradient change more smoothly.) Two more benefits are often claimed (the \
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
    batch mean ā is far from 0. Its weight gradient dW = Aᵀδ then splits into the part from \
    how the inputs differ from their mean, (A − ā)ᵀδ, plus a common part ā·dbᵀ (db = Σ δ, the bias \
    gradient), which moves all of a unit's incoming weights the same way (every ā is \
    positive) by an amount set by the inputs' mean, not by how the images differ. With batch norm right after the dense layer, db is 0: \
    the normalisation subtracts each unit's batch mean, so shifting all of a unit's outputs \
    changes nothing, and the common part is gone. On the same first batch, the size of the \
    common part next to the whole gradient (it can pass 1 when the two parts point partly \
    against each other):
    """)
  page.table(
    TextTable(
      headers: ["dense layer", "mean input ā", "‖ā·dbᵀ‖/‖dW‖, without", "… with batch norm"],
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
    "without batch norm the common part is most of every hidden weight gradient; with it, 0 to rounding",
    holds: smallestWithout > 0.1 && largestWith < 1e-9,
    detail: "smallest ratio without \(formatNumber(smallestWithout)), largest with \(formatNumber(largestWith))")
  page.line()
  page.paragraph(
    """
    In the upper layers of the network without batch norm, nearly all of the gradient is the \
    common part: the images reach those layers almost alike (the spreads above), so little \
    but their mean is left to learn from, and there the ratio mostly measures that collapse. \
    Layer 2, whose inputs still differ most between the images (spread \
    \(formatNumber(without.inputSpreads.first ?? .nan, decimals: 3)) around \
    \(formatNumber(without.meanInputs.first ?? .nan, decimals: 2))), shows the notes' effect most \
    cleanly: \
    \(formatNumber(without.shares.first ?? .nan, decimals: 2)) of its gradient's size is the \
    common part.
    """)
  page.check(
    "without batch norm dense layer 2's inputs differ most between the images",
    holds: without.inputSpreads.first == without.inputSpreads.max(),
    detail: "input spreads " + without.inputSpreads.map { formatNumber($0) }.joined(separator: ", "))
  page.line()
}
