import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 10: softmax regression on the 8 × 8 handwritten digits.
let digitsSection = WalkthroughSection("Real data: handwritten digits") { page in
  let digits = try BundledDataset.digits.load()
  let K = 10
  let classes = classNumbers(digits.targets, classCount: K)
  let side = Int(Double(digits.featureNames.count).squareRoot())
  let maximum = digits.features.max()
  let perClass = (0..<K).map { digit in classes.filter { $0 == digit }.count }
  page.paragraph(
    """
    \(digits.count) handwritten digits, each an \(side) × \(side) image with pixels from \
    \(formatNumber(digits.features.min(), decimals: 0)) (blank) to \(formatNumber(maximum, decimals: 0)) \
    (full ink), unrolled into n = \(digits.featureNames.count) features; between \
    \(perClass.min() ?? 0) and \(perClass.max() ?? 0) images of each digit. The first image \
    of each digit 0–3:
    """)
  let firsts = (0..<4).compactMap { digit in classes.firstIndex(of: digit) }
  page.images(
    firsts.map { GreyscaleImage(row: digits.features.row($0), width: side, maximum: maximum) },
    captions: firsts.map { "row \($0): \(classes[$0])" })
  page.line()
  var generator = SeededGenerator(seed: 1797)
  let testFraction = 0.2
  let split = Split(shuffling: digits.count, testFraction: testFraction, using: &generator)
  let (train, test) = (digits.subset(split.train), digits.subset(split.test))
  let (Xtrain, Xtest) = (train.features / maximum, test.features / maximum)
  let (trainClasses, testClasses) = (
    classNumbers(train.targets, classCount: K), classNumbers(test.targets, classCount: K)
  )
  let (rate, batchSize, epochs) = (0.5, 32, 30)
  page.paragraph(
    """
    A seeded shuffle holds out \(test.count) images (\(formatNumber(100 * testFraction, decimals: 0))%) \
    for testing and trains on \(train.count). Pixels are divided by \(formatNumber(maximum, decimals: 0)) \
    so every feature lies in 0…1 (the same scale for every pixel, so no standardisation is \
    needed). Softmax regression from all-zero parameters (every digit at p̂ = 0.1, \
    J = ln 10): \(Xtrain.columns) × \(K) weights and \(K) biases, \
    \(Xtrain.columns * K + K) parameters, trained by mini-batch gradient descent with \
    η = \(formatNumber(rate, decimals: 1)), batches of \(batchSize), reshuffled every epoch, \
    \(epochs) epochs:
    """)
  let started = Date()
  let run = try MiniBatchGradientDescent(learningRate: rate, batchSize: batchSize).train(
    SoftmaxRegression.zeros(features: Xtrain.columns, classes: K), features: Xtrain,
    targets: oneHot(trainClasses, classCount: K), epochs: epochs,
    order: { _ in generator.permutation(train.count) })
  let elapsed = Date().timeIntervalSince(started)
  page.plot(
    LinePlot(run.epochMeanLosses, width: 50, height: 8, logarithmic: true, xLabel: "epoch", xRange: (1, Double(epochs)))
  )
  page.value("J on the first batch", run.stepLosses.first ?? .nan, note: "ln 10 = \(formatNumber(log(10)))")
  page.value("mean J over epoch \(epochs)", run.epochMeanLosses.last ?? .nan)
  page.timing("training: \(run.stepLosses.count) updates in \(formatDuration(elapsed))")
  page.line()
  let model = run.model
  let predicted = model.classify(Xtest)
  let trainAccuracy = accuracy(predicted: model.classify(Xtrain), expected: trainClasses)
  let testAccuracy = accuracy(predicted: predicted, expected: testClasses)
  let majority =
    Double((0..<K).map { digit in testClasses.filter { $0 == digit }.count }.max() ?? 0)
    / Double(test.count)
  page.value("training accuracy", trainAccuracy)
  page.value("test accuracy", testAccuracy)
  page.value("test cross-entropy", softmaxCrossEntropy(logits: model.logits(Xtest), classes: testClasses))
  page.value("test accuracy of always guessing the most common digit", majority, note: "the baseline")
  page.check(
    "softmax regression gets more than 90% of the test digits right", holds: testAccuracy > 0.9,
    detail: "\(predicted.count - zip(predicted, testClasses).filter { $0 == $1 }.count) mistakes in \(test.count)")
  page.line()
  let confusion = ConfusionMatrix(predicted: predicted, expected: testClasses, classCount: K)
  page.paragraph(
    """
    The confusion matrix counts every (true digit, predicted digit) pair on the test set: \
    the diagonal holds the right answers, everything else (· marks zero) is a mistake. \
    Recall is the fraction of each digit found.
    """)
  page.table(confusion.table())
  page.line()
  let common = confusion.mistakes.prefix(3).map { "\($0.truth) read as \($0.predicted) (\($0.count)×)" }
  page.paragraph("The most frequent mistakes: \(common.joined(separator: ", ")).")
  let probabilities = model.probabilities(Xtest)
  let wrong = (0..<test.count).filter { predicted[$0] != testClasses[$0] }
  let shown = Array(wrong.prefix(8))
  page.paragraph("The first \(shown.count) misread test digits, with the model's probability for its answer:")
  page.images(
    shown.map { GreyscaleImage(row: test.features.row($0), width: side, maximum: maximum) },
    captions: shown.map {
      "\(testClasses[$0])→\(predicted[$0]) p̂ \(formatNumber(probabilities[$0, predicted[$0]], decimals: 2))"
    })
  page.line()
  page.paragraph(
    """
    A linear model gives each digit one template of \(Xtrain.columns) weights and scores an \
    image by how well it matches; digits that share strokes get mixed up. Lesson 4 adds a \
    hidden layer, which lets the model combine strokes before deciding. (The learning rate, \
    batch size and epoch count were picked by hand; a careful study would tune them on a \
    validation split and look at the test set only once, at the end.)
    """)
}
