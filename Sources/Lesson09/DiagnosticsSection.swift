import WorkbookBasics
import WorkbookReference

/// Section 4: per-layer health during training, the healthy run next to deliberately mis-set
/// ones.
let diagnosticsSection = WalkthroughSection("Diagnostics during training") { page in
  let healthy = try TrainedCapstone.shared()
  let runs =
    try [("healthy", healthy)]
    + MisSetRuns.variants(of: healthy.model).map { name, model in
      (name, try TrainedCapstone.train(model, label: "the run with \(name)"))
    }
  let layers = healthy.best.layers.compactMap { $0 as? Dense }.indices
  // The runs stop at different epochs: compare them over the steps they all ran.
  let common = runs.map(\.1.steps.count).min() ?? 0
  page.paragraph(
    """
    Three numbers per layer tell how training is going while it runs (CS231n's "babysitting \
    the learning process"):
    """)
  page.bullets([
    "the update-to-weight ratio ‖ΔW‖/‖W‖ of each step: how far one update moves a layer's "
      + "weights, against their size. Around 1e-3 is the usual rule of thumb; far below, the "
      + "layer barely learns; far above, the rate is probably too high;",
    "the gradient norm ‖dL/dW‖ of each step, which should neither vanish nor explode;",
    "the share of units doing nothing: ReLUs whose input is ≤ 0 for every training digit "
      + "(dead: for every one of them they output 0 and pass no gradient back), or tanh outputs in the flat "
      + "tails, where the derivative is below 1% of its peak (saturated).",
  ])
  page.paragraph(
    """
    The healthy run of section 3 next to four deliberately mis-set ones: the peak rate 10 \
    times higher (η = \(formatNumber(healthy.model.peakRate * 10, decimals: 2))), no batch \
    normalisation, both at once, and both at once with tanh instead of ReLU. The runs stop at different \
    epochs, so each ratio and norm is the median over the first \(common) steps, the ones \
    every run made:
    """)
  page.line("median update-to-weight ratio ‖ΔW‖/‖W‖, by dense layer:")
  page.table(
    TextTable(
      headers: ["run"] + layers.map { "layer \($0 + 1)" },
      rows: runs.map { name, run in
        [name] + layers.map { formatScientific(run.steps.medianRatio(layer: $0, steps: common)) }
      }))
  page.line()
  page.line("median gradient norm ‖dL/dW‖, by dense layer:")
  page.table(
    TextTable(
      headers: ["run"] + layers.map { "layer \($0 + 1)" },
      rows: runs.map { name, run in
        [name] + layers.map { formatNumber(run.steps.medianGradientNorm(layer: $0, steps: common), decimals: 3) }
      }))
  page.line()
  let idle = runs.map { run in
    run.1.finalNetwork.activationHealth(on: run.1.data.trainX).map { max($0.deadShare, $0.saturatedShare) }
  }
  page.line("idle units (dead ReLUs, or saturated tanh outputs) after the last epoch, on the")
  page.line("training digits, by hidden layer; then each run's length and its kept network:")
  page.table(
    TextTable(
      headers: ["run", "idle, 1", "idle, 2", "epochs run", "best epoch", "validation %"],
      rows: runs.indices.map { index in
        let run = runs[index].1
        return [runs[index].0] + idle[index].map { formatPercent($0, decimals: 0) }
          + [
            "\(run.history.trainingLoss.count)", "\(run.bestEpoch)",
            formatNumber(
              run.best.classificationAccuracy(features: run.data.validationX, targets: run.data.validationY) * 100,
              decimals: 1),
          ]
      }))
  page.line()
  let ratios = runs.map { run in layers.map { run.1.steps.medianRatio(layer: $0, steps: common) } }
  let (healthyRatios, fastRatios) = (ratios[0], ratios[1])
  let firstLayer = healthy.steps.ratios(layer: 0)
  let schedule = OneCycleRate(
    maximumRate: healthy.model.peakRate, steps: healthy.model.totalSteps(rows: healthy.data.trainX.rows))
  let peak = schedule.peakStep
  let atPeak = firstLayer[min(peak, firstLayer.count) - 1]
  let rateRise = schedule.rate(atStep: peak - 1) / schedule.rate(atStep: 0)
  let shares = runs.map {
    $0.1.best.classificationAccuracy(features: $0.1.data.validationX, targets: $0.1.data.validationY)
  }
  let rows = Double(healthy.data.validationX.rows)
  let errors = shares.map { 100 * ($0 * (1 - $0) / rows).squareRoot() }
  let extremeGap = (
    value: 100 * (shares[0] - shares[3]), error: (errors[0] * errors[0] + errors[3] * errors[3]).squareRoot()
  )
  page.line("the healthy run's first-layer ratio at every step:")
  page.plot(LinePlot(firstLayer, height: 6, logarithmic: true, xLabel: "step", xRange: (1, Double(firstLayer.count))))
  page.paragraph(
    """
    The healthy run's medians, \(formatScientific(healthyRatios.min() ?? .nan)) to \
    \(formatScientific(healthyRatios.max() ?? .nan)), are \
    \(formatNumber((healthyRatios.min() ?? .nan) / 1e-3, decimals: 1)) to \
    \(formatNumber((healthyRatios.max() ?? .nan) / 1e-3, decimals: 1)) times the rule of \
    thumb's 1e-3, and below 1e-2. The ratio rises with the warm-up and falls after the peak, but less \
    than η does: from step 1 to the peak (step \(peak)) η grows \(formatNumber(rateRise, decimals: 0)) \
    times and the first layer's ratio \(formatNumber(atPeak / firstLayer[0], decimals: 1)) times. \
    Ten times the rate raises the medians \
    \(formatNumber(zip(fastRatios, healthyRatios).map { $0 / $1 }.min() ?? .nan, decimals: 1)) to \
    \(formatNumber(zip(fastRatios, healthyRatios).map { $0 / $1 }.max() ?? .nan, decimals: 1)) \
    times, past 1e-2: the median step moves the weights by over 1% of their size. The rule of \
    thumb is coarse: the healthy run and the one at ten times the rate are only a few times \
    apart, and both train.
    """)
  page.paragraph(
    """
    The idle units flag the two runs that have both changes, the high rate and no batch \
    normalisation: the ReLU one ends with \(formatPercent(idle[3].max() ?? 0, decimals: 0)) of \
    one layer's units dead, against at most \
    \(formatPercent(idle[0...2].flatMap { $0 }.max() ?? 0, decimals: 0)) in the other three ReLU \
    runs, and the tanh one with \(formatPercent(idle[4].max() ?? 0, decimals: 0)) of one layer's \
    outputs saturated. The \
    last column is one run each, scored on \(healthy.data.validationX.rows) digits: one \
    standard error of such a score is \(formatNumber(errors.min() ?? .nan, decimals: 1)) to \
    \(formatNumber(errors.max() ?? .nan, decimals: 1)) points here, so only its larger gaps \
    (healthy against η × 10 without batch norm: \(formatNumber(extremeGap.value, decimals: 1)) ± \
    \(formatNumber(extremeGap.error, decimals: 1)) points) stand out from the noise.
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
    "the tanh run ends with over half of a layer's outputs saturated",
    holds: (idle[4].max() ?? 0) > 0.5, detail: idle[4].map { formatPercent($0, decimals: 0) }.joined(separator: " and ")
  )
  page.check(
    "only η × 10 without batch norm kills over 30% of a layer's ReLUs; the other ReLU runs under 10%",
    holds: (idle[3].max() ?? 0) > 0.3 && idle[0...2].allSatisfy { $0.allSatisfy { $0 < 0.1 } },
    detail: runs.indices.prefix(4).map {
      "\(runs[$0].0): " + idle[$0].map { formatPercent($0, decimals: 0) }.joined(separator: "/")
    }
    .joined(separator: ", "))
}

/// The mis-set variants of section 4.
enum MisSetRuns {
  /// The recipe with the rate 10× too high, without batch norm, both, and both with tanh.
  static func variants(of model: CapstoneModel) -> [(String, CapstoneModel)] {
    var fast = model
    fast.peakRate *= 10
    var bare = model
    bare.batchNorm = false
    var fastBare = fast
    fastBare.batchNorm = false
    var tanh = fastBare
    tanh.activation = .tanh
    return [("η × 10", fast), ("no BN", bare), ("η × 10, no BN", fastBare), ("tanh, η × 10, no BN", tanh)]
  }
}
