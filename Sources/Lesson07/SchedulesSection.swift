import WorkbookBasics
import WorkbookReference

/// Section 4: the schedules plotted, and what each does for SGD on the digits.
let schedulesSection = WalkthroughSection("Learning-rate schedules") { page in
  let digits = try DigitsProblem.load()
  let epochs = 10
  let batchSize = 32
  let stepsPerEpoch = (digits.trainX.rows + batchSize - 1) / batchSize
  let steps = epochs * stepsPerEpoch
  page.paragraph(
    """
    A schedule gives η as a function of the step t. Large steps early cover ground; small \
    steps late settle into a minimum instead of bouncing around it. Here are five, over the \
    \(steps) steps of \(epochs) epochs of the digits in batches of \(batchSize) \
    (\(stepsPerEpoch) steps an epoch), each starting from or peaking at η = 0.5:
    """)
  let schedules: [any LearningRateSchedule] = [
    ConstantRate(0.5),
    PiecewiseConstantRate(boundaries: [steps / 2, steps * 3 / 4], rates: [0.5, 0.05, 0.005]),
    ExponentialDecay(initialRate: 0.5, factor: 0.1, every: steps),
    TimeBasedDecay(initialRate: 0.5, decay: 1, every: stepsPerEpoch),
    CosineDecay(initialRate: 0.5, steps: steps),
    OneCycleRate(maximumRate: 0.5, steps: steps),
  ]
  for schedule in schedules.dropFirst() {
    page.line(schedule.name + ":")
    page.plot(LinePlot((0..<steps).map(schedule.rate(atStep:)), height: 5))
  }
  page.paragraph(
    """
    The time-based decay here is Ng's stairs: η₀/(1 + decay·⌊t/k⌋) with k one epoch, so the \
    rate changes only at the start of each epoch. Each schedule now trains the same \
    64-32-10 ReLU network (He initialisation, the same seed and batch order) with plain SGD:
    """)
  var rows = [[String]]()
  var results = [(name: String, trainingLoss: Double, testLoss: Double, accuracy: Double)]()
  for schedule in schedules {
    var network = digits.network(seed: 71)
    var sgd = SGD()
    try network.train(
      features: digits.trainX, targets: digits.trainY, optimizer: &sgd, schedule: schedule,
      options: TrainingOptions(epochs: epochs, batchSize: batchSize), order: digits.order(seed: 72))
    let trainingLoss = network.loss.loss(predicted: network.predict(digits.trainX), expected: digits.trainY)
    let testLoss = network.loss.loss(predicted: network.predict(digits.testX), expected: digits.testY)
    let accuracy = digits.testAccuracy(network)
    results.append((schedule.name, trainingLoss, testLoss, accuracy))
    rows.append([
      String(schedule.name.prefix { $0 != "(" }.dropLast()), formatNumber(trainingLoss), formatNumber(testLoss),
      formatPercent(accuracy),
    ])
  }
  page.table(
    TextTable(headers: ["schedule", "training loss", "test loss", "test accuracy"], rows: rows))
  page.line()
  let constant = results[0]
  let decaying = results.dropFirst()
  let moreAccurate = decaying.filter { $0.accuracy > constant.accuracy }.count
  let lowerTestLoss = decaying.filter { $0.testLoss < constant.testLoss }.count
  let lowerTrainingLoss = decaying.filter { $0.trainingLoss < constant.trainingLoss }.count
  page.paragraph(
    """
    The losses are those of the final weights, on all the training rows and on the test rows. \
    \(moreAccurate) of the \(decaying.count) decaying schedules end more accurate on the test \
    digits than the constant rate, and \(lowerTestLoss) with a lower test loss; \
    \(lowerTrainingLoss) end with a lower training loss. The constant η = 0.5 still takes \
    steps of full size at the end, where the decaying schedules take small ones. On a problem \
    this small one seed decides the order of the close ones, so read the table as "decay \
    helps", not as a ranking.
    """)
  page.check(
    "at least 4 of the 5 decaying schedules end more accurate on the test digits than the constant rate",
    holds: moreAccurate >= 4,
    detail: "constant \(formatPercent(constant.accuracy)); "
      + decaying.map { "\($0.name.prefix { $0 != " " }) \(formatPercent($0.accuracy))" }.joined(separator: ", "))
}

/// 0.9667 as "96.67%".
func formatPercent(_ share: Double) -> String { formatNumber(share * 100, decimals: 2) + "%" }
