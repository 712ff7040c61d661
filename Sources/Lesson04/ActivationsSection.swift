import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 3: sigmoid, tanh and ReLU with their derivatives, and the ReLU family.
let activationsSection = WalkthroughSection("Activation functions and their derivatives") { page in
  let functions: [ActivationLayer.Function] = [.sigmoid, .tanh, .relu]
  page.paragraph(
    """
    Each hidden unit passes its weighted sum through a non-linear function. Backpropagation \
    needs its derivative too, written with the function itself where possible: \
    σ' = σ·(1 − σ), tanh' = 1 − tanh², and ReLU' = 1 for positive inputs, 0 for negative ones.
    """)
  let points: [Double] = [-3, -1, -0.5, 0, 0.5, 1, 3]
  let headers = ["z"] + functions.flatMap { [$0.name, "\($0.name)'"] }
  let rows = points.map { z in
    [formatNumber(z, decimals: 1)]
      + functions.flatMap { [formatNumber($0.value(z)), formatNumber($0.derivative(z))] }
  }
  page.table(TextTable(headers: headers, rows: rows))
  page.line()
  let awayFromKink = stride(from: -4.0, through: 4.0, by: 0.25).filter { $0 != 0 }
  let worst =
    functions.map { function in
      awayFromKink.map { z in
        relativeError(function.derivative(z), numericDerivative(of: function.value, at: z))
      }.max() ?? .nan
    }.max() ?? .nan
  page.check(
    "each derivative matches centred differences at \(awayFromKink.count) points in −4…4 (z ≠ 0)",
    holds: worst < 1e-8, detail: "largest relative error \(formatNumber(worst))")
  page.line()
  let plots = functions.map { function in
    LinePlot(
      stride(from: -4.0, through: 4.0, by: 0.125).map(function.value), width: 12, height: 5, xLabel: "z",
      xRange: (-4, 4)
    ).render()
  }
  page.blocks(plots, captions: functions.map { "         " + $0.name }, perRow: 3)
  page.line()
  let kinkSlope = numericDerivative(of: relu, at: 0)
  page.paragraph(
    """
    The sigmoid squashes into (0, 1) and is centred on 0.5; tanh squashes into (−1, 1) and \
    is centred on 0, which tends to speed up training. Both flatten out for large |z|, where \
    their derivatives vanish (Lesson 5 shows what that does to deep networks). ReLU is \
    cheap, never saturates for positive inputs, and is the usual default.
    """)
  page.note(
    """
    ReLU has a kink at 0: the slope is 0 on the left and 1 on the right, so the derivative \
    does not exist there. Note 002 says so and also writes ReLU'(0) = 1; any value from 0 to \
    1 is a valid choice. The workbook, like PyTorch, uses \
    \(formatNumber(ActivationLayer.Function.relu.derivative(0), decimals: 0)). A centred \
    difference at 0 gives \(formatNumber(kinkSlope, decimals: 1)), the average of the two \
    slopes, which is why gradient checks keep inputs away from kinks.
    """)
  let rrelu = (1.0 / 8 + 1.0 / 3) / 2
  page.paragraph(
    """
    Note 002 lists ReLU's relatives. Leaky ReLU keeps a slope α (usually 0.01) for negative \
    inputs, so a unit is never completely silent. PReLU learns α (PyTorch starts it at \
    0.25). RReLU draws α at random while training and uses the average at test time (for \
    PyTorch's default range 1/8…1/3, α = \(formatNumber(rrelu))). GELU scales z by Φ(z), \
    the standard normal CDF; note 002 gives its tanh approximation. SELU has fixed constants \
    λ ≈ \(formatNumber(SELUConstants.scale)) and α ≈ \(formatNumber(SELUConstants.alpha)) \
    that keep activations normalised (with LeCun initialisation, Lesson 5).
    """)
  let family: [(String, (Double) -> Double)] = [
    ("leaky 0.01", { leakyReLU($0, slope: 0.01) }),
    ("PReLU 0.25", { leakyReLU($0, slope: 0.25) }),
    ("RReLU test", { leakyReLU($0, slope: rrelu) }),
    ("GELU", gelu),
    ("GELU tanh", geluTanhApproximation),
    ("SELU", selu),
  ]
  let familyPoints: [Double] = [-3, -1, -0.1, 0, 0.1, 1, 3]
  page.table(
    TextTable(
      headers: ["z"] + family.map(\.0),
      rows: familyPoints.map { z in [formatNumber(z, decimals: 1)] + family.map { formatNumber($0.1(z)) } }))
  page.line()
  let grid = stride(from: -4.0, through: 4.0, by: 0.01)
  let approximationError = grid.map { abs(gelu($0) - geluTanhApproximation($0)) }.max() ?? .nan
  page.check(
    "the tanh approximation stays within 0.001 of GELU on −4…4", holds: approximationError < 1e-3,
    detail: "largest difference \(formatNumber(approximationError))")
  page.line()
  page.paragraph(
    """
    Their derivatives, for backpropagation. SELU(z) = λ·z for z > 0 and λ·α·(e^z − 1) \
    otherwise, so SELU'(z) = λ or λ·α·e^z; Leaky ReLU'(z) = 1 for z > 0, α otherwise; and \
    with Φ the standard normal CDF and φ its density, GELU'(z) = Φ(z) + z·φ(z). At a kink, \
    z = 0, this course takes the left slope, as PyTorch does (and as ReLU'(0) = 0 above):
    """)
  let normalDensity = { (z: Double) in exp(-z * z / 2) / (2 * Double.pi).squareRoot() }
  let derivatives: [(String, (Double) -> Double, (Double) -> Double)] = [
    ("leaky 0.01'", { leakyReLU($0, slope: 0.01) }, { $0 > 0 ? 1 : 0.01 }),
    ("GELU'", gelu, { 0.5 * erfc(-$0 / 2.0.squareRoot()) + $0 * normalDensity($0) }),
    ("SELU'", selu, seluDerivative),
  ]
  page.table(
    TextTable(
      headers: ["z"] + derivatives.map(\.0),
      rows: familyPoints.map { z in [formatNumber(z, decimals: 1)] + derivatives.map { formatNumber($0.2(z)) } }))
  page.line()
  let worstFamily =
    derivatives.map { _, function, derivative in
      awayFromKink.map { z in relativeError(derivative(z), numericDerivative(of: function, at: z)) }.max() ?? .nan
    }.max() ?? .nan
  page.check(
    "these derivatives match centred differences too (z ≠ 0)", holds: worstFamily < 1e-7,
    detail: "largest relative error \(formatNumber(worstFamily))")
  var generator = SeededGenerator(seed: 43)
  let inputs = Matrix.randomNormal(rows: 200, columns: 4, using: &generator)
  let weights = Matrix.randomNormal(rows: 4, columns: 1, standardDeviation: 0.5, using: &generator)
  let z = inputs.matmul(weights) - 5
  let deadSlopes = z.map(reluDerivative)
  let leakySlopes = z.map { $0 > 0 ? 1 : 0.01 }
  page.paragraph(
    """

    A ReLU unit whose input is negative for every example passes no gradient at all, so its \
    weights never change again: a "dead" unit. A large negative bias can do it; one unit \
    with bias −5, on 200 random examples:
    """)
  page.check(
    "the ReLU unit's slope is 0 on every example; leaky ReLU still passes 0.01",
    holds: deadSlopes.max() == 0 && leakySlopes.min() == 0.01,
    detail: "mean ReLU' \(formatNumber(deadSlopes.mean())), mean leaky ReLU' \(formatNumber(leakySlopes.mean()))")
  let draws = Matrix.randomNormal(rows: 1000, columns: 1, using: &generator)
  let sigmoidMean = sigmoid(draws).mean()
  let tanhMean = draws.map(tanh).mean()
  page.paragraph(
    """

    And the sigmoid's outputs are not centred on 0: for inputs around 0 they average about \
    0.5, so every input the next layer sees is positive, and for one example the gradients \
    of all the weights into a unit share the sign of that unit's δ. tanh's outputs average \
    about 0. On 1000 standard normal inputs:
    """)
  page.check(
    "σ's outputs average about 0.5 and tanh's about 0",
    holds: abs(sigmoidMean - 0.5) < 0.05 && abs(tanhMean) < 0.05,
    detail: "\(formatNumber(sigmoidMean)) and \(formatNumber(tanhMean))")
  page.line()
  page.errata(
    """
    Note 002 writes GELU(x) = 0.5z·(1 + tanh(√(2/π)·(x + 0.044715x³))), mixing two letters. \
    The factor in front is the input itself: 0.5x·(1 + tanh(…)). At x = 1 that gives \
    \(formatNumber(geluTanhApproximation(1))), close to the exact 1·Φ(1) = \(formatNumber(gelu(1))).
    """)
}
