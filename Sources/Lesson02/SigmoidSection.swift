import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 3: the sigmoid, its derivative σ(1 − σ) checked numerically, and computing it safely.
let sigmoidSection = WalkthroughSection("The sigmoid and its slope") { page in
  page.paragraph(
    """
    σ(z) = 1 / (1 + e^(−z)) maps any number into (0, 1): large negative z gives almost 0, z = 0 \
    gives exactly ½, large positive z gives almost 1. Its derivative has a neat form: \
    σ'(z) = e^(−z) / (1 + e^(−z))² = σ(z)·(1 − σ(z)). Check it against centred differences:
    """)
  let points: [Double] = [-6, -4, -2, -1, 0, 1, 2, 4, 6]
  var worst = 0.0
  let rows = points.map { z -> [String] in
    let s = sigmoid(z)
    let analytic = s * (1 - s)
    let numeric = numericDerivative(of: sigmoid, at: z)
    let error = relativeError(analytic, numeric)
    worst = max(worst, error)
    return [
      formatNumber(z, decimals: 0), formatNumber(s), formatNumber(analytic), formatNumber(numeric), formatNumber(error),
    ]
  }
  page.table(TextTable(headers: ["z", "σ(z)", "σ(z)(1 − σ(z))", "numeric σ'(z)", "relative error"], rows: rows))
  page.check("σ' = σ(1 − σ)", holds: worst < 1e-8, detail: "largest relative error \(formatNumber(worst))")
  page.line()
  let samples = stride(from: -8.0, through: 8.0, by: 0.25).map { $0 }
  page.line("  σ(z) for z from −8 to 8:")
  page.plot(LinePlot(samples.map(sigmoid), width: 40, height: 6, xLabel: "z", xRange: (-8, 8)))
  page.line()
  page.paragraph(
    """
    The slope is largest at z = 0, where it is σ'(0) = \(formatNumber(sigmoidDerivative(0))), \
    and fades towards 0 on both sides: a saturated sigmoid passes almost no gradient back. \
    Lesson 5 returns to this, because it is how gradients vanish in deep networks.
    """)
  let large = 800.0
  let naive = exp(large) / (1 + exp(large))
  page.paragraph(
    """
    On a computer the formula needs care. The notes also write σ(z) = e^z / (1 + e^z). It is \
    the same number on paper, but e^\(formatNumber(large, decimals: 0)) overflows a Double to \
    ∞, and ∞/∞ is NaN:
    """)
  page.value("e^z / (1 + e^z) at z = \(formatNumber(large, decimals: 0))", naive)
  page.value("1 / (1 + e^(−z)) at z = \(formatNumber(large, decimals: 0))", sigmoid(large))
  page.value("σ at z = −\(formatNumber(large, decimals: 0))", sigmoid(-large))
  page.check(
    "the workbook's σ stays finite for |z| = \(formatNumber(large, decimals: 0))",
    holds: naive.isNaN && sigmoid(large) == 1 && sigmoid(-large) == 0,
    detail:
      "σ(\(formatNumber(large, decimals: 0))) = \(formatNumber(sigmoid(large))), the naive form gives \(formatNumber(naive))"
  )
  page.line()
  page.paragraph(
    """
    The library's sigmoid uses 1 / (1 + e^(−z)) for z ≥ 0 and e^z / (1 + e^z) for z < 0, so \
    the exponential it takes is never larger than 1. Exercise 2.1 asks you for the same.
    """)
}
