import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 5: with two classes, softmax is the sigmoid of the logit difference and the
/// cross-entropy is the binary cross-entropy.
let twoClassesSection = WalkthroughSection("Two classes: softmax is the sigmoid, cross-entropy is BCE") { page in
  page.paragraph(
    """
    With K = 2 the softmax's first output is e^(z₁) / (e^(z₁) + e^(z₂)). Divide top and bottom \
    by e^(z₁): 1 / (1 + e^(−(z₁ − z₂))) = σ(z₁ − z₂). Only the difference of the two logits \
    matters, so a two-neuron softmax layer is a one-neuron sigmoid layer in disguise, with \
    weights w₁ − w₂ and bias b₁ − b₂. Numerically:
    """)
  let pairs: [(Double, Double)] = [(2, -1), (0.3, 0.3), (-4, 1), (10, 0), (-0.7, -2.2)]
  let rows = pairs.map { z1, z2 -> [String] in
    let p = softmax(Matrix(row: [z1, z2]))
    return [
      formatTuple(Matrix(row: [z1, z2]), decimals: 1), formatNumber(p[0, 0]), formatNumber(z1 - z2, decimals: 1),
      formatNumber(sigmoid(z1 - z2)),
    ]
  }
  page.table(TextTable(headers: ["(z₁, z₂)", "softmax(z)₁", "z₁ − z₂", "σ(z₁ − z₂)"], rows: rows))
  page.line()
  var generator = SeededGenerator(seed: 2)
  let count = 1000
  let Z = Matrix.randomNormal(rows: count, columns: 2, standardDeviation: 3, using: &generator)
  let classes = (0..<count).map { _ in generator.nextUniform() < 0.5 ? 0 : 1 }
  let difference = Z.column(0) - Z.column(1)
  let sigmoidGap = relativeError(softmax(Z).column(0), sigmoid(difference))
  page.check(
    "softmax(z)₁ = σ(z₁ − z₂) on \(count) random logit pairs", holds: sigmoidGap < 1e-12,
    detail: "largest relative difference \(formatNumber(sigmoidGap))")
  page.paragraph(
    """

    The loss agrees too. With y = 1 for class 1 and 0 for class 2, the one-hot row is \
    (y, 1 − y) and the probabilities are (p̂, 1 − p̂), so −[y·ln p̂ + (1 − y)·ln(1 − p̂)] is \
    the binary cross-entropy of Lesson 2, on the logit z₁ − z₂. On the same \(count) pairs, \
    with random classes:
    """)
  let crossEntropyCost = softmaxCrossEntropy(logits: Z, classes: classes)
  let binaryCost = binaryCrossEntropy(logits: difference, labels: Matrix(column: classes.map { $0 == 0 ? 1 : 0 }))
  page.value("two-class cross-entropy", crossEntropyCost)
  page.value("BCE of σ(z₁ − z₂)", binaryCost)
  page.check(
    "the two costs agree", holds: relativeError(crossEntropyCost, binaryCost) < 1e-12,
    detail: "relative difference \(formatNumber(relativeError(crossEntropyCost, binaryCost)))")
  page.line()
  page.errata(
    """
    Note 002 writes the two-class cost as J = −(1/m) Σᵢ y₁⁽ⁱ⁾ ln p̂₁⁽ⁱ⁾ + y₂⁽ⁱ⁾ ln p̂₂⁽ⁱ⁾, \
    without brackets: read literally, only the first term is summed and negated. Both terms \
    belong inside: J = −(1/m) Σᵢ [y₁⁽ⁱ⁾ ln p̂₁⁽ⁱ⁾ + y₂⁽ⁱ⁾ ln p̂₂⁽ⁱ⁾], which is the \
    \(formatNumber(crossEntropyCost)) computed above.
    """)
  page.paragraph(
    """
    This is why note 002's summary table lists binary classification with one output \
    neuron and a sigmoid, or two and a softmax: the two are the same model. The sigmoid version \
    has half the parameters and no redundancy.
    """)
}
