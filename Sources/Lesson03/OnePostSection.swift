import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 2: note 002's Stack Exchange post, scored by softmax regression.
let onePostSection = WalkthroughSection("Softmax regression on one post (note 002)") { page in
  let names = StackExchange.classNames
  let (W, b, x) = (StackExchange.weights, StackExchange.bias, StackExchange.post)
  page.paragraph(
    """
    Softmax regression generalises logistic regression to K classes: every class k gets its \
    own weights and bias and its own score zₖ = w₁ₖ·x₁ + … + wₙₖ·xₙ + bₖ, the logit. Note 002 \
    tags Stack Exchange posts as \(names.joined(separator: ", ")) (K = \(names.count)) from \
    n = \(W.rows) features. Stored the workbook's way, W is n × K, one column per class, \
    and b is 1 × K:
    """)
  let parameterRows =
    (0..<W.rows).map { feature in
      ["w for x\(feature + 1)"] + (0..<W.columns).map { formatNumber(W[feature, $0], decimals: 1) }
    } + [["b"] + (0..<b.columns).map { formatNumber(b[0, $0], decimals: 1) }]
  page.table(TextTable(headers: [""] + names, rows: parameterRows))
  page.line()
  page.paragraph("The post has x = \(formatTuple(x, decimals: 0)). All K logits at once: z = x·W + b.")
  let z = x.matmul(W) + b
  let signed = { (value: Double) in
    value < 0 ? "(\(formatNumber(value, decimals: 1)))" : formatNumber(value, decimals: 1)
  }
  for k in 0..<names.count {
    let terms = (0..<W.rows).map { "\(signed(W[$0, k]))·\(formatNumber(x[0, $0], decimals: 0))" }
    page.line(
      "  z_\(names[k]) = " + terms.joined(separator: " + ") + " + \(signed(b[0, k])) = \(formatNumber(z[0, k]))")
  }
  page.line()
  page.paragraph(
    """
    The softmax turns the logits into probabilities: exponentiate each (now all positive), \
    then divide by their total (now they add up to 1). A larger logit always gets a larger \
    probability.
    """)
  let exponentials = z.map(exp)
  let total = exponentials.sum()
  for k in 0..<names.count {
    page.line(
      "  e^z_\(names[k]) = e^\(formatNumber(z[0, k], decimals: 1)) = \(formatNumber(exponentials[0, k]))")
  }
  page.value("sum", total)
  let p = softmax(z)
  for k in 0..<names.count {
    page.line(
      "  p̂_\(names[k]) = \(formatNumber(exponentials[0, k])) / \(formatNumber(total)) = \(formatNumber(p[0, k]))")
  }
  page.check(
    "the library's softmax gives the same probabilities, adding up to 1",
    holds: relativeError(p, exponentials / total) < 1e-14 && abs(p.sum() - 1) < 1e-15,
    detail: "sum \(formatNumber(p.sum()))")
  page.line()
  let truth = StackExchange.postClass
  let predicted = argmaxPerRow(z)[0]
  let y = oneHot([truth], classCount: names.count)
  page.paragraph(
    """
    The post is really about \(names[truth]): y = \(formatTuple(y, decimals: 0)). The \
    cross-entropy is L = −Σₖ yₖ·ln p̂ₖ, and with a one-hot y only the true class's term \
    survives: L = −ln p̂_\(names[truth]).
    """)
  let loss = -log(p[0, truth])
  page.value("L = −ln p̂_\(names[truth]) = −ln \(formatNumber(p[0, truth]))", loss)
  page.check(
    "the library's cross-entropy from the logits agrees",
    holds: relativeError(loss, softmaxCrossEntropy(logits: z, classes: [truth])) < 1e-14,
    detail: formatNumber(softmaxCrossEntropy(logits: z, classes: [truth])))
  page.paragraph(
    """

    The predicted class is the one with the largest probability, ŷ = argmaxₖ p̂ₖ, which is \
    also the one with the largest logit: ŷ = \(names[predicted]) \
    (p̂ = \(formatNumber(p[0, predicted]))). The model is wrong and fairly sure of itself, so \
    the loss is large. Had the post been about \(names[predicted]), the loss would have been \
    −ln \(formatNumber(p[0, predicted])) = \(formatNumber(-log(p[0, predicted]))).
    """)
  page.check(
    "argmax of the logits = argmax of the probabilities", holds: argmaxPerRow(p)[0] == predicted,
    detail: "both \(names[predicted])")
  page.line()
  // The notes write the softmax with the sum running from j = 1 to k instead of to K.
  let truncated = Matrix(
    row: (0..<names.count).map { k in exponentials[0, k] / (0...k).map { exponentials[0, $0] }.reduce(0, +) })
  page.errata(
    """
    Note 002 writes the softmax as p̂ₖ = e^(zₖ) / Σⱼ₌₁ᵏ e^(zⱼ), with the sum stopping at the \
    class k being computed. It must run over all K classes, j = 1 … K (the note's own \
    two-class example does sum both). Taken literally, the formula gives this post \
    p̂ = \(formatTuple(truncated)), whose entries add up to \
    \(formatNumber(truncated.sum())): not a probability distribution.
    """)
}
