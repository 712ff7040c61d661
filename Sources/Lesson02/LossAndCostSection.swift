import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 5: loss vs cost on the three emails, and computing the loss safely.
let lossAndCostSection = WalkthroughSection("Loss and cost: three emails") { page in
  page.paragraph(
    """
    The loss L(p̂, y) scores one example. The cost J(w, b) is the mean of the losses over the \
    m training examples, J = (1/m)·Σᵢ L(p̂⁽ⁱ⁾, y⁽ⁱ⁾): it scores the parameters, and it is what \
    gradient descent lowers. Note 002's three emails:
    """)
  let probabilities = [0.9, 0.3, 0.6]
  let labels: [Double] = [1, 0, 1]
  let losses = zip(probabilities, labels).map { p, y in -(y * log(p) + (1 - y) * log(1 - p)) }
  page.table(
    TextTable(
      headers: ["email", "y", "p̂", "the term that counts", "loss"],
      rows: probabilities.indices.map { i in
        let term =
          labels[i] == 1
          ? "−ln p̂ = −ln \(formatNumber(probabilities[i], decimals: 1))"
          : "−ln(1 − p̂) = −ln \(formatNumber(1 - probabilities[i], decimals: 1))"
        return [
          "\(i + 1)", formatNumber(labels[i], decimals: 0), formatNumber(probabilities[i], decimals: 1), term,
          formatNumber(losses[i]),
        ]
      }))
  let cost = losses.reduce(0, +) / Double(losses.count)
  let terms = probabilities.indices.map { i in
    "ln " + formatNumber(labels[i] == 1 ? probabilities[i] : 1 - probabilities[i], decimals: 1)
  }
  page.value("J = −(1/\(losses.count))·[\(terms.joined(separator: " + "))]", cost)
  let library = binaryCrossEntropy(probabilities: Matrix(column: probabilities), labels: Matrix(column: labels))
  page.check(
    "the library's cross-entropy agrees", holds: relativeError(cost, library) < 1e-14, detail: formatNumber(library))
  page.line()
  let trueClassProbabilities = zip(probabilities, labels).map { p, y in y == 1 ? p : 1 - p }
  let likelihood = trueClassProbabilities.reduce(1, *)
  page.paragraph(
    """
    Where the formula comes from. Read p̂ as the model's probability that y = 1; the \
    probability it gives the labels actually seen is the product of p̂ for the spam emails \
    and 1 − p̂ for the others (a Bernoulli likelihood). Its negative logarithm, divided by m, \
    is J: minimising the cross-entropy is maximising the probability of the true labels, as \
    the notes put it. (The same reading makes the mean squared error, up to a scale and a \
    constant, the loss of a Gaussian model of the targets with one spread σ for all of them, \
    and the softmax cross-entropy that of a categorical one: lesson 3, section 9, checks \
    both.)
    """)
  page.value(
    "the likelihood " + trueClassProbabilities.map { formatNumber($0, decimals: 1) }.joined(separator: " · "),
    likelihood)
  page.check(
    "−ln(likelihood)/m equals the cost J", holds: relativeError(-log(likelihood) / Double(losses.count), cost) < 1e-14,
    detail: "\(formatNumber(-log(likelihood) / Double(losses.count))) and \(formatNumber(cost))")
  page.line()
  let threshold = 0.5
  let correct = zip(probabilities, labels).map { p, y in (p >= threshold ? 1.0 : 0.0) == y }
  page.paragraph(
    """
    At the threshold \(formatNumber(threshold, decimals: 1)) all three emails are classified \
    correctly; the loss still tells them apart by confidence. The confident right answer \
    (email 1) costs least; email 2 (p̂ = 0.3 for a non-spam email, so 70 % sure of the right \
    answer) costs more; the hesitant right answer (email 3, 60 % sure) costs most. Note 002 \
    stops at the formula; the cost is \(formatNumber(cost)).
    """)
  page.check(
    "every email is on the right side of p̂ = 0.5", holds: correct.allSatisfy { $0 },
    detail: "predicted classes " + probabilities.map { $0 >= threshold ? "1" : "0" }.joined(separator: ", "))
  page.errata(
    """
    Note 002 says the model "incorrectly identifies" email 2 "as spam with probability 0.3". \
    With p̂ = 0.3 it is not classified as spam at all (0.3 < 0.5): the prediction is right, \
    with a probability of 0.7 for the true class.
    """)
  page.check(
    "email 1 costs least, email 3 most", holds: losses[0] < losses[1] && losses[1] < losses[2],
    detail: losses.map { formatNumber($0) }.joined(separator: " < "))
  page.line()
  page.errata(
    """
    Note 003 writes the cost as J = (1/n)·Σ from i = 1 to m. The sum runs over the m examples, \
    so the mean divides by m; n is the number of features.
    """)
  let z = 40.0
  let p = sigmoid(z)
  let naive = -log(1 - p)
  let clamped = binaryCrossEntropy(probabilities: Matrix([[p]]), labels: Matrix([[0]]))
  let fromLogit = binaryCrossEntropy(logits: Matrix([[z]]), labels: Matrix([[0]]))
  page.paragraph(
    """
    Computing the loss safely. A very confident wrong answer breaks the formula on a \
    computer: at z = \(formatNumber(z, decimals: 0)), σ(z) is within 10⁻¹⁷ of 1 and rounds to \
    exactly \(formatNumber(p, decimals: 1)), so for y = 0 the loss −ln(1 − p̂) becomes −ln 0:
    """)
  page.table(
    TextTable(
      headers: ["how", "loss at z = \(formatNumber(z, decimals: 0)), y = 0"],
      rows: [
        ["−ln(1 − σ(z)), as written", formatNumber(naive)],
        ["clamp p̂ to [ε, 1 − ε] first, ε = \(formatNumber(probabilityClamp))", formatNumber(clamped)],
        ["from the logit: max(z, 0) − z·y + ln(1 + e^(−|z|))", formatNumber(fromLogit)],
      ]))
  page.check(
    "only the logit form gives the true loss, z = \(formatNumber(z, decimals: 0))",
    holds: naive.isInfinite && abs(fromLogit - z) < 1e-12 && clamped < fromLogit,
    detail: "\(formatNumber(naive)), \(formatNumber(clamped)), \(formatNumber(fromLogit))")
  page.line()
  page.paragraph(
    """
    Clamping keeps the number finite but caps it (at −ln ε ≈ \(formatNumber(-log(probabilityClamp)))). \
    The logit form is the same formula rearranged so that e^(…) never exceeds 1; it is exact for \
    every z. This is why libraries offer a loss "with logits", and it is exercise 2.2.
    """)
}
