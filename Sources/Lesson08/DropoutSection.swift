import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 3: dropout's formulas, its expectation, and inference mode.
let dropoutSection = WalkthroughSection("Dropout") { page in
  let rate = 0.5
  page.paragraph(
    """
    Dropout (note 002) sets each entry of a layer's output (one unit for one example) to 0 \
    with probability p at every training step, a new random choice each time; at inference \
    every unit is on. In the inverted form, the one PyTorch and Keras use, the kept entries \
    are scaled by 1/(1 − p):
    """)
  page.line("    training:   x′ = x ⊙ m / (1 − p),   m ~ Bernoulli(1 − p) per entry")
  page.line("    inference:  x′ = x")
  page.line()
  let x = Matrix([[2.0, -1.0, 0.5, 4.0]])
  var layer = Dropout(rate: rate, seed: 83)
  let once = layer.forward(x, training: true)
  page.paragraph(
    "One training pass at p = \(formatNumber(rate, decimals: 1)) on x = \(formatTuple(x, decimals: 1)), "
      + "with mask \(formatTuple(layer.lastMask ?? x, decimals: 0)), gives x′ = \(formatTuple(once, decimals: 1)).")
  let draws = 10_000
  var total = Matrix.zeros(rows: 1, columns: x.columns)
  for _ in 0..<draws { total = total + layer.forward(x, training: true) }
  let mean = total / Double(draws)
  // Each entry of x′ is x/(1 − p) with probability 1 − p, else 0: its standard deviation is
  // |x|·√(p/(1 − p)), so the mean of the draws has standard error that over √draws.
  let standardErrors = x.map { abs($0) * (rate / (1 - rate)).squareRoot() / Double(draws).squareRoot() }
  let worst = zip(zip(mean.values, x.values), standardErrors.values).map { abs($0.0 - $0.1) / $1 }.max() ?? .nan
  let unscaled = mean * (1 - rate)
  page.paragraph(
    """
    The scaling keeps the expected value: over \(draws) seeded masks the mean of x′ is \
    \(formatTuple(mean, decimals: 3)), against x = \(formatTuple(x, decimals: 3)). Unscaled, \
    the same masks would give a mean of \(formatTuple(unscaled, decimals: 3)), about \
    (1 − p)·x, during training and x at inference: the next layer would see inputs of a \
    different scale in the two modes. The original dropout paper (Srivastava et al., 2014) \
    leaves training unscaled and multiplies by 1 − p at inference instead; the inverted form \
    moves that one factor into training, so that inference needs nothing.
    """)
  page.check(
    "the mean of x′ over \(draws) masks is within 4 standard errors of x in every entry", holds: worst < 4,
    detail: "largest gap \(formatNumber(worst, decimals: 2)) standard errors")
  let atInference = layer.forward(x, training: false)
  page.check(
    "at inference the layer returns x unchanged", holds: atInference == x, detail: formatTuple(atInference, decimals: 1)
  )
  page.line()
  page.errata(
    """
    Note 002's inference slide writes h′ = dropout(h), as if units were still dropped. At \
    inference dropout is the identity, h′ = h, as the check above shows; that is what makes \
    the predictions deterministic, as the same slide says they are.
    """)
  page.errata(
    """
    Note 002 says training with input noise equals Tikhonov regularisation. Bishop (1995) \
    showed the two are equivalent only approximately: for small noise, to first order, and \
    for a squared-error loss.
    """)
}
