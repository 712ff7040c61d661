import WorkbookBasics
import WorkbookReference

/// Section 4: per-layer health during training, a healthy run next to two broken ones.
let diagnosticsSection = WalkthroughSection("Diagnostics during training") { page in
  let healthy = try TrainedCapstone.shared()
  var tooFast = healthy.model
  tooFast.peakRate *= 10
  var tooFastBare = tooFast
  tooFastBare.batchNorm = false
  let runs = [
    ("healthy", healthy),
    ("η × 10", try TrainedCapstone.train(tooFast, label: "the η × 10 run")),
    ("η × 10, no BN", try TrainedCapstone.train(tooFastBare, label: "the η × 10 run without batch norm")),
  ]
  page.paragraph(
    """
    Three numbers per layer tell how training is going while it runs (CS231n's "babysitting \
    the learning process"):
    """)
  page.bullets([
    "the update-to-weight ratio ‖ΔW‖/‖W‖ of each step: how far one update moves a layer's "
      + "weights, against their size. Around 1e-3 is the usual rule of thumb; far below, the "
      + "layer barely learns; far above, the rate is too high;",
    "the share of dead units: ReLUs whose input is ≤ 0 for every validation digit, so that "
      + "they pass no gradient and never recover;",
    "the gradient norm ‖dL/dW‖ of each step, which should neither vanish nor explode.",
  ])
  page.paragraph(
    """
    The healthy run of section 3 next to the same recipe with the peak rate 10 times higher \
    (η = \(formatNumber(tooFast.peakRate, decimals: 2))), with and without batch \
    normalisation. Each ratio and norm is the median over every step of the run:
    """)
  let denseNames = healthy.best.layers.compactMap { ($0 as? Dense)?.name }
  let headers = ["layer"] + runs.map(\.0)
  page.line("update-to-weight ratio ‖ΔW‖/‖W‖, median over the steps:")
  page.table(
    TextTable(
      headers: headers,
      rows: denseNames.enumerated().map { layer, name in
        [name] + runs.map { formatScientific($0.1.steps.medianRatio(layer: layer)) }
      }))
  page.line()
  page.line("gradient norm ‖dL/dW‖, median over the steps:")
  page.table(
    TextTable(
      headers: headers,
      rows: denseNames.enumerated().map { layer, name in
        [name] + runs.map { formatNumber($0.1.steps.medianGradientNorm(layer: layer), decimals: 3) }
      }))
  page.line()
  let dead = runs.map { $0.1.finalNetwork.activationHealth(on: $0.1.data.validationX).map(\.deadShare) }
  let outcomes = runs.map { run in
    (
      epochs: run.1.history.trainingLoss.count, best: run.1.bestEpoch,
      accuracy: run.1.best.classificationAccuracy(features: run.1.data.validationX, targets: run.1.data.validationY)
    )
  }
  page.table(
    TextTable(
      headers: ["run", "dead ReLUs, layer 1", "layer 2", "stopped", "best epoch", "validation %"],
      rows: runs.indices.map { index in
        [runs[index].0] + dead[index].map { formatPercent($0, decimals: 0) }
          + [
            "\(outcomes[index].epochs)", "\(outcomes[index].best)",
            formatNumber(outcomes[index].accuracy * 100, decimals: 1),
          ]
      }))
  page.line()
  let ratio = { (run: Int) in denseNames.indices.map { runs[run].1.steps.medianRatio(layer: $0) } }
  let (healthyRatios, fastRatios) = (ratio(0), ratio(1))
  let firstLayer = healthy.steps.ratios(layer: 0)
  let peak = OneCycleRate(
    maximumRate: healthy.model.peakRate, steps: healthy.model.totalSteps(rows: healthy.data.trainX.rows)
  ).peakStep
  let atPeak = firstLayer[min(peak, firstLayer.count) - 1]
  page.line("the healthy run's first-layer ratio at every step:")
  page.plot(LinePlot(firstLayer, height: 6, logarithmic: true, xLabel: "step", xRange: (1, Double(firstLayer.count))))
  page.paragraph(
    """
    The healthy run's medians sit between \(formatScientific(healthyRatios.min() ?? .nan)) and \
    \(formatScientific(healthyRatios.max() ?? .nan)), above the rule of thumb's 1e-3 but well \
    below 1e-2, and the ratio follows the learning rate: \(formatScientific(firstLayer[0])) at \
    the first step, \(formatScientific(atPeak)) at the \
    schedule's peak (step \(peak)), \(formatScientific(firstLayer.last ?? .nan)) at the last. \
    Ten times the rate raises the medians \
    \(formatNumber(zip(fastRatios, healthyRatios).map { $0 / $1 }.min() ?? .nan, decimals: 1)) to \
    \(formatNumber(zip(fastRatios, healthyRatios).map { $0 / $1 }.max() ?? .nan, decimals: 1)) \
    times, past 1e-2: each step moves the weights by over 1% of their size. Its validation \
    accuracy ends lower (\(formatPercent(outcomes[1].accuracy, decimals: 1)) against \
    \(formatPercent(outcomes[0].accuracy, decimals: 1))). Without batch normalisation the same \
    rate also kills units: after the run \(formatPercent(dead[2].max() ?? 0, decimals: 0)) of one \
    layer's ReLUs are dead, against \(formatPercent(dead[0].max() ?? 0, decimals: 0)) in the \
    healthy run, and it stops earliest, with its best epoch at \(outcomes[2].best).
    """)
  page.check(
    "the healthy first-layer ratio at the peak is over 3 times its first step's, and above its last step's",
    holds: atPeak > 3 * firstLayer[0] && atPeak > (firstLayer.last ?? .infinity),
    detail:
      "\(formatScientific(firstLayer[0])) → \(formatScientific(atPeak)) → \(formatScientific(firstLayer.last ?? .nan))")
  page.check(
    "ten times the rate gives every layer a median ratio above 1e-2, at least twice the healthy one",
    holds: zip(fastRatios, healthyRatios).allSatisfy { $0 > 2 * $1 && $0 > 1e-2 }
      && healthyRatios.allSatisfy { $0 < 1e-2 },
    detail: zip(fastRatios, healthyRatios).map { "\(formatNumber($0 / $1, decimals: 1))×" }.joined(separator: ", "))
  page.check(
    "the healthy run keeps every ReLU alive; η × 10 without batch norm kills over 30% of a layer's",
    holds: dead[0].allSatisfy { $0 == 0 } && (dead[2].max() ?? 0) > 0.3,
    detail: "healthy " + dead[0].map { formatPercent($0, decimals: 0) }.joined(separator: " and ") + ", η × 10 without "
      + "batch norm " + dead[2].map { formatPercent($0, decimals: 0) }.joined(separator: " and "))
  page.check(
    "the healthy run ends with the best validation accuracy of the three",
    holds: outcomes[0].accuracy > outcomes[1].accuracy && outcomes[0].accuracy > outcomes[2].accuracy,
    detail: outcomes.map { formatPercent($0.accuracy, decimals: 1) }.joined(separator: ", "))
}
