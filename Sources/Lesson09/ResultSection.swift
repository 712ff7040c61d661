import WorkbookBasics
import WorkbookReference

/// Section 5: the kept network scored once on the test set: accuracy with its standard error,
/// the confusion matrix, every mistake, precision and recall per class.
let resultSection = WalkthroughSection("The result, on the test set") { page in
  let run = try TrainedCapstone.shared()
  let data = run.data
  let probabilities = softmax(run.best.predict(data.testX))
  let predicted = argmaxPerRow(probabilities)
  let truth = CapstoneData.classes(data.testY)
  let confusion = ConfusionMatrix(predicted: predicted, expected: truth, classCount: 10)
  let mistakes = confusion.mistakes
  let error = (confusion.accuracy * (1 - confusion.accuracy) / Double(confusion.total)).squareRoot()
  page.paragraph(
    """
    Now, and only now, the \(data.testX.rows) test digits: the network of epoch \
    \(run.bestEpoch), scored once. Nothing so far has looked at them, so this is an honest \
    estimate of how it does on new digits from the same source, within its standard error.
    """)
  page.value(
    "test accuracy", confusion.accuracy,
    note: "\(confusion.total - mistakes.reduce(0) { $0 + $1.count }) of \(confusion.total) right")
  page.value(
    "its standard error, √(p(1 − p)/m)", error,
    note: "about ± \(formatNumber(200 * error, decimals: 1)) points for 95%")
  page.line()
  page.check(
    "the lesson's target: at least 97% of the held-out test digits right",
    holds: confusion.accuracy >= 0.97, detail: formatPercent(confusion.accuracy))
  page.line()
  page.paragraph("The confusion matrix: row t, column p counts the test digits t classified as p.")
  page.table(confusion.table())
  page.line()
  let repeated = mistakes.filter { $0.count > 1 }
  page.paragraph(
    repeated.isEmpty
      ? """
      The cells off the diagonal are the mistakes. Each of the \(mistakes.count) is a different \
      pair of digits, once each: on \(confusion.total) test digits no pair stands out as the \
      most confused. All of them, and the first three drawn with the probability the network \
      gave its wrong choice:
      """
      : """
      The cells off the diagonal are the mistakes; \(repeated.count) pair(s) happen more than \
      once, the most often \(repeated[0].truth) taken for \(repeated[0].predicted) \
      (\(repeated[0].count) times). Every mistake, most frequent first, and the first three \
      drawn with the probability the network gave its wrong choice:
      """)
  page.table(
    TextTable(
      headers: ["true", "predicted", "how many"],
      rows: mistakes.map { ["\($0.truth)", "\($0.predicted)", "\($0.count)"] }))
  page.line()
  let examples = mistakes.prefix(3).compactMap { pair -> Int? in
    predicted.indices.first { predicted[$0] == pair.predicted && truth[$0] == pair.truth }
  }
  page.images(
    examples.map { GreyscaleImage(row: data.digits.features.row(data.split.test[$0]), width: 8, maximum: 1) },
    captions: examples.map {
      "\(truth[$0]) taken for \(predicted[$0]), \(formatPercent(probabilities[$0, predicted[$0]], decimals: 0))"
    })
  page.line()
  let metrics = confusion.classMetrics
  let smallest = metrics.map(\.support).min() ?? 1
  page.paragraph(
    """
    Accuracy is one number for all classes. Per class: precision, of the digits classified as \
    d, the share that are d (its column); recall, of the d's, the share found (its row); F1, \
    their harmonic mean, high only when both are. The last row is the macro mean, each class \
    counting once. With \(smallest) or more test digits per class, one digit moves a recall by \
    at most \(formatNumber(1 / Double(smallest), decimals: 3)): differences of a digit or two \
    between classes are noise, not a ranking.
    """)
  page.table(confusion.metricsTable())
  page.line()
  let weighted = metrics.reduce(0.0) { $0 + ($1.recall ?? 0) * Double($1.support) } / Double(confusion.total)
  page.check(
    "the recalls weighted by each class's share of the test set add up to the accuracy",
    holds: abs(weighted - confusion.accuracy) < 1e-12,
    detail: "\(formatNumber(weighted)) and \(formatNumber(confusion.accuracy))")
}
