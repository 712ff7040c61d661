import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 8: multi-label classification: a sigmoid per class, summed binary cross-entropy,
/// and predictions by threshold.
let multiLabelSection = WalkthroughSection("Multi-label: one sigmoid per class") { page in
  let names = StackExchange.classNames
  let z = StackExchange.post.matmul(StackExchange.weights) + StackExchange.bias
  let labels = StackExchange.postLabels
  let y = multiHot([labels], classCount: names.count)
  page.paragraph(
    """
    Now a post may carry several tags. Note 002 keeps the same weights, the same post and so \
    the same logits z = \(formatTuple(z)), but replaces the softmax with a sigmoid per class: \
    each tag becomes its own yes/no question, answered by its own logistic regression, and \
    the probabilities no longer have to add up to 1. The post is tagged \
    \(StackExchange.names(labels)), so y = \(formatTuple(y, decimals: 0)).
    """)
  let p = sigmoid(z)
  let rows = (0..<names.count).map { k -> [String] in
    let term = y[0, k] == 1 ? -log(p[0, k]) : -log(1 - p[0, k])
    return [
      names[k], formatNumber(z[0, k]), formatNumber(p[0, k]), formatNumber(y[0, k], decimals: 0),
      y[0, k] == 1 ? "−ln p̂" : "−ln(1 − p̂)", formatNumber(term),
    ]
  }
  page.table(TextTable(headers: ["class", "z", "p̂ = σ(z)", "y", "loss term", "value"], rows: rows))
  page.line()
  let loss = multiLabelCrossEntropy(logits: z, labels: y)
  page.value("L = −[ln p̂_C + ln(1 − p̂_Java) + ln p̂_Python]", loss)
  let terms = (0..<names.count).map { k in y[0, k] == 1 ? -log(p[0, k]) : -log(1 - p[0, k]) }
  page.check(
    "the library's multi-label loss (from the logits) is the sum of the three terms",
    holds: relativeError(loss, terms.reduce(0, +)) < 1e-14, detail: formatNumber(terms.reduce(0, +)))
  page.check(
    "the sigmoid probabilities need not add up to 1", holds: abs(p.sum() - 1) > 0.1,
    detail: "they add up to \(formatNumber(p.sum()))")
  page.paragraph(
    """

    The loss is summed over the classes, as in note 002, and averaged over a batch. (Keras \
    and PyTorch average over the classes too, which divides it by K = \(names.count); the \
    gradient's direction is the same.) Its gradient at each logit is Lesson 2's dz = a − y, \
    class by class.
    """)
  page.errata(
    """
    Note 002's multi-label worked example opens with the multi-class sentence "each post can \
    have only one category". In multi-label classification a post can have several: this one \
    is tagged \(StackExchange.names(labels)).
    """)
  page.paragraph(
    """
    Predictions: every class whose probability reaches the threshold, usually 0.5, so a post \
    can get no tag, one, or several. Note 002's three posts:
    """)
  let probabilities = StackExchange.multiLabelProbabilities
  let fromProbabilities = multiLabelPredictions(probabilities: probabilities, threshold: 0.5)
  let probabilitySets = StackExchange.labelSets(fromProbabilities)
  let probabilityRows = (0..<probabilities.rows).map { post -> [String] in
    [
      "post \(post + 1)", formatTuple(probabilities.row(post), decimals: 2),
      StackExchange.names(probabilitySets[post]), StackExchange.names(StackExchange.notesProbabilityLabelSets[post]),
    ]
  }
  page.table(TextTable(headers: ["", "p̂ (C, Java, Python)", "p̂ ≥ 0.5", "the note says"], rows: probabilityRows))
  page.check(
    "our predictions match the note's", holds: probabilitySets == StackExchange.notesProbabilityLabelSets,
    detail: "all three posts")
  page.line()
  let logits = StackExchange.multiLabelLogits
  page.paragraph(
    """
    From logits no sigmoid is needed: σ(0) = \(formatNumber(sigmoid(0), decimals: 1)) and σ \
    only increases, so p̂ ≥ 0.5 exactly when z ≥ 0. Note 002's logits:
    """)
  let fromLogits = multiLabelPredictions(logits: logits)
  let viaSigmoid = multiLabelPredictions(probabilities: sigmoid(logits), threshold: 0.5)
  let logitSets = StackExchange.labelSets(fromLogits)
  let logitRows = (0..<logits.rows).map { post -> [String] in
    [
      "post \(post + 1)", formatTuple(logits.row(post), decimals: 1),
      formatTuple(sigmoid(logits).row(post), decimals: 2),
      StackExchange.names(logitSets[post]), StackExchange.names(StackExchange.notesLogitLabelSets[post]),
    ]
  }
  page.table(TextTable(headers: ["", "z", "σ(z)", "z ≥ 0", "the note says"], rows: logitRows))
  page.check(
    "z ≥ 0 and σ(z) ≥ 0.5 give the same labels", holds: fromLogits == viaSigmoid, detail: "all nine")
  page.check(
    "our predictions match the note's", holds: logitSets == StackExchange.notesLogitLabelSets,
    detail: "all three posts")
  page.line()
  let second = logits.row(1)
  page.paragraph(
    """
    A softmax could not give post 2 all three tags: its outputs add up to 1, so at most one \
    can exceed 0.5. softmax\(formatTuple(second, decimals: 1)) = \
    \(formatTuple(softmax(second))), while the sigmoids give \(formatTuple(sigmoid(second))). \
    Softmax answers "which one?", sigmoids answer "which ones?".
    """)
}
