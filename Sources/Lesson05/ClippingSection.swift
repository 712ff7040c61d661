import WorkbookBasics
import WorkbookReference

/// The cosine of the angle between two lists of gradients taken as one long vector each.
private func cosine(_ first: [Matrix], _ second: [Matrix]) -> Double {
  let dot = zip(first, second).reduce(0) { $0 + ($1.0 * $1.1).sum() }
  return dot / (globalNorm(first) * globalNorm(second))
}

/// Section 8: gradient clipping by value and by global norm.
let clippingSection = WalkthroughSection("Gradient clipping") { page in
  let boston = try BostonData.load()
  var network = boston.network()
  let batch = Array(boston.order(epoch: 0).prefix(bostonBatchSize))
  try network.computeGradients(features: boston.features.rows(at: batch), targets: boston.targets.rows(at: batch))
  let gradients = network.parameterGradients
  let names = ["dL/dW1", "dL/db1", "dL/dW2", "dL/db2"]
  let (valueLimit, normLimit) = (1.0, 5.0)
  let byValue = clipByValue(gradients, limit: valueLimit)
  let byNorm = clipByGlobalNorm(gradients, maxNorm: normLimit)
  page.paragraph(
    """
    Clipping caps the gradient before the update, so that one bad batch cannot throw the \
    weights far away. Two ways, shown on the first batch of the Boston network above \
    (\(batch.count) rows, prices averaging \(formatNumber(boston.targets.mean(), decimals: 1)), so the untrained network's errors are large):
    """)
  page.line("    by value:        every entry into [−c, c]")
  page.line("    by global norm:  g ← g·c/‖g‖ when ‖g‖ > c")
  page.line("                     (‖g‖: the norm of every entry of every gradient together)")
  page.line()
  page.table(
    TextTable(
      headers: [
        "gradient", "norm", "by value, c = \(formatNumber(valueLimit, decimals: 0))",
        "by norm, c = \(formatNumber(normLimit, decimals: 0))",
      ],
      rows: names.indices.map { index in
        [
          names[index], formatNumber(gradients[index].norm()), formatNumber(byValue[index].norm()),
          formatNumber(byNorm.gradients[index].norm()),
        ]
      } + [
        [
          "global ‖g‖", formatNumber(byNorm.normBefore), formatNumber(globalNorm(byValue)),
          formatNumber(globalNorm(byNorm.gradients)),
        ],
        [
          "cos(angle to g)", "1.0000", formatNumber(cosine(gradients, byValue)),
          formatNumber(cosine(gradients, byNorm.gradients)),
        ],
      ]))
  page.line()
  page.check(
    "clipping by global norm gives norm c exactly and keeps the direction",
    holds: abs(globalNorm(byNorm.gradients) - normLimit) < 1e-12
      && abs(cosine(gradients, byNorm.gradients) - 1) < 1e-12,
    detail:
      "‖g‖ = \(formatNumber(globalNorm(byNorm.gradients))), cos = \(formatNumber(cosine(gradients, byNorm.gradients), decimals: 12))"
  )
  page.line()
  page.paragraph(
    """
    Clipping by value is simple but bends the update: the large entries are cut while the \
    small ones keep their size, so the direction changes (the cosine drops below 1). \
    Clipping by global norm only shortens the step.
    """)
  let learningRate = explodingLearningRates.last ?? 0.3
  var clipped = boston.network()
  let losses = try clipped.train(
    features: boston.features, targets: boston.targets, epochs: bostonEpochs, batchSize: bostonBatchSize,
    learningRate: learningRate, clipping: .byGlobalNorm(maxNorm: normLimit), order: boston.order)
  page.paragraph(
    """
    Now the learning rate that diverged in section 7, η = \(formatNumber(learningRate)), with \
    the gradients clipped to a global norm of \(formatNumber(normLimit, decimals: 0)) before \
    every update: the loss goes from \(formatNumber(losses[0])) in epoch 1 to \
    \(formatNumber(losses[bostonEpochs - 1])) in epoch \(bostonEpochs).
    """)
  page.check(
    "with clipping the same learning rate trains to a finite, falling loss",
    holds: losses.allSatisfy(\.isFinite) && losses[bostonEpochs - 1] < losses[0],
    detail: "\(formatNumber(losses[0])) → \(formatNumber(losses[bostonEpochs - 1]))")
  page.line()
  page.paragraph(
    """
    The notes add that clipping is mostly used in recurrent networks, where batch \
    normalisation (lesson 6) is awkward; for other networks batch normalisation and good \
    initialisation usually suffice.
    """)
}
