import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 5: the learning-rate range test on the digits network.
let rangeTestSection = WalkthroughSection("Finding the learning rate: the range test") { page in
  let digits = try DigitsProblem.load()
  let steps = 120
  page.paragraph(
    """
    The notes end with "optimal learning rate". Smith's range test (2017) finds a good one in \
    a few hundred steps: train while η grows by the same factor every step, here from 1e-5 to \
    10 over \(steps) steps, and watch the loss (smoothed, since each point is one batch). It \
    stays flat while η is too small to matter, falls while η is useful, and shoots up once η \
    is too large. A good rate sits about ten times below the bottom of the curve.
    """)
  let network = digits.network(seed: 71)
  let result = network.learningRateRangeTest(
    features: digits.trainX, targets: digits.trainY, optimizer: SGD(), batchSize: 32, lowest: 1e-5, highest: 10,
    steps: steps, order: digits.order(seed: 74))
  page.line("smoothed loss against log₁₀ η, SGD, batches of 32:")
  page.plot(
    LinePlot(
      result.smoothedLosses, height: 8, xLabel: "log₁₀ η",
      xRange: (log10(result.rates[0]), log10(result.rates[result.rates.count - 1]))))
  page.value("η at the lowest smoothed loss", result.rateAtMinimum)
  page.value("suggested η (a tenth of it)", result.suggestedRate)
  page.paragraph(
    result.stoppedByDivergence
      ? "The test stopped at η = \(formatNumber(result.rates[result.rates.count - 1])), where the loss passed four "
        + "times its minimum."
      : "The loss never passed four times its minimum, so the test ran to the last rate.")
  // Train with the suggestion, a rate 10× above it and one 100× below, for 5 epochs each.
  var rows = [[String]]()
  var accuracies = [Double]()
  for factor in [0.01, 1, 10] {
    var trained = digits.network(seed: 71)
    var sgd = SGD()
    let rate = result.suggestedRate * factor
    let history = try trained.train(
      features: digits.trainX, targets: digits.trainY, optimizer: &sgd, schedule: ConstantRate(rate),
      options: TrainingOptions(epochs: 5, batchSize: 32), order: digits.order(seed: 72))
    let accuracy = digits.testAccuracy(trained)
    accuracies.append(accuracy)
    rows.append([formatNumber(rate), formatNumber(history.trainingLoss.last ?? .nan), formatPercent(accuracy)])
  }
  page.paragraph("Five epochs of SGD at the suggested rate, at a hundredth of it and at ten times it:")
  page.table(TextTable(headers: ["η", "last epoch's loss", "test accuracy"], rows: rows))
  page.line()
  page.check(
    "the suggested rate trains better than a hundredth of it and than ten times it, in 5 epochs",
    holds: accuracies[1] > accuracies[0] && accuracies[1] > accuracies[2],
    detail: "\(formatPercent(accuracies[1])) against \(formatPercent(accuracies[0])) and "
      + formatPercent(accuracies[2]))
}
