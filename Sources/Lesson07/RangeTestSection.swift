import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 7: the learning-rate range test on the digits network.
let rangeTestSection = WalkthroughSection("Finding the learning rate: the range test") { page in
  let digits = try DigitsProblem.load()
  page.paragraph(
    """
    The notes end with "optimal learning rate". The range test (Smith, 2017, in the \
    exponential form fastai and Géron use) looks for one in a few hundred steps: train while \
    η grows by the same factor every step, here from \(DigitsProblem.rangeTestDescription), \
    and record the loss. Each point is one batch, so the loss is smoothed with a moving \
    average (weight \(formatNumber(DigitsProblem.rangeTestSweep.smoothing, decimals: 1)) on the \
    past, which lags about \(formatNumber(1 / (1 - DigitsProblem.rangeTestSweep.smoothing), decimals: 0)) \
    steps). The rule of thumb: train at about a tenth of the rate where the smoothed loss is lowest.
    """)
  let result = digits.rangeTest(for: SGD())
  page.line("smoothed loss against log₁₀ η, SGD, batches of 32:")
  page.plot(
    LinePlot(
      result.smoothedLosses, height: 8, xLabel: "log₁₀ η",
      xRange: (log10(result.rates[0]), log10(result.rates[result.rates.count - 1]))))
  page.value("η at the lowest smoothed loss", result.rateAtMinimum)
  page.value("suggested η (a tenth of it)", result.suggestedRate)
  let rawBest = result.losses.indices.min { result.losses[$0] < result.losses[$1] } ?? 0
  let smoothedBest = result.rates.firstIndex(of: result.rateAtMinimum) ?? 0
  page.paragraph(
    (result.stoppedByDivergence
      ? "The test stopped at η = \(formatNumber(result.rates[result.rates.count - 1])), where the loss passed four "
        + "times its minimum. "
      : "The loss never passed four times its minimum, so the test ran to the last rate. ")
      + "The lowest single batch loss came at step \(rawBest + 1) (η = \(formatNumber(result.rates[rawBest]))), "
      + "the lowest smoothed one at step \(smoothedBest + 1). Section 5 uses this same test for each optimizer.")
  page.check(
    "the smoothed minimum is within 20 steps of the raw one (the smoothing does not move it far)",
    holds: abs(rawBest - smoothedBest) <= 20, detail: "steps \(rawBest + 1) and \(smoothedBest + 1)")
  // Train with the suggestion, a rate 10× above it and one 100× below.
  let epochs = 5
  var rows = [[String]]()
  var accuracies = [Double]()
  for factor in [0.01, 1, 10] {
    var trained = digits.network(seed: 71)
    var sgd = SGD()
    let rate = result.suggestedRate * factor
    let history = try trained.train(
      features: digits.trainX, targets: digits.trainY, optimizer: &sgd, schedule: ConstantRate(rate),
      options: TrainingOptions(epochs: epochs, batchSize: 32), order: digits.order(seed: 72))
    let accuracy = digits.testAccuracy(trained)
    accuracies.append(accuracy)
    rows.append([formatNumber(rate), formatNumber(history.trainingLoss.last ?? .nan), formatPercent(accuracy)])
  }
  page.paragraph("\(epochs) epochs of SGD at the suggested rate, at a hundredth of it and at ten times it:")
  page.table(TextTable(headers: ["η", "last epoch's loss", "test accuracy"], rows: rows))
  page.line()
  page.check(
    "the suggested rate trains far better than a hundredth of it in \(epochs) epochs",
    holds: accuracies[1] > accuracies[0] + 0.2,
    detail: "\(formatPercent(accuracies[1])) against \(formatPercent(accuracies[0]))")
  page.paragraph(
    accuracies[2] > accuracies[1]
      ? "Ten times the suggestion, the rate at the curve's minimum, trains better still here "
        + "(\(formatPercent(accuracies[2]))): a tenth is a safe choice, not always the fastest one."
      : "Ten times the suggestion, the rate at the curve's minimum, trains worse "
        + "(\(formatPercent(accuracies[2]))): there the loss is about to rise.")
}
