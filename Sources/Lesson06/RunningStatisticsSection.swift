import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 2: running statistics with momentum, and training mode against inference mode.
let runningStatisticsSection = WalkthroughSection("Running statistics: training mode and inference mode") { page in
  let all = try SmallBatch.bostonColumns()
  let momentum = 0.9
  let batchSize = 32
  page.paragraph(
    """
    At inference there may be a single example, and a prediction should not depend on which \
    other examples happen to share its batch. So while training, the layer also keeps a \
    running estimate of each feature's mean and variance, an exponential moving average \
    with the notes' rule (v is a batch's statistic, v̂ the running one):
    """)
  page.line("    v̂ ← v̂ · momentum + v · (1 − momentum)        momentum = \(formatNumber(momentum, decimals: 1))")
  page.line()
  page.paragraph(
    """
    The running mean starts at 0 and the running variance at 1. Feed the layer all \
    \(all.rows) suburbs in shuffled batches of \(batchSize) (seeded) and watch the running mean:
    """)
  var layer = BatchNorm(features: all.columns, momentum: momentum)
  var generator = SeededGenerator(seed: 62)
  let reported: Set<Int> = [1, 2, 3, 5, 10, 20, 40, 80]
  var rows = [[String]]()
  var step = 0
  for _ in 0..<6 {
    let order = generator.permutation(all.rows)
    for start in stride(from: 0, to: order.count - batchSize + 1, by: batchSize) {
      _ = layer.forward(all.rows(at: Array(order[start..<start + batchSize])), training: true)
      step += 1
      if reported.contains(step) {
        rows.append(["\(step)"] + layer.runningMean.values.map { formatNumber($0, decimals: 2) })
      }
    }
  }
  let populationMean = all.mean(axis: 0)
  let populationVariance = all.variance(axis: 0)
  rows.append(["all data"] + populationMean.values.map { formatNumber($0, decimals: 2) })
  page.table(TextTable(headers: ["batches"] + SmallBatch.featureNames.map { "mean \($0)" }, rows: rows))
  page.line()
  let steps = step
  page.paragraph(
    """
    Each batch moves the estimate \(formatNumber((1 - momentum) * 100, decimals: 0))% of the way \
    towards its own mean, so the starting 0 fades as momentum^k: after 10 batches \
    \(formatNumber(pow(momentum, 10), decimals: 3)) of it is \
    left, after \(steps) batches nothing visible. What remains is the noise of the last few \
    batches. The running variance after \(steps) batches is \
    \(formatTuple(layer.runningVariance, decimals: 1)) against \
    \(formatTuple(populationVariance, decimals: 1)) over all the data.
    """)
  let relativeGap = ((layer.runningMean - populationMean) / populationMean).map { abs($0) }.max()
  page.check(
    "after \(steps) batches the running mean is within 5% of the data's mean", holds: relativeGap < 0.05,
    detail: "largest relative gap \(formatNumber(relativeGap, decimals: 4))")
  page.line()
  let X = try SmallBatch.load()
  var trained = layer
  trained.parameters = [SmallBatch.gamma, SmallBatch.beta]
  var inTraining = trained
  let trainingOutput = inTraining.forward(X, training: true)
  let inferenceOutput = trained.forward(X, training: false)
  page.paragraph("The four suburbs of section 1 through this layer (γ and β as there), both ways:")
  page.blocks(
    [matrixLines(trainingOutput), matrixLines(inferenceOutput)],
    captions: ["training mode", "inference mode"], perRow: 2)
  page.line()
  page.paragraph(
    """
    Training mode uses the batch's μ_B and σ²_B, inference mode the running statistics. \
    They differ because the batch of four is not typical: in training mode its own mean \
    and variance are used, so each column of z has mean β exactly, whichever four suburbs \
    arrive. In inference mode each suburb is measured against the whole data's statistics, \
    and the result for one suburb no longer depends on the other three:
    """)
  let alone = trained.forward(X.rows(at: [0]), training: false)
  page.line("  suburb 1 alone, inference:        \(formatTuple(alone))")
  page.line("  suburb 1 in the batch, inference: \(formatTuple(inferenceOutput.rows(at: [0])))")
  page.line("  suburb 1 in the batch, training:  \(formatTuple(trainingOutput.rows(at: [0])))")
  page.line()
  page.check(
    "inference gives suburb 1 the same output alone and in the batch",
    holds: alone.values == inferenceOutput.rows(at: [0]).values, detail: "identical to the last bit")
  page.line()
  page.paragraph(
    """
    This is why a network with batch normalisation must be told which mode it is in: \
    Sequential.predict runs the layers with training: false (PyTorch's model.eval()). \
    Forgetting it makes predictions depend on the batch, and a batch of one would give \
    x̂ = 0 for every feature.
    """)
  page.paragraph(
    """
    Conventions differ between libraries. The notes, CS231n and Keras call momentum the share \
    of the old running value that is kept (0.9 here, 0.99 in Keras); PyTorch's momentum = 0.1 \
    is the share given to the new batch, the same average written the other way round. \
    PyTorch also feeds its running variance the unbiased estimate, dividing by m − 1, while \
    normalising the batch itself with the biased one; this course divides by m throughout.
    """)
  page.paragraph(
    """
    Batch statistics also tie the method to the batch size: with a handful of rows μ_B and \
    σ²_B are noisy, and with one row there is no σ² at all. Layer normalisation (Ba et al., \
    2016) normalises each example over its own features instead, so it behaves the same in \
    training and inference and at any batch size; transformers use it. As for why batch norm \
    helps, its authors' explanation, reducing "internal covariate shift", has been questioned: \
    Santurkar et al. (2018) found it trains well even when that shift is added back, and \
    credit a smoother loss landscape instead.
    """)
}

/// A matrix as lines of fixed-decimal entries, for printing two side by side.
private func matrixLines(_ matrix: Matrix) -> [String] {
  (0..<matrix.rows).map { row in
    "["
      + (0..<matrix.columns).map { column in
        let text = formatFixed(matrix[row, column], decimals: 3)
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
      }.joined(separator: " ") + " ]"
  }
}
