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
  page.errata(
    """
    Note 002 writes GELU(x) = 0.5z·(1 + tanh(√(2/π)·(x + 0.044715x³))), mixing two letters. \
    The factor in front is the input itself: 0.5x·(1 + tanh(…)). At x = 1 that gives \
    \(formatNumber(geluTanhApproximation(1))), close to the exact 1·Φ(1) = \(formatNumber(gelu(1))).
    """)
}
