import WorkbookBasics
import WorkbookReference

/// Section 5: the kept network scored once on the test set: accuracy, confusion matrix, the
/// most-confused pairs drawn, precision and recall per class.
let resultSection = WalkthroughSection("The result, on the test set") { page in
  let run = try TrainedCapstone.shared()
  let data = run.data
  let probabilities = softmax(run.best.predict(data.testX))
  let predicted = argmaxPerRow(probabilities)
  let truth = CapstoneData.classes(data.testY)
  let confusion = ConfusionMatrix(predicted: predicted, expected: truth, classCount: 10)
  page.paragraph(
    """
    Now, and only now, the \(data.testX.rows) test digits: the network of epoch \
    \(run.bestEpoch), scored once. Nothing so far has looked at them, so this is an honest \
    estimate of how it does on new digits from the same source.
    """)
  page.value(
    "test accuracy", confusion.accuracy,
    note: "\(confusion.total - confusion.mistakes.reduce(0) { $0 + $1.count }) of \(confusion.total) right")
  page.line()
  page.check(
    "the capstone's target: at least 97% of the held-out test digits right",
    holds: confusion.accuracy >= 0.97, detail: formatPercent(confusion.accuracy))
  page.line()
  page.paragraph("The confusion matrix: row t, column p counts the test digits t classified as p.")
  page.table(confusion.table())
  page.line()
  let pairs = Array(confusion.mistakes.prefix(3))
  page.paragraph(
    """
    The cells off the diagonal are the network's mistakes; the largest holds \
    \(pairs.first?.count ?? 0). One test digit from each of the first \(pairs.count), largest \
    first, with the probability the network gave its wrong choice:
    """)
  let examples = pairs.compactMap { pair -> Int? in
    predicted.indices.first { predicted[$0] == pair.predicted && truth[$0] == pair.truth }
  }
  page.images(
    examples.map { GreyscaleImage(row: data.digits.features.row(data.split.test[$0]), width: 8, maximum: 1) },
    captions: examples.map {
      "\(truth[$0]) taken for \(predicted[$0]), \(formatPercent(probabilities[$0, predicted[$0]], decimals: 0))"
    })
  page.line()
  page.table(
    TextTable(
      headers: ["true", "predicted", "how many"],
      rows: pairs.map { ["\($0.truth)", "\($0.predicted)", "\($0.count)"] }))
  page.line()
  page.paragraph(
    """
    Accuracy is one number for all classes. Per class: precision, of the digits classified as \
    d, the share that are d (its column); recall, of the d's, the share found (its row); F1, \
    their harmonic mean, high only when both are.
    """)
  page.table(confusion.metricsTable())
  page.line()
  let metrics = confusion.classMetrics
  let lowestRecall = metrics.min { ($0.recall ?? 1) < ($1.recall ?? 1) }
  let lowestPrecision = metrics.min { ($0.precision ?? 1) < ($1.precision ?? 1) }
  if let lowestRecall, let lowestPrecision {
    page.paragraph(
      """
      Where to look first to improve the network: the lowest recall is \
      digit \(lowestRecall.classIndex)'s (\(formatNumber(lowestRecall.recall ?? .nan, decimals: 3))), \
      the lowest precision digit \(lowestPrecision.classIndex)'s \
      (\(formatNumber(lowestPrecision.precision ?? .nan, decimals: 3))).
      """)
  }
  let recallsFromRows = (0..<10).map { Double(confusion.counts[$0][$0]) / Double(confusion.counts[$0].reduce(0, +)) }
  page.check(
    "each class's recall is its diagonal cell over its row of the confusion matrix",
    holds: zip(metrics.compactMap(\.recall), recallsFromRows).allSatisfy { $0 == $1 },
    detail: "10 classes, support \(metrics.map(\.support).reduce(0, +))")
}
