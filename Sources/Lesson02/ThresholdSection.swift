import WorkbookBasics
import WorkbookReference

/// Section 9: from a probability to a class: p̂ ≥ 0.5 exactly when z ≥ 0.
let thresholdSection = WalkthroughSection("From a probability to a class") { page in
  page.paragraph(
    """
    The model gives p̂; a decision needs a class. The usual rule is ŷ = 1 when p̂ ≥ 0.5. Since \
    σ(0) = \(formatNumber(sigmoid(0), decimals: 1)) and σ only ever increases, p̂ ≥ 0.5 exactly \
    when z ≥ 0, so the sigmoid is not even needed to classify:
    """)
  let logits: [Double] = [-2, -0.5, -0.01, 0, 0.01, 0.5, 2]
  page.table(
    TextTable(
      headers: ["z", "p̂ = σ(z)", "p̂ ≥ 0.5", "z ≥ 0"],
      rows: logits.map { z in
        [formatNumber(z, decimals: 2), formatNumber(sigmoid(z)), sigmoid(z) >= 0.5 ? "1" : "0", z >= 0 ? "1" : "0"]
      }))
  var generator = SeededGenerator(seed: 9)
  let count = 100_000
  let z = Matrix.randomNormal(rows: count, columns: 1, standardDeviation: 3, using: &generator)
  let byProbability = sigmoid(z).map { $0 >= 0.5 ? 1 : 0 }
  let byLogit = z.map { $0 >= 0 ? 1 : 0 }
  let disagreements = zip(byProbability.values, byLogit.values).filter { $0 != $1 }.count
  page.check(
    "the two rules agree on \(count) random logits", holds: disagreements == 0,
    detail: "\(disagreements) disagreements")
  page.line()
  let tiny = -1e-17
  page.paragraph(
    """
    One floating-point footnote: for a logit within about 10⁻¹⁶ of zero, σ(z) rounds to \
    exactly 0.5. At z = \(formatNumber(tiny)) the logit rule says \(tiny >= 0 ? 1 : 0) but \
    σ(z) = \(formatNumber(sigmoid(tiny), decimals: 17)) passes the p̂ ≥ 0.5 test. Comparing z \
    with 0 is exact; it is what the library's classify does, and what exercise 2.6 asks for.
    """)
  page.check(
    "a tiny negative logit has σ(z) = 0.5 exactly", holds: tiny < 0 && sigmoid(tiny) == 0.5,
    detail: "z = \(formatNumber(tiny)), σ(z) − 0.5 = \(formatNumber(sigmoid(tiny) - 0.5))")
  page.line()
  page.paragraph(
    """
    The perceptron of section 2 fires when z > 0, logistic regression when z ≥ 0: the same \
    straight boundary w·x + b = 0, differing only for points exactly on it. Logistic regression \
    is a linear classifier; Lesson 4 shows what that cannot do (XOR).
    """)
}
