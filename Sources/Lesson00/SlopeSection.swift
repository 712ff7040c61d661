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
    The derivative f′(x) is the slope of f at x: how much f changes per unit of x, for a very \
    small change. A computer can estimate it from two values of f. The forward difference \
    looks one step h ahead; the centred difference looks h to either side:
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
  let bestCentred = centredErrors.indices.min { centredErrors[$0] < centredErrors[$1] } ?? 0
  let bestForward = forwardErrors.indices.min { forwardErrors[$0] < forwardErrors[$1] } ?? 0
  // Truncation error ≈ h²·|f‴|/6, rounding ≈ ε·|f|/h: their sum is least at h = (3ε|f|/|f‴|)^⅓.
  let epsilon = Double.ulpOfOne
  let predicted = pow(3 * epsilon * abs(sin(x)) / abs(cos(x)), 1.0 / 3)
  page.paragraph(
    """
    Two errors pull in opposite directions. The truncation error comes from the formula: \
    Taylor's series gives f(x ± h) = f(x) ± h·f′(x) + h²f″(x)/2 ± h³f‴(x)/6 + …, so the forward \
    difference is off by about h·|f″|/2 and the centred one, where the h² terms cancel, by \
    about h²·|f‴|/6. Going from h = \(formatPowerOfTen(-exponents[0])) to \
    \(formatPowerOfTen(-exponents[1])), the forward error falls \
    \(formatNumber(forwardErrors[0] / forwardErrors[1], decimals: 1)) times and the centred one \
    \(formatNumber(centredErrors[0] / centredErrors[1], decimals: 1)) times. The round-off error \
    comes from the numbers: f(x ± h) is stored to about ε = \(formatScientific(epsilon)) \
    of its size, and the difference divides that by h, so it grows as h shrinks. The centred \
    error is lowest at h = \(formatPowerOfTen(-exponents[bestCentred])) \
    (\(formatScientific(centredErrors[bestCentred]))); balancing the two terms predicts \
    h ≈ (3ε·|f|/|f‴|)^⅓ = \(formatScientific(predicted)). The forward difference does \
    best at h = \(formatPowerOfTen(-exponents[bestForward])), and even then only to \
    \(formatScientific(forwardErrors[bestForward])). That is why the workbook's gradient \
    checks use centred differences with h = \(formatPowerOfTen(-5)), close to the best step for functions whose \
    size and third derivative are of order 1.
    """)
  page.check(
    "truncation: the centred error falls like h² (about 100× per step), the forward one like h (about 10×)",
    holds: abs(centredErrors[0] / centredErrors[1] / 100 - 1) < 0.1
      && abs(forwardErrors[0] / forwardErrors[1] / 10 - 1) < 0.1,
    detail: "\(formatNumber(centredErrors[0] / centredErrors[1], decimals: 1))× and "
      + "\(formatNumber(forwardErrors[0] / forwardErrors[1], decimals: 1))×")
  let tiny = exponents.firstIndex(of: 13) ?? exponents.count - 1
  page.check(
    "round-off: at h = \(formatPowerOfTen(-exponents[tiny])) the centred error is over 100 times its lowest",
    holds: centredErrors[tiny] > 100 * centredErrors[bestCentred],
    detail: "\(formatScientific(centredErrors[tiny])) against \(formatScientific(centredErrors[bestCentred]))")
  page.check(
    "the best centred step lies within a factor 10 of the predicted one",
    holds: steps[bestCentred] / predicted < 10 && predicted / steps[bestCentred] < 10,
    detail: "h = \(formatPowerOfTen(-exponents[bestCentred])) against \(formatScientific(predicted))")
  page.line()
}
