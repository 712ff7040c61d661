import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 1: the derivative as a slope, and the error of forward and centred differences
/// against the step h.
let slopeSection = WalkthroughSection("The derivative as a slope") { page in
  let x = 1.0
  let exact = cos(x)
  let exponents = Array(1...15)
  page.paragraph(
    """
    The derivative f′(x) = lim (f(x + h) − f(x))/h as h → 0 is the slope of the tangent to f \
    at x. A computer cannot take the limit, but it can estimate the slope from two values of f \
    at a small step h. The forward difference looks one step ahead; the centred difference \
    looks h to either side:
    """)
  page.line("    forward:   f′(x) ≈ (f(x + h) − f(x)) / h")
  page.line("    centred:   f′(x) ≈ (f(x + h) − f(x − h)) / 2h")
  page.line()
  page.paragraph(
    """
    For f = sin at x = \(formatNumber(x, decimals: 0)) the exact slope is cos \
    \(formatNumber(x, decimals: 0)) = \(formatNumber(exact, decimals: 6)). The error of each \
    estimate, for steps h = \(formatPowerOfTen(-exponents[0])) down to \
    \(formatPowerOfTen(-exponents[exponents.count - 1])):
    """)
  let steps = exponents.map { pow(10, -Double($0)) }
  let forwardErrors = steps.map { h in abs((sin(x + h) - sin(x)) / h - exact) }
  let centredErrors = steps.map { h in abs(numericDerivative(of: sin, at: x, step: h) - exact) }
  page.table(
    TextTable(
      headers: ["h", "forward error", "centred error"],
      rows: steps.indices.map {
        [formatPowerOfTen(-exponents[$0]), formatScientific(forwardErrors[$0]), formatScientific(centredErrors[$0])]
      }))
  page.line()
  page.line("centred error against h = 10⁻ᵏ, k = \(exponents[0]) to \(exponents[exponents.count - 1]):")
  page.plot(
    LinePlot(
      centredErrors, height: 8, logarithmic: true, xLabel: "k",
      xRange: (Double(exponents[0]), Double(exponents[exponents.count - 1]))))
  let bestForward = forwardErrors.indices.min { forwardErrors[$0] < forwardErrors[$1] } ?? 0
  // The same on a finer grid, h = 10^(−q/4), to place the best step more closely.
  let fineSteps = (4...60).map { pow(10, -Double($0) / 4) }
  let fineErrors = fineSteps.map { h in abs(numericDerivative(of: sin, at: x, step: h) - exact) }
  let bestFine = fineErrors.indices.min { fineErrors[$0] < fineErrors[$1] } ?? 0
  // Truncation error ≈ h²·|f‴|/6, rounding ≈ ε·|f|/h: their sum is least at h = (3ε|f|/|f‴|)^⅓.
  let epsilon = Double.ulpOfOne
  let predicted = pow(3 * epsilon * abs(sin(x)) / abs(cos(x)), 1.0 / 3)
  // Where rounding dominates, log(error) against log(h) is a line of slope about −1.
  let roundOffRange = exponents.indices.filter { (8...13).contains(exponents[$0]) }
  let logSteps = roundOffRange.map { log10(steps[$0]) }
  let logErrors = roundOffRange.map { log10(centredErrors[$0]) }
  let line = try fitByNormalEquation(features: Matrix(column: logSteps), targets: Matrix(column: logErrors))
  let roundOffSlope = line.weights[0, 0]
  let defaultExponent = Int(log10(defaultDifferenceStep).rounded())
  page.paragraph(
    """
    Two errors pull in opposite directions as h shrinks. The truncation error comes from the \
    formula: Taylor's series gives f(x ± h) = f(x) ± h·f′(x) + h²f″(x)/2 ± h³f‴(x)/6 + …, so \
    the forward difference is off by about h·|f″|/2 and the centred one, where the h² terms \
    cancel, by about h²·|f‴|/6. Going from h = \(formatPowerOfTen(-exponents[0])) to \
    \(formatPowerOfTen(-exponents[1])), the forward error falls \
    \(formatNumber(forwardErrors[0] / forwardErrors[1], decimals: 1)) times and the centred one \
    \(formatNumber(centredErrors[0] / centredErrors[1], decimals: 1)) times. The round-off error \
    comes from the numbers: x ± h and f(x ± h) are each rounded to within about ε/2 of their \
    size (ε = \(formatScientific(epsilon))), and dividing the difference by 2h magnifies that \
    error by 1/h. From h = \(formatPowerOfTen(-8)) to \(formatPowerOfTen(-13)) the centred error \
    grows like h^\(formatNumber(roundOffSlope, decimals: 2)), close to 1/h. Balancing the two \
    terms, h²·|f‴|/6 against ε·|f|/h, predicts the best step h ≈ (3ε·|f|/|f‴|)^⅓ = \
    \(formatScientific(predicted)); on a finer grid of steps (10^(−q/4)) the centred error is \
    lowest at h = \(formatScientific(fineSteps[bestFine])), where it is \
    \(formatScientific(fineErrors[bestFine])). The forward difference does best at \
    h = \(formatPowerOfTen(-exponents[bestForward])), and even then only to \
    \(formatScientific(forwardErrors[bestForward])). That is why the workbook's gradient checks use \
    centred differences with h = \(formatPowerOfTen(defaultExponent)): close to the best step when x, \
    f and its third derivative are all of order 1.
    """)
  page.check(
    "truncation: the centred error falls like h² (about 100× per step), the forward one like h (about 10×)",
    holds: abs(centredErrors[0] / centredErrors[1] / 100 - 1) < 0.1
      && abs(forwardErrors[0] / forwardErrors[1] / 10 - 1) < 0.1,
    detail: "\(formatNumber(centredErrors[0] / centredErrors[1], decimals: 1))× and "
      + "\(formatNumber(forwardErrors[0] / forwardErrors[1], decimals: 1))×")
  page.check(
    "round-off: the centred error grows like 1/h for small h (a log–log slope between −1.5 and −0.5)",
    holds: roundOffSlope > -1.5 && roundOffSlope < -0.5,
    detail:
      "slope \(formatNumber(roundOffSlope, decimals: 2)) over h = \(formatPowerOfTen(-8)) to \(formatPowerOfTen(-13))")
  page.check(
    "the best centred step on the fine grid lies within a factor 3 of the predicted one",
    holds: fineSteps[bestFine] / predicted < 3 && predicted / fineSteps[bestFine] < 3,
    detail: "h = \(formatScientific(fineSteps[bestFine])) against \(formatScientific(predicted))")
  page.line()
}
