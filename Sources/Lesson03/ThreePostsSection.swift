import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 3: note 002's three-post batch, its garbled labels, and the cost.
let threePostsSection = WalkthroughSection("Cross-entropy over a batch of three posts") { page in
  let names = StackExchange.classNames
  let P = StackExchange.batchProbabilities
  page.paragraph(
    """
    Note 002 then gives a model's probabilities for three posts, one row per post, columns \
    \(names.joined(separator: ", ")):
    """)
  page.matrix("P̂", P)
  page.line()
  let first = StackExchange.batchFirstList
  let second = StackExchange.batchSecondList
  let argmaxClasses = argmaxPerRow(P)
  let termClasses = StackExchange.batchLossTerms.enumerated().map { post, term in
    (0..<P.columns).filter { P[post, $0] == term }
  }
  page.paragraph(
    """
    Its list of true classes is garbled: under "the true classes are" and a stray question \
    "what is the predicted class for each post?", it prints two lists, \
    \(StackExchange.names(first)) and then \(StackExchange.names(second)). This workbook \
    reads the first list as the truth and the second as the answer to the stray question, \
    for two reasons, both checked here:
    """)
  page.check(
    "the second list is exactly the argmax of each row, i.e. the predicted classes",
    holds: argmaxClasses == second, detail: StackExchange.names(argmaxClasses))
  let notesTerms = StackExchange.batchLossTerms.map { "ln \(formatNumber($0, decimals: 1))" }
  page.check(
    "the note's loss, −(1/3)[\(notesTerms.joined(separator: " + "))], picks each post's probability of the first list's class",
    holds: zip(termClasses, first).allSatisfy { $0 == [$1] },
    detail: termClasses.map { StackExchange.names($0) }.joined(separator: ", "))
  page.line()
  let Y = oneHot(first, classCount: names.count)
  let rows = (0..<P.rows).map { post -> [String] in
    let truth = first[post]
    let guess = argmaxClasses[post]
    return [
      "post \(post + 1)", names[truth], formatNumber(P[post, truth]), formatNumber(-log(P[post, truth])),
      names[guess], guess == truth ? "yes" : "no",
    ]
  }
  page.table(TextTable(headers: ["", "true class", "p̂(true)", "−ln p̂(true)", "predicted", "right?"], rows: rows))
  page.line()
  /// "−(1/3)·[ln 0.2 + ln 0.8 + ln 0.6]": the cost written out for the given true classes.
  func written(_ classes: [Int]) -> String {
    "−(1/\(P.rows))·["
      + classes.enumerated().map { "ln \(formatNumber(P[$0, $1], decimals: 1))" }
      .joined(separator: " + ") + "]"
  }
  let cost = crossEntropy(probabilities: P, labels: Y)
  page.value("J = \(written(first))", cost)
  let otherReading = crossEntropy(probabilities: P, labels: oneHot(second, classCount: names.count))
  page.value("J with the second list as truth", otherReading, note: written(second))
  page.line()
  page.paragraph(
    """
    The cost is the mean of the per-post losses. Post 1 dominates: the model gives its true \
    class only 0.2 and predicts the wrong one. The loss does not care how the remaining \
    probability is shared among the wrong classes: post 2's loss would be the same with \
    p̂ = (0, 0.8, 0.2).
    """)
  let reshuffled = Matrix(row: [0, 0.8, 0.2])
  let java = oneHot([first[1]], classCount: names.count)
  page.check(
    "post 2 costs the same with p̂ = (0, 0.8, 0.2)",
    holds: crossEntropy(probabilities: reshuffled, labels: java) == crossEntropy(probabilities: P.row(1), labels: java),
    detail: "both \(formatNumber(crossEntropy(probabilities: reshuffled, labels: java)))")
  page.line()
  page.errata(
    """
    Note 002's three-post example prints two lists of classes where one is expected. The \
    worked loss only makes sense with \(StackExchange.names(first)) as the true classes \
    (J = \(formatNumber(cost))); \(StackExchange.names(second)) are the predicted classes \
    (the argmax of each row). Reading the second list as the truth would give \
    J = \(formatNumber(otherReading)) instead.
    """)
}
