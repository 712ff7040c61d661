import Foundation
import WorkbookBasics
import WorkbookReference

/// One column of the activation-spread table: a weight rule and the activation it feeds.
private struct Scheme {
  let initializer: Initializer
  let activation: ActivationLayer.Function
  /// A column title of at most 11 characters, e.g. "He relu" or "0.01 tanh".
  var title: String {
    let rule: String
    switch initializer {
    case .normal(let deviation): rule = deviation == 1 ? "1" : "\(deviation)"
    case .glorotNormal: rule = "Glorot"
    case .heNormal: rule = "He"
    case .lecunNormal: rule = "LeCun"
    default: rule = initializer.name
    }
    return "\(rule) \(activation.name)"
  }
}

/// Every hidden layer's output for a stack of `depth` layers whose weights come from `seed`.
private func layerOutputs(_ scheme: Scheme, input: Matrix, width: Int, depth: Int, seed: UInt64) -> [Matrix] {
  var generator = SeededGenerator(seed: seed)
  let network = Sequential(
    denseSizes: deepSizes(inputs: input.columns, width: width, outputs: width, depth: depth + 1),
    activation: scheme.activation, initializer: scheme.initializer, loss: MeanSquaredErrorLoss(), using: &generator)
  // An activation's output is the next layer's input (or the network's output).
  let inputs = network.layerInputs(for: input, training: true)
  return network.layers.indices.filter { network.layers[$0] is ActivationLayer }.map { inputs[$0 + 1] }
}

/// The standard deviation of every hidden layer's output for a stack of `depth` layers
/// (weights from the table's seed, 52).
private func activationSpread(_ scheme: Scheme, input: Matrix, width: Int, depth: Int) -> [Double] {
  layerOutputs(scheme, input: input, width: width, depth: depth, seed: 52).map(standardDeviation)
}

/// The population standard deviation of all the entries.
private func standardDeviation(_ values: Matrix) -> Double {
  let mean = values.mean()
  return (values.map { ($0 - mean) * ($0 - mean) }.mean()).squareRoot()
}

/// Section 5: how the initial weights set the spread of the activations, layer by layer.
let initialisationSection = WalkthroughSection("Initialisation: keeping the signal alive") { page in
  let (width, depth) = (100, 10)
  var generator = SeededGenerator(seed: 53)
  let input = Matrix.randomNormal(rows: 500, columns: width, using: &generator)
  page.paragraph(
    """
    Gradients flow back through the same weights the activations flow forward through, so \
    the first cure is to start with weights that keep the activations' spread steady. Feed \
    \(input.rows) random inputs (standard normal, \(width) features) through \(depth) layers of \
    \(width) units and print the standard deviation of each layer's output, for several \
    starting rules:
    """)
  let schemes = [
    Scheme(initializer: .normal(standardDeviation: 0.01), activation: .tanh),
    Scheme(initializer: .normal(standardDeviation: 1), activation: .tanh),
    Scheme(initializer: .glorotNormal, activation: .tanh),
    Scheme(initializer: .glorotNormal, activation: .relu),
    Scheme(initializer: .heNormal, activation: .relu),
    Scheme(initializer: .lecunNormal, activation: .selu),
  ]
  let spreads = schemes.map { activationSpread($0, input: input, width: width, depth: depth) }
  page.text(
    """
    Columns: the rule for the weights, then the activation. 0.01 and 1 are N(0, σ²) with that \
    σ; Glorot draws Var(w) = 1/fan_avg, He 2/fan_in and LeCun 1/fan_in, where fan_in is a \
    layer's number of inputs, fan_out its outputs and fan_avg their mean (the notes' table at \
    the end of this section). Rows: the layer l.
    """)
  page.line()
  page.table(
    TextTable(
      headers: ["l"] + schemes.map(\.title),
      rows: (0..<depth).map { layer in ["\(layer + 1)"] + spreads.map { formatNumber($0[layer], decimals: 3) } }))
  page.line()
  let small = spreads[0]
  let (he, lecun, glorotTanh) = (spreads[4], spreads[5], spreads[2])
  let glorotRelu = spreads[3]
  let glorotReluShrink = Foundation.pow(glorotRelu[0] / glorotRelu[depth - 1], 1 / Double(depth - 1))
  page.paragraph(
    """
    Small random weights, N(0, 0.01²), break the symmetry but shrink the signal about \
    \(formatNumber(small[0] / small[1], decimals: 0))-fold per layer: after \(depth) layers it is \
    \(formatNumber(small[depth - 1], decimals: 2)), and the gradients shrink with it. Weights of \
    spread 1 push tanh into its flat tails (outputs near ±1, derivative near 0). A \
    pre-activation z = Σ wᵢ·aᵢ sums fan_in terms, so its variance is fan_in·Var(w) times the \
    second moment E[a²] of the layer's input (then the activation changes it by some factor), \
    and the cure is Var(w) ∝ 1/fan_in. Glorot keeps tanh alive (it still shrinks slowly, \
    because tanh squeezes every value a little), He keeps ReLU near its first layer's level \
    on average over draws (ReLU zeroes half its inputs, hence the 2; this draw falls to \
    \(formatNumber(he[depth - 1], decimals: 2)), as the seeds below explain), and LeCun keeps \
    SELU at 1. Glorot's rule under ReLU loses a factor of about \
    \(formatNumber(glorotReluShrink, decimals: 2)) per layer: √2 ≈ 1.41 because ReLU halves E[a²] \
    and Glorot's variance does not double it back, and the rest is this draw's bad luck. ReLU \
    is scale-free and both columns draw the same numbers, so the Glorot column is exactly the \
    He column divided by √2 once per layer.
    """)
  let scaledHe = he.indices.map { he[$0] / Foundation.pow(2.0.squareRoot(), Double($0 + 1)) }
  page.check(
    "the Glorot + ReLU column is the He + ReLU column divided by √2 per layer",
    holds: relativeError(Matrix(row: glorotRelu), Matrix(row: scaledHe)) < 1e-9,
    detail: "largest relative difference \(formatNumber(relativeError(Matrix(row: glorotRelu), Matrix(row: scaledHe))))"
  )
  page.check(
    "He + ReLU stays within a factor 2 of its first layer, LeCun + SELU within 5% of 1",
    holds: he.allSatisfy { $0 > he[0] / 2 && $0 < he[0] * 2 } && lecun.allSatisfy { abs($0 - 1) < 0.05 },
    detail: "He \(formatNumber(he.min() ?? 0, decimals: 3))…\(formatNumber(he.max() ?? 0, decimals: 3)), "
      + "LeCun \(formatNumber(lecun.min() ?? 0, decimals: 3))…\(formatNumber(lecun.max() ?? 0, decimals: 3))")
  page.line()
  heOverSeeds(input: input, width: width, depth: depth, thisDraw: he, on: &page)
  page.check(
    "N(0, 0.01²) loses more than a factor 1e6 over the stack; Glorot + tanh keeps more than 0.1",
    holds: small[depth - 1] < small[0] * 1e-6 && glorotTanh[depth - 1] > 0.1,
    detail: "\(formatNumber(small[depth - 1])) and \(formatNumber(glorotTanh[depth - 1], decimals: 3))")
  let tanhGain = 5.0 / 3
  let gained = activationSpread(
    Scheme(initializer: .normal(standardDeviation: tanhGain * (1 / Double(width)).squareRoot()), activation: .tanh),
    input: input, width: width, depth: depth)
  page.paragraph(
    """

    Why does Glorot + tanh still fall, from \(formatNumber(glorotTanh[0], decimals: 2)) to \
    \(formatNumber(glorotTanh[depth - 1], decimals: 2))? Glorot's rule assumes the activation \
    passes variance on unchanged, as it would near 0 with slope 1; tanh squeezes every value a \
    little, so each layer loses some. PyTorch's recommended gain for tanh, 5/3, multiplies σ \
    so that the spread settles at a steady level instead of decaying towards 0. The same stack \
    with σ = (5/3)·√(1/\(width)):
    """)
  page.table(
    TextTable(
      headers: ["l"] + (1...depth).map { "\($0)" },
      rows: [["spread"] + gained.map { formatNumber($0, decimals: 2) }]))
  page.line()
  page.check(
    "with the tanh gain 5/3 the last layer keeps more spread than with Glorot alone",
    holds: gained[depth - 1] > glorotTanh[depth - 1] && gained[depth - 1] > 0.5 * gained[0],
    detail: "\(formatNumber(gained[depth - 1], decimals: 3)) vs \(formatNumber(glorotTanh[depth - 1], decimals: 3))")
  page.line()
  let varianceReading = activationSpread(
    Scheme(initializer: .normal(standardDeviation: 0.1), activation: .tanh), input: input, width: width, depth: depth)
  page.note(
    """
    In note 002 the small rule is written 𝒩(0, 0.01), which can also be read as variance 0.01 \
    (σ = 0.1). For these \(width)-unit layers that happens to be exactly Glorot's \
    1/fan_avg = 1/\(width), so it behaves like the Glorot tanh column (last layer \
    \(formatNumber(varianceReading[depth - 1], decimals: 3))). A fixed spread suits one layer \
    width only; the rules below scale with the width.
    """)
  page.check(
    "N(0, 0.1²) gives the same spreads as Glorot here", holds: varianceReading == glorotTanh,
    detail: "both draw σ = 0.1 from the same seed")
  page.line()
  page.paragraph("The notes' table, with the variance each rule gives two layer shapes:")
  let rules: [(Initializer, String)] = [
    (.glorotNormal, "none, tanh, logistic, softmax"), (.heNormal, "ReLU and variants"), (.lecunNormal, "SELU"),
  ]
  let formulas = ["1/fan_avg", "2/fan_in", "1/fan_in"]
  page.table(
    TextTable(
      headers: ["rule", "for", "σ²", "100 → 100", "784 → 256"],
      rows: rules.indices.map { index in
        let rule = rules[index].0
        return [
          rule.name, rules[index].1, formulas[index],
          formatNumber(rule.variance(fanIn: 100, fanOut: 100), decimals: 5),
          formatNumber(rule.variance(fanIn: 784, fanOut: 256), decimals: 5),
        ]
      }))
  page.line()
  var drawGenerator = SeededGenerator(seed: 54)
  let draws = rules.map { $0.0.weights(fanIn: 784, fanOut: 256, using: &drawGenerator) }
  let measured = draws.map { $0.map { $0 * $0 }.mean() }
  let expected = rules.map { $0.0.variance(fanIn: 784, fanOut: 256) }
  page.check(
    "a 784 × 256 draw of each rule has the stated variance within 2%",
    holds: zip(measured, expected).allSatisfy { abs($0 / $1 - 1) < 0.02 },
    detail: measured.map { formatNumber($0, decimals: 5) }.joined(separator: ", "))
  page.line()
  page.paragraph(
    """
    Glorot's rule compromises between keeping the forward signal (1/fan_in) and the \
    backward one (1/fan_out). Each rule also has a uniform form, U(−r, r) with r = √(3σ²).
    """)
}

/// What He's rule preserves, and how far one draw of the weights strays from it: the He + ReLU
/// stack over 50 other seeds, against the value the rule predicts.
private func heOverSeeds(input: Matrix, width: Int, depth: Int, thisDraw: [Double], on page: inout Page) {
  let scheme = Scheme(initializer: .heNormal, activation: .relu)
  let seedCount = 50
  let runs = (1...seedCount).map {
    layerOutputs(scheme, input: input, width: width, depth: depth, seed: 1000 + UInt64($0))
  }
  let spreads = runs.map { $0.map(standardDeviation) }
  let inputMoment = (input * input).mean()
  let moments = runs.map { [inputMoment] + $0.map { ($0 * $0).mean() } }
  // z ~ N(0, 2·E[x²]) in the first layer; a = max(0, z) has E[a²] = Var(z)/2 and
  // E[a] = σ_z/√(2π), so Var(a) = Var(z)·(1/2 − 1/(2π)).
  let predictedSpread = (2 * inputMoment * (0.5 - 1 / (2 * Double.pi))).squareRoot()
  page.paragraph(
    """
    What does He's rule keep, exactly? Not each draw's spread, but the second moment E[a²] \
    on average over draws of the weights. With Var(w) = 2/fan_in a pre-activation z has \
    variance fan_in·(2/fan_in)·E[a²] = 2·E[a²] of the layer below, and ReLU keeps half of z's \
    second moment, so E[a²] stays at the input's E[x²] = \(formatNumber(inputMoment, decimals: 3)). \
    As a = max(0, z) with z ~ N(0, 2·E[x²]), the first layer's spread should be \
    √(2·E[x²]·(1/2 − 1/(2π))) = \(formatNumber(predictedSpread, decimals: 3)). The same stack, \
    with \(seedCount) other seeds for the weights:
    """)
  let rows = (0..<depth).map { layer -> [String] in
    let column = spreads.map { $0[layer] }
    return [
      "\(layer + 1)", formatNumber(thisDraw[layer], decimals: 3), formatNumber(median(column), decimals: 3),
      formatNumber(column.min() ?? 0, decimals: 3), formatNumber(column.max() ?? 0, decimals: 3),
      formatNumber(SampleSummary(moments.map { $0[layer + 1] }).mean, decimals: 3),
    ]
  }
  page.table(
    TextTable(
      headers: ["l", "first table", "median of 50", "lowest", "highest", "E[a²], mean of 50"], rows: rows))
  page.line()
  // Each layer multiplies E[a²] by a gain whose mean is exactly 1 under He's rule.
  let gains = moments.flatMap { run in (1...depth).map { run[$0] / run[$0 - 1] } }
  let gainSummary = SampleSummary(gains)
  let (meanGain, gainError) = (gainSummary.mean, gainSummary.standardError)
  let (first, last) = (spreads.map { $0[0] }, spreads.map { $0[depth - 1] })
  let rangeFirst = (first.max() ?? 0) - (first.min() ?? 0)
  let rangeLast = (last.max() ?? 0) - (last.min() ?? 0)
  let luckier = last.filter { $0 > thisDraw[depth - 1] }.count
  // The typical (median) product of gains follows the mean of their logarithms, not their mean.
  // Layers 2 onwards: the first layer's gain is set by the Gaussian input, not by a ReLU's.
  let laterGains = moments.flatMap { run in (2...depth).map { run[$0] / run[$0 - 1] } }
  let meanLogGain = laterGains.map { Foundation.log($0) }.reduce(0, +) / Double(laterGains.count)
  let lastSummary = SampleSummary(moments.map { $0[depth] })
  let (lastMean, lastError) = (lastSummary.mean, lastSummary.standardError)
  let typicalSpreadFactor = Foundation.exp(Double(depth - 1) * meanLogGain / 2)
  page.paragraph(
    """
    Each layer multiplies E[a²] by a random gain whose mean is 1: over all \(gains.count) \
    layers drawn (\(seedCount) seeds × \(depth) layers) the mean gain is \
    \(formatNumber(meanGain, decimals: 3)), with a standard error of \
    \(formatNumber(gainError, decimals: 3)) (how far the mean of that many draws typically \
    strays). The gains multiply with depth, so the spreads fan out, from \
    \(formatNumber(first.min() ?? 0, decimals: 2))…\(formatNumber(first.max() ?? 0, decimals: 2)) in \
    layer 1 to \(formatNumber(last.min() ?? 0, decimals: 2))…\(formatNumber(last.max() ?? 0, decimals: 2)) \
    in layer \(depth). And the typical draw drifts down: a product of gains that average 1 is \
    more often below 1 than above (1.5 × 0.5 = 0.75). What sets the typical product is the \
    mean of the gains' logarithms, here \(formatNumber(meanLogGain, decimals: 3)) per layer from \
    layer 2 on: over \
    the \(depth - 1) layers after the first it predicts a factor of \
    \(formatNumber(typicalSpreadFactor, decimals: 2)) on the spread (the square root of the \
    factor on E[a²]), against \(formatNumber(median(last) / median(first), decimals: 2)) for the \
    medians. The mean of 50 draws falls short too (the last column): in layer \(depth) a \
    single draw's E[a²] varies so much that the mean of 50 has a \
    standard error of \(formatNumber(lastError, decimals: 2)), and \
    \(formatNumber(lastMean, decimals: 3)) is \(formatNumber((inputMoment - lastMean) / lastError, decimals: 1)) \
    of them below the input's \(formatNumber(inputMoment, decimals: 3)), a shortfall that 50 \
    draws can give by chance. The first table's draw is an \
    unlucky one: its layer \(depth) is below \(luckier) of the \(seedCount) others. The rules set \
    the right scale on average; lesson 6's batch normalisation re-scales every batch exactly.
    """)
  page.check(
    "layer 1's median spread is He's prediction within 2%",
    holds: abs(median(first) / predictedSpread - 1) < 0.02,
    detail: "\(formatNumber(median(first), decimals: 3)) vs \(formatNumber(predictedSpread, decimals: 3))")
  page.check(
    "the mean gain of E[a²] per layer is 1 within 3 standard errors, the mean of its logarithm below 0",
    holds: abs(meanGain - 1) < 3 * gainError && meanLogGain < 0,
    detail:
      "\(formatNumber(meanGain, decimals: 4)) ± \(formatNumber(gainError, decimals: 4)); "
      + "\(formatNumber(meanLogGain, decimals: 4))")
  page.check(
    "over the seeds the spreads fan out with depth and the median falls",
    holds: rangeLast > 3 * rangeFirst && median(last) < median(first),
    detail: """
      range \(formatNumber(rangeFirst, decimals: 3)) in layer 1, \(formatNumber(rangeLast, decimals: 3)) \
      in layer \(depth); median \(formatNumber(median(first), decimals: 3)) → \(formatNumber(median(last), decimals: 3))
      """)
  page.line()
}

/// The middle value of `values` (the mean of the two middle ones for an even count).
private func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
