import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 7: what overflows in a naive softmax, and the max-shift and log-sum-exp that fix it.
let stabilitySection = WalkthroughSection("Overflow: the stable softmax and log-sum-exp") { page in
  let naiveSoftmax = { (z: Matrix) -> Matrix in
    let e = z.map(exp)
    return e / e.sum()
  }
  let doubleLimit = log(Double.greatestFiniteMagnitude)
  let floatLimit = Double(log(Float.greatestFiniteMagnitude))
  page.paragraph(
    """
    e^z overflows to ∞ once z passes ln(largest Double) = \(formatNumber(doubleLimit)) \
    (with 32-bit floats, as on most GPUs, already at \(formatNumber(floatLimit))). Logits \
    that large are rare at the start of training but common in a model that diverges or \
    grows very confident. Written straight from the formula, the softmax then fails:
    """)
  let large = Matrix(row: [1000, 1001, 1002])
  let small = -large
  page.line("  naive softmax\(formatTuple(large, decimals: 0))    = \(formatTuple(naiveSoftmax(large)))   (∞/∞)")
  page.line("  naive softmax\(formatTuple(small, decimals: 0)) = \(formatTuple(naiveSoftmax(small)))   (0/0)")
  page.line()
  let shifted = large - large.max()
  page.paragraph(
    """
    The fix: subtract the row's largest logit M from every logit first. e^(−M) multiplies top \
    and bottom of the fraction and cancels, so the probabilities do not change; but now every \
    exponent is ≤ 0 (no overflow), and the largest term is e⁰ = 1 (the total cannot \
    underflow to 0). For \(formatTuple(large, decimals: 0)) the shifted logits are \
    \(formatTuple(shifted, decimals: 0)):
    """)
  page.line("  softmax\(formatTuple(large, decimals: 0))    = \(formatTuple(softmax(large)))")
  page.line("  softmax\(formatTuple(small, decimals: 0)) = \(formatTuple(softmax(small)))")
  let reference = naiveSoftmax(shifted)
  page.check(
    "the stable softmax of (1000, 1001, 1002) equals the plain softmax of (−2, −1, 0)",
    holds: relativeError(softmax(large), reference) < 1e-15, detail: formatTuple(reference))
  page.line()
  page.paragraph(
    """
    The same trick gives the log of the softmax's denominator, log-sum-exp, a smooth maximum \
    that lies between M and M + ln K:
    """)
  page.line("  LSE(z) = ln Σⱼ e^(zⱼ) = M + ln Σⱼ e^(zⱼ − M)")
  let naiveLSE = log(large.map(exp).sum())
  let stableLSE = logSumExp(large)[0, 0]
  page.value("ln Σ e^z, naively, for \(formatTuple(large, decimals: 0))", naiveLSE)
  page.value("M + ln Σ e^(z − M)", stableLSE)
  page.check(
    "LSE lies between M and M + ln K", holds: stableLSE >= large.max() && stableLSE <= large.max() + log(3),
    detail: "\(formatNumber(large.max())) ≤ \(formatNumber(stableLSE)) ≤ \(formatNumber(large.max() + log(3)))")
  page.line()
  let confident = Matrix(row: [0, 800])
  let truth = 0
  let probabilities = softmax(confident)
  page.paragraph(
    """
    The loss has a second trap. Take logits \(formatTuple(confident, decimals: 0)) when the \
    first class is the true one: the model is sure of the wrong class, and the true class \
    gets p̂ = e^(−800), which rounds to exactly \(formatNumber(probabilities[0, truth])). Three \
    ways to compute the loss:
    """)
  let viaProbability = -log(probabilities[0, truth])
  let clamped = crossEntropy(probabilities: probabilities, labels: oneHot([truth], classCount: 2))
  let fromLogits = softmaxCrossEntropy(logits: confident, classes: [truth])
  page.table(
    TextTable(
      headers: ["method", "loss"],
      rows: [
        ["−ln p̂ from the probability", formatNumber(viaProbability)],
        ["the same with p̂ clamped to ≥ 1e-12", formatNumber(clamped)],
        ["from the logits: LSE(z) − z_true (log-softmax)", formatNumber(fromLogits)],
      ]))
  page.line()
  page.check(
    "the log-softmax form gives the exact loss, 800", holds: fromLogits == 800, detail: formatNumber(fromLogits))
  page.paragraph(
    """

    Only the last is right: ln p̂_true = z_true − LSE(z) never forms the tiny probability. \
    This is why PyTorch's CrossEntropyLoss and TensorFlow's \
    softmax_cross_entropy_with_logits take logits, not probabilities, and why the workbook's \
    softmaxCrossEntropy(logits:labels:) does the same.
    """)
}
