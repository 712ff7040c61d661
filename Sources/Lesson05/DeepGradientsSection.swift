import Foundation
import WorkbookBasics
import WorkbookReference

/// The deep networks of sections 4: 12 dense layers, 64 → 32 → … → 32 → 10.
let deepDepth = 12
/// Width of every hidden layer.
let deepWidth = 32

/// Section 4: per-layer gradient norms of a deep sigmoid network (and of a ReLU + He one).
let deepGradientsSection = WalkthroughSection("A deep sigmoid network: the bottom layers starve") { page in
  let digits = try ClassifierDigits.load()
  var generator = SeededGenerator(seed: 5)
  let batch = Array(generator.permutation(digits.features.rows).prefix(256))
  let (X, Y) = (digits.features.rows(at: batch), digits.targets.rows(at: batch))
  page.paragraph(
    """
    Real networks have many neurons per layer and a non-linearity between layers, but the \
    product of the last two sections is still there: the gradient reaching layer l is \
    multiplied, layer after layer, by a weight matrix and by the activation's derivative. \
    The sigmoid's derivative is at most σ'(0) = \(formatNumber(sigmoidDerivative(0), decimals: 2)), so each sigmoid layer can shrink the gradient \
    about fourfold. Take \(deepDepth) dense layers on the digits (64 pixels → \(deepWidth) → … → \
    \(deepWidth) → 10 classes, softmax cross-entropy), Glorot-initialised, and measure ‖dL/dW‖ \
    of every layer on one batch of \(X.rows) images, before any training:
    """)
  /// The deep network with the given activation and rule, after one backward pass on the batch.
  func measured(_ activation: ActivationLayer.Function, _ initializer: Initializer) throws -> Sequential {
    var generator = SeededGenerator(seed: 51)
    var network = Sequential(
      denseSizes: deepSizes(inputs: X.columns, width: deepWidth, outputs: Y.columns, depth: deepDepth),
      activation: activation, initializer: initializer, loss: SoftmaxCrossEntropyLoss(), using: &generator)
    try network.computeGradients(features: X, targets: Y)
    return network
  }
  var sigmoidNetwork = try measured(.sigmoid, .glorotNormal)
  let sigmoidNorms = sigmoidNetwork.weightGradientNorms
  let labels = sigmoidNorms.indices.map { "layer \($0 + 1)" }
  page.bars(BarChart(labels: labels, values: sigmoidNorms.map(\.norm), width: 44, logarithmic: true))
  page.line("  (log scale: each bar's length grows with the logarithm of the norm)")
  page.line()
  let sigmoidRatio = (sigmoidNorms.last?.norm ?? 0) / (sigmoidNorms.first?.norm ?? 1)
  page.check(
    "with sigmoids the top layer's gradient is over 100 times the bottom layer's",
    holds: sigmoidRatio > 100, detail: "ratio \(formatNumber(sigmoidRatio, decimals: 1))")
  page.line()
  page.paragraph(
    """
    Swap the sigmoids for ReLU, whose derivative is exactly 1 wherever a unit is active, and \
    draw the weights with He's rule (section 5 explains it). The same measurement:
    """)
  var reluNetwork = try measured(.relu, .heNormal)
  let reluNorms = reluNetwork.weightGradientNorms
  page.bars(BarChart(labels: labels, values: reluNorms.map(\.norm), width: 44))
  page.line("  (linear scale: these norms are close enough to compare bar by bar)")
  page.line()
  let reluRatio = (reluNorms.map(\.norm).max() ?? 0) / (reluNorms.map(\.norm).min() ?? 1)
  page.check(
    "with ReLU and He's rule every layer's gradient is within a factor 20 of every other's",
    holds: reluRatio < 20, detail: "largest / smallest \(formatNumber(reluRatio, decimals: 1))")
  page.line()
  let (epochs, batchSize, learningRate) = (3, 32, 0.1)
  page.paragraph(
    """
    The symptom in training: the notes' "no progress, irrespective of the learning rate, \
    severe in the bottom layers". Train both networks for \(epochs) epochs (batches of \(batchSize), \
    η = \(formatNumber(learningRate, decimals: 1))) \
    and see how far each layer's weights moved, ‖W_after − W_before‖ / ‖W_before‖:
    """)
  let order: (Int) -> [Int] = { epoch in
    var shuffler = SeededGenerator(seed: 500 + UInt64(epoch))
    return shuffler.permutation(digits.features.rows)
  }
  func relativeChanges(_ network: inout Sequential) throws -> (changes: [Double], loss: Double) {
    let before = network.layers.compactMap { $0.parameters.first }
    let losses = try network.train(
      features: digits.features, targets: digits.targets, epochs: epochs, batchSize: batchSize,
      learningRate: learningRate,
      order: order)
    let after = network.layers.compactMap { $0.parameters.first }
    return (zip(before, after).map { ($1 - $0).norm() / $0.norm() }, losses.last ?? .nan)
  }
  let sigmoidRun = try relativeChanges(&sigmoidNetwork)
  let reluRun = try relativeChanges(&reluNetwork)
  page.table(
    TextTable(
      headers: ["layer", "sigmoid + Glorot", "ReLU + He"],
      rows: labels.indices.map { index in
        [labels[index], formatNumber(sigmoidRun.changes[index]), formatNumber(reluRun.changes[index])]
      } + [["loss, epoch \(epochs)", formatNumber(sigmoidRun.loss), formatNumber(reluRun.loss)]]))
  page.line()
  page.paragraph(
    """
    The sigmoid network's bottom layers have barely moved, so its first layers are still \
    the random features they started as, and its loss has hardly left the \
    \(formatNumber(log(Double(digits.targets.columns)))) (ln 10) of guessing uniformly. The \
    ReLU network trains every layer.
    """)
  page.check(
    "the sigmoid network's first layer moved less than a tenth as much as its last",
    holds: (sigmoidRun.changes.first ?? 1) < 0.1 * (sigmoidRun.changes.last ?? 0),
    detail: "\(formatNumber(sigmoidRun.changes.first ?? .nan)) vs \(formatNumber(sigmoidRun.changes.last ?? .nan))")
  page.line()
  page.paragraph(
    """
    A look ahead: the deepest networks in use today add each block's input to its output, \
    a = x + f(x) (residual connections, He et al., 2015). The backward pass then has a path \
    of slope 1 around every block, so the gradient reaches the bottom layers even through \
    hundreds of them.
    """)
}
