import WorkbookBasics
import WorkbookReference

/// Section 6: the schedules plotted, and what each does for SGD on the digits.
let schedulesSection = WalkthroughSection("Learning-rate schedules") { page in
  let digits = try DigitsProblem.load()
  let epochs = 10
  let batchSize = 32
  let stepsPerEpoch = (digits.trainX.rows + batchSize - 1) / batchSize
  let steps = epochs * stepsPerEpoch
  let peak = 0.5
  page.paragraph(
    """
    A schedule gives η as a function of the step t. Note 002's advice is SGD with one \
    ("one cycle LR is state of the art"). Here are six, over the \(steps) steps of \
    \(epochs) epochs of the digits in batches of \(batchSize) (\(stepsPerEpoch) steps an \
    epoch), each starting from or peaking at η = \(formatNumber(peak, decimals: 1)):
    """)
  let cosine = CosineDecay(initialRate: peak, steps: steps)
  let cosineMean = (0..<steps).map(cosine.rate(atStep:)).reduce(0, +) / Double(steps)
  let decaying: [any LearningRateSchedule] = [
    PiecewiseConstantRate(boundaries: [steps / 2, steps * 3 / 4], rates: [peak, peak / 10, peak / 100]),
    ExponentialDecay(initialRate: peak, factor: 0.1, every: steps),
    TimeBasedDecay(initialRate: peak, decay: 5 / Double(steps)),
    TimeBasedDecay(initialRate: peak, decay: 1, every: stepsPerEpoch),
    cosine,
    OneCycleRate(maximumRate: peak, steps: steps),
  ]
  for schedule in decaying {
    page.line(schedule.name + ":")
    page.plot(LinePlot((0..<steps).map(schedule.rate(atStep:)), height: 5))
  }
  page.paragraph(
    """
    The two time-based decays are the smooth η₀/(1 + decay·t) and Ng's stairs \
    η₀/(1 + decay·⌊t/k⌋) with k one epoch, whose rate changes only at the start of each \
    epoch. One-cycle here is the rate half of Smith's policy, along PyTorch's cosine \
    curve; Smith also cycles the momentum, which plain SGD does not have. Each schedule now \
    trains the same 64-32-10 ReLU network (He initialisation, the same seed and batch \
    order) with plain SGD, next to two constant rates: η = \(formatNumber(peak, decimals: 1)), \
    and η = \(formatNumber(cosineMean)), the cosine schedule's mean rate:
    """)
  let schedules: [any LearningRateSchedule] = [ConstantRate(peak), ConstantRate(cosineMean)] + decaying
  let labels =
    ["constant \(formatNumber(peak, decimals: 1))", "constant \(formatNumber(cosineMean, decimals: 2))"]
    + ["piecewise", "exponential", "time-based", "time stairs", "cosine", "one-cycle"]
  var rows = [[String]]()
  var results = [(name: String, trainingLoss: Double, testLoss: Double, accuracy: Double)]()
  for (label, schedule) in zip(labels, schedules) {
    var network = digits.network(seed: 71)
    var sgd = SGD()
    try network.train(
      features: digits.trainX, targets: digits.trainY, optimizer: &sgd, schedule: schedule,
      options: TrainingOptions(epochs: epochs, batchSize: batchSize), order: digits.order(seed: 72))
    let trainingLoss = network.loss.loss(predicted: network.predict(digits.trainX), expected: digits.trainY)
    let testLoss = network.loss.loss(predicted: network.predict(digits.testX), expected: digits.testY)
    let accuracy = digits.testAccuracy(network)
    results.append((label, trainingLoss, testLoss, accuracy))
    rows.append([
      label, formatNumber(trainingLoss), formatNumber(testLoss),
      formatPercent(accuracy),
    ])
  }
  page.table(
    TextTable(headers: ["schedule", "training loss", "test loss", "test accuracy"], rows: rows))
  page.line()
  let constant = results[0]
  let meanRate = results[1]
  let decayed = results.dropFirst(2)
  let moreAccurate = decayed.filter { $0.accuracy > constant.accuracy }.count
  let beatMeanRate = decayed.filter { $0.accuracy > meanRate.accuracy }.count
  let lowerTestLoss = decayed.filter { $0.testLoss < constant.testLoss }.count
  let smallerMean =
    ", and that constant itself beats η = \(formatNumber(peak, decimals: 1)): part of what decay buys "
    + "here is a smaller average rate"
  let ranked = results.sorted { $0.accuracy > $1.accuracy }.map(\.name)
  let oneCycleRank = (ranked.firstIndex { $0.hasPrefix("one-cycle") } ?? 0) + 1
  page.paragraph(
    """
    The losses are those of the final weights, on all the training rows and on the test rows. \
    \(moreAccurate) of the \(decayed.count) decaying schedules end more accurate on the test \
    digits than the constant η = \(formatNumber(peak, decimals: 1)), and \(lowerTestLoss) with a \
    lower test loss. Against the constant at the cosine's mean rate the count is \
    \(beatMeanRate) of \(decayed.count)\(meanRate.accuracy > constant.accuracy ? smallerMean : ""). One-cycle ranks \(oneCycleRank) of the \(results.count) by test accuracy. On \
    a problem this small one seed decides the order of the close ones, so read the table as \
    a measurement of this run, not a ranking of the methods.
    """)
  page.check(
    "at least half of the decaying schedules end more accurate on the test digits than the constant η = "
      + formatNumber(peak, decimals: 1), holds: 2 * moreAccurate >= decayed.count,
    detail: "\(moreAccurate) of \(decayed.count); constant \(formatPercent(constant.accuracy))")
}
