import Foundation
import WorkbookBasics
import WorkbookReference

/// One row of note 002's comparison table (from Géron), with the optimizer it names.
private struct StarredOptimizer {
  /// The row's name in the notes.
  let label: String
  /// The optimizer that row means (Keras's `SGD(momentum=…)` is the classical form).
  let optimizer: any Optimizer
  /// The notes' stars for speed and for quality.
  let notedSpeed: String
  let notedQuality: String
}

private let starredRows: [StarredOptimizer] = [
  StarredOptimizer(label: "SGD", optimizer: SGD(), notedSpeed: "*", notedQuality: "***"),
  StarredOptimizer(
    label: "SGD(momentum)", optimizer: Momentum(form: .classical), notedSpeed: "**", notedQuality: "***"),
  StarredOptimizer(label: "SGD(nesterov)", optimizer: Nesterov(), notedSpeed: "**", notedQuality: "***"),
  StarredOptimizer(label: "Adagrad", optimizer: AdaGrad(), notedSpeed: "***", notedQuality: "*"),
  StarredOptimizer(label: "RMSprop", optimizer: RMSprop(), notedSpeed: "***", notedQuality: "** or ***"),
  StarredOptimizer(label: "Adam", optimizer: Adam(), notedSpeed: "***", notedQuality: "** or ***"),
  StarredOptimizer(label: "Nadam", optimizer: Nadam(), notedSpeed: "***", notedQuality: "** or ***"),
  StarredOptimizer(label: "AdaMax", optimizer: AdaMax(), notedSpeed: "***", notedQuality: "** or ***"),
]

/// Section 5: the notes' star ratings replaced by measurements on the digits.
let starTableSection = WalkthroughSection("The notes' star table, measured") { page in
  let digits = try DigitsProblem.load()
  let seeds: [UInt64] = [1, 2, 3]
  let epochs = 8
  let target = 0.15
  page.paragraph(
    """
    Note 002 ends with Géron's table of stars for each optimizer's speed and quality. Here \
    they are measured on the digits: the same 64-32-10 ReLU network, \(epochs) epochs in \
    batches of 32, \(seeds.count) seeds (each its own initial weights and batch order). Each \
    optimizer's rate comes from one range test (η from \(DigitsProblem.rangeTestDescription), on \
    seed 1's network, as in section 7; the trained networks start from seeds 101 to 103). \
    Speed is the epochs until an epoch's mean loss is below \(formatNumber(target)) (a run \
    that never gets there counts as \(epochs + 1)); quality is the test accuracy after the \
    last epoch, as the mean ± the standard deviation over the seeds.
    """)
  struct Measured {
    let rate: Double
    let epochsToTarget: Double
    let reached: Int
    let accuracy: SampleSummary
    let trainingAccuracy: SampleSummary
  }
  var measured = [Measured]()
  for row in starredRows {
    let probe = digits.rangeTest(for: row.optimizer)
    var epochCounts = [Double]()
    var accuracies = [Double]()
    var trainingAccuracies = [Double]()
    for seed in seeds {
      var network = digits.network(seed: 100 + seed)
      var optimizer = row.optimizer
      let history = try network.train(
        features: digits.trainX, targets: digits.trainY, optimizer: &optimizer,
        schedule: ConstantRate(probe.suggestedRate), options: TrainingOptions(epochs: epochs, batchSize: 32),
        order: digits.order(seed: 200 + seed))
      let firstBelow = history.trainingLoss.firstIndex { $0 < target }
      epochCounts.append(Double(firstBelow.map { $0 + 1 } ?? epochs + 1))
      accuracies.append(digits.testAccuracy(network))
      trainingAccuracies.append(digits.trainingAccuracy(network))
    }
    measured.append(
      Measured(
        rate: probe.suggestedRate, epochsToTarget: epochCounts.reduce(0, +) / Double(epochCounts.count),
        reached: epochCounts.filter { $0 <= Double(epochs) }.count, accuracy: SampleSummary(accuracies),
        trainingAccuracy: SampleSummary(trainingAccuracies)))
  }
  // Stars from the measurements, relative to the best optimizer of each column.
  let fastest = measured.map(\.epochsToTarget).min() ?? 1
  let mostAccurate = measured.map(\.accuracy.mean).max() ?? 1
  func speedStars(_ epochs: Double) -> String { epochs <= 1.5 * fastest ? "***" : epochs <= 3 * fastest ? "**" : "*" }
  func qualityStars(_ accuracy: Double) -> String {
    accuracy >= mostAccurate - 0.01 ? "***" : accuracy >= mostAccurate - 0.03 ? "**" : "*"
  }
  page.paragraph(
    """
    Measured stars: speed *** within 1.5 times the fastest mean, ** within 3 times, * beyond \
    (or never reached); quality *** within 1 point of the best mean accuracy, ** within 3 \
    points, * below. Each star column reads "the notes' / measured"; the accuracies are in %, \
    mean ± standard deviation over the seeds.
    """)
  var rows = [[String]]()
  var disagreements = [String]()
  var shortfalls = [String]()
  for (row, result) in zip(starredRows, measured) {
    let speed = result.reached == 0 ? "*" : speedStars(result.epochsToTarget)
    let quality = qualityStars(result.accuracy.mean)
    rows.append([
      row.label, formatNumber(result.rate, decimals: 4), formatNumber(result.epochsToTarget, decimals: 1),
      formatShare(result.trainingAccuracy), formatShare(result.accuracy), "\(row.notedSpeed) / \(speed)",
      "\(row.notedQuality.replacingOccurrences(of: " or ", with: "–")) / \(quality)",
    ])
    if result.reached < seeds.count {
      shortfalls.append("\(row.label) reached it with \(result.reached) of the \(seeds.count) seeds")
    }
    if !row.notedSpeed.split(separator: " ").contains(Substring(speed)) {
      disagreements.append("\(row.label): the notes give speed \(row.notedSpeed), measured \(speed)")
    }
    if !row.notedQuality.split(separator: " ").contains(Substring(quality)) {
      disagreements.append("\(row.label): the notes give quality \(row.notedQuality), measured \(quality)")
    }
  }
  page.table(
    TextTable(
      headers: ["optimizer", "η", "epochs", "train", "test", "speed", "quality"], rows: rows))
  page.line()
  if !shortfalls.isEmpty {
    page.paragraph(
      "Not every seed reached a loss of \(formatNumber(target)): " + shortfalls.joined(separator: "; ") + ".")
  }
  if disagreements.isEmpty {
    page.paragraph("Every measured star agrees with the notes' table.")
  } else {
    page.paragraph("Where this measurement disagrees with the notes' stars:")
    page.bullets(disagreements)
  }
  if let adam = zip(starredRows, measured).first(where: { $0.0.label == "Adam" })?.1 {
    page.paragraph(
      """
      One rate per optimizer weighs on the ranking: Adam's range-tested η = \
      \(formatNumber(adam.rate, decimals: 4)) is \(formatNumber(adam.rate / 0.001, decimals: 0)) times \
      the 0.001 its paper recommends.
      """)
  }
  page.paragraph(
    """
    The stars are a rule of thumb from many problems; this is one small problem, one \
    architecture and one rate per optimizer, so a disagreement says "not here", not "never".
    """)
  page.check(
    "every optimizer trained: its mean test accuracy is above 80%",
    holds: measured.allSatisfy { $0.accuracy.mean > 0.8 },
    detail: measured.map { formatPercent($0.accuracy.mean) }.joined(separator: ", "))
}

/// The mean and the standard deviation of some shares, in percent: "96.57±1.4".
private func formatShare(_ value: SampleSummary) -> String {
  formatFixed(value.mean * 100, decimals: 2) + "±" + formatFixed(value.standardDeviation * 100, decimals: 1)
}
