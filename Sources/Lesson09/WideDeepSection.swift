import WorkbookBasics
import WorkbookReference

/// Section 6: note 002's wide-and-shallow against narrow-and-deep, at matched parameter
/// counts, over several seeds.
let wideDeepSection = WalkthroughSection("Wide and shallow, or narrow and deep?") { page in
  let data = try CapstoneData.load()
  let shapes = [
    ("wide and shallow", [64, ArchitectureRace.wideWidth, 10]), ("narrow and deep", [64, 32, 32, 32, 10]),
  ]
  let counts = shapes.map { ArchitectureRace.recipe(widths: $0.1, seed: 0).network().parameterCount }
  page.paragraph(
    """
    Note 002 compares two shapes of network. Wide and shallow (one large hidden layer) can \
    approximate any function, but needs many units and is prone to overfitting; narrow and \
    deep needs fewer units and generalises better, but is harder to train. A fair test gives \
    both the same number of parameters and the same training, and repeats it over seeds, \
    since one run's difference can be luck:
    """)
  page.errata(
    """
    Note 002 says a network with one hidden layer can approximate any function "given enough \
    data". The universal approximation theorem needs enough hidden units, not data: it is a \
    statement about what a wide enough layer can represent, and says nothing about learning \
    it from examples.
    """)
  page.table(
    TextTable(
      headers: ["shape", "widths", "hidden units", "parameters"],
      rows: shapes.indices.map { index in
        let widths = shapes[index].1
        return [
          shapes[index].0, widths.map(String.init).joined(separator: "-"),
          "\(widths.dropFirst().dropLast().reduce(0, +))",
          "\(counts[index])",
        ]
      }))
  page.line()
  let deepUnits = shapes[1].1.dropFirst().dropLast().reduce(0, +)
  let wideUnits = shapes[0].1.dropFirst().dropLast().reduce(0, +)
  page.paragraph(
    """
    At equal parameters the deep network has more units (\(deepUnits) against \(wideUnits)): the \
    notes' "fewer units" means fewer for the same function, which this comparison does not \
    test. Each shape is trained \(ArchitectureRace.seeds.count) times, each run with its own \
    seed for the weights \
    (\(ArchitectureRace.seeds.map { String(ArchitectureRace.recipe(widths: [1, 1], seed: $0).seed) }.joined(separator: ", "))) \
    and its own batch order, \
    plain ReLU layers with He's initialisation, the same Adam at η = \
    \(formatNumber(ArchitectureRace.rate, decimals: 3)) for up to \(ArchitectureRace.epochs) \
    epochs, keeping the epoch of the lowest validation loss (patience \
    \(ArchitectureRace.patience)); η is not tuned for either shape. Means over the seeds, ± \
    their standard errors:
    """)
  let results = try shapes.map { shape in
    try ArchitectureRace.seeds.map { try ArchitectureRace.run(widths: shape.1, seed: $0, data: data) }
  }
  let summaries = results.map { runs in
    (
      validation: SampleSummary(runs.map(\.validationAccuracy)), training: SampleSummary(runs.map(\.trainingAccuracy)),
      early: SampleSummary(runs.map(\.earlyLoss))
    )
  }
  let plusMinus = { (summary: SampleSummary, scale: Double, decimals: Int) in
    "\(formatNumber(summary.mean * scale, decimals: decimals)) ± \(formatNumber(summary.standardError * scale, decimals: decimals))"
  }
  page.table(
    TextTable(
      headers: ["shape", "validation %", "training %", "loss after epoch \(ArchitectureRace.earlyEpoch)"],
      rows: shapes.indices.map { index in
        [
          shapes[index].0, plusMinus(summaries[index].validation, 100, 2), plusMinus(summaries[index].training, 100, 2),
          plusMinus(summaries[index].early, 1, 3),
        ]
      }))
  page.line()
  // A difference counts when it exceeds twice its standard error.
  let difference = { (a: SampleSummary, b: SampleSummary) -> (value: Double, error: Double) in
    (b.mean - a.mean, (a.standardError * a.standardError + b.standardError * b.standardError).squareRoot())
  }
  let accuracy = difference(summaries[0].validation, summaries[1].validation)
  let early = difference(summaries[0].early, summaries[1].early)
  let accuracyClear = abs(accuracy.value) > 2 * accuracy.error
  let earlyClear = abs(early.value) > 2 * early.error
  let accuracyText =
    !accuracyClear
    ? "the two validation accuracies are within twice the standard error of their difference: no clear winner"
    : accuracy.value > 0
      ? "the deeper network generalises better, as the notes say"
      : "the wide network generalises better, the opposite of the notes' claim"
  let earlyText =
    !earlyClear
    ? "no clear difference in how fast the two start learning"
    : early.value > 0 ? "the deeper one learns more slowly at first" : "the deeper one learns faster at first"
  let trainingGap = abs(summaries[0].training.mean - summaries[1].training.mean)
  page.paragraph(
    """
    Deep minus wide: \(formatNumber(accuracy.value * 100, decimals: 2)) ± \
    \(formatNumber(accuracy.error * 100, decimals: 2)) points of validation accuracy, and \
    \(formatNumber(early.value, decimals: 3)) ± \(formatNumber(early.error, decimals: 3)) in the \
    training loss after epoch \(ArchitectureRace.earlyEpoch), a rough stand-in for "harder to \
    train". On these digits, at this size, \
    \(accuracyText); and \(earlyText). Their training accuracies differ by \
    \(formatNumber(trainingGap * 100, decimals: 2)) points, a small fraction of the \
    \(formatNumber(abs(accuracy.value) * 100, decimals: 2))-point validation gap: the difference \
    is in how well each carries over to digits it has not seen.
    """)
  page.note(
    """
    The notes give their list without a measurement. 8×8 digits and about \
    \(counts[0] / 100 * 100) parameters are one small test of it; what carries over to other \
    problems is the method: equal parameter \
    counts, several seeds, and a difference compared with its standard error before it is \
    believed.
    """)
  page.check(
    "the shapes' mean training accuracies are within 1 point, under a quarter of the validation gap",
    holds: trainingGap < 0.01 && trainingGap < abs(accuracy.value) / 4,
    detail: "\(formatNumber(trainingGap * 100, decimals: 2)) points apart")
  page.check(
    "the two shapes have parameter counts within 1% of each other",
    holds: abs(Double(counts[0] - counts[1])) < 0.01 * Double(counts[1]),
    detail: counts.map(String.init).joined(separator: " and "))
}

/// The settings of section 6's comparison.
enum ArchitectureRace {
  /// The wide network's one hidden layer, sized to match the deep one's parameters.
  static let wideWidth = 60
  static let seeds: [UInt64] = [1, 2, 3, 4, 5]
  static let rate = 0.003
  static let epochs = 40
  static let patience = 10
  static let batchSize = 32
  /// The epoch whose training loss says how fast each shape starts learning.
  static let earlyEpoch = 3

  /// What one run measured.
  struct Outcome {
    let validationAccuracy: Double
    /// The kept network's training accuracy.
    let trainingAccuracy: Double
    /// The mean training loss of epoch `earlyEpoch`.
    let earlyLoss: Double
  }

  /// The recipe: plain ReLU layers (no batch norm, no dropout, He's weights as drawn) and Adam
  /// at a constant rate, with early stopping.
  static func recipe(widths: [Int], seed: UInt64) -> CapstoneModel {
    CapstoneModel(
      widths: widths, batchNorm: false, dropout: 0, lastLayerScale: 1, seed: 600 + seed, peakRate: rate,
      weightDecay: 0, oneCycle: false, epochs: epochs, batchSize: batchSize, patience: patience,
      orderSeed: 6000 + 100 * seed)
  }

  static func run(widths: [Int], seed: UInt64, data: CapstoneData) throws -> Outcome {
    let recipe = recipe(widths: widths, seed: seed)
    let run = try recipe.trainKeepingBest(recipe.network(), on: data)
    return Outcome(
      validationAccuracy: run.best.classificationAccuracy(features: data.validationX, targets: data.validationY),
      trainingAccuracy: run.best.classificationAccuracy(features: data.trainX, targets: data.trainY),
      earlyLoss: run.history.trainingLoss[earlyEpoch - 1])
  }
}
