import WorkbookBasics
import WorkbookReference

/// Section 10: logistic regression on the breast cancer Wisconsin data.
let breastCancerSection = WalkthroughSection("Real data: breast cancer Wisconsin") { page in
  let cancer = try BundledDataset.breastCancer.load()
  if let caveat = cancer.caveat { page.note(caveat) }
  let benign = Int(cancer.targets.sum())
  let malignant = cancer.count - benign
  var generator = SeededGenerator(seed: 569)
  let testFraction = 0.2
  let split = Split(shuffling: cancer.count, testFraction: testFraction, using: &generator)
  let (train, test) = (cancer.subset(split.train), cancer.subset(split.test))
  let scaler = Standardizer(fittedTo: train.features)
  let (Xtrain, Xtest) = (scaler.transform(train.features), scaler.transform(test.features))
  page.paragraph(
    """
    \(cancer.count) tumours (\(malignant) malignant, \(benign) benign), \
    \(cancer.featureNames.count) measurements each. A seeded shuffle holds out \
    \(test.count) tumours (\(formatNumber(100 * testFraction, decimals: 0))%) for testing. Each \
    feature is standardised with the mean and standard deviation of the \(train.count) training \
    tumours only, so nothing about the test tumours leaks into training. (The raw features range \
    from \(formatNumber(train.features.min(), decimals: 0)) to \(formatNumber(train.features.max(), decimals: 0)).)
    """)
  let (rate, epochs) = (0.5, 300)
  let run = try MiniBatchGradientDescent(learningRate: rate, batchSize: train.count).train(
    LogisticRegression.zeros(features: cancer.featureNames.count), features: Xtrain, targets: train.targets,
    epochs: epochs, order: { _ in Array(0..<train.count) })
  page.paragraph(
    """
    Batch gradient descent from w = 0, b = 0 (so p̂ = 0.5 and J = ln 2 at the start), \
    learning rate \(formatNumber(rate, decimals: 1)), \(epochs) steps:
    """)
  page.plot(LinePlot(run.stepLosses, width: 60, height: 8, logarithmic: true, xLabel: "step"))
  page.value("J at the start", run.stepLosses.first ?? .nan)
  page.value("J after \(epochs) steps", run.model.gradients(features: Xtrain, targets: train.targets).loss)
  page.line()
  let trainAccuracy = accuracy(predicted: run.model.classify(Xtrain), expected: train.targets)
  let predicted = run.model.classify(Xtest)
  let testAccuracy = accuracy(predicted: predicted, expected: test.targets)
  let majority = max(test.targets.mean(), 1 - test.targets.mean())
  page.value("training accuracy", trainAccuracy)
  page.value("test accuracy", testAccuracy)
  page.value("test accuracy of always answering \"benign\"", majority, note: "the baseline to beat")
  page.check(
    "logistic regression beats the majority-class baseline on the test set", holds: testAccuracy > majority + 0.2,
    detail: "\(formatNumber(testAccuracy)) vs \(formatNumber(majority))")
  page.line()
  func count(truth: Double, guess: Double) -> Int {
    zip(test.targets.values, predicted.values).filter { $0 == truth && $1 == guess }.count
  }
  page.paragraph("Accuracy hides which mistakes were made. The test tumours by true and predicted class:")
  page.table(
    TextTable(
      headers: ["", "predicted malignant (0)", "predicted benign (1)"],
      rows: [
        ["truly malignant (0)", "\(count(truth: 0, guess: 0))", "\(count(truth: 0, guess: 1))"],
        ["truly benign (1)", "\(count(truth: 1, guess: 0))", "\(count(truth: 1, guess: 1))"],
      ]))
  page.line()
  page.paragraph(
    """
    A malignant tumour called benign (top right) is far worse than a false alarm. To miss fewer \
    cancers, ask for more confidence before calling a tumour benign: raise the threshold on \
    p̂(benign) above 0.5. On the test tumours:
    """)
  let testProbabilities = run.model.probabilities(Xtest)
  page.table(
    TextTable(
      headers: ["benign if p̂ ≥", "missed cancers", "false alarms", "accuracy"],
      rows: [0.5, 0.8, 0.95, 0.99].map { threshold in
        let guesses = testProbabilities.map { $0 >= threshold ? 1 : 0 }
        let pairs = zip(test.targets.values, guesses.values)
        return [
          formatNumber(threshold, decimals: 2), "\(pairs.filter { $0 == 0 && $1 == 1 }.count)",
          "\(pairs.filter { $0 == 1 && $1 == 0 }.count)",
          formatNumber(accuracy(predicted: guesses, expected: test.targets)),
        ]
      }))
  page.line()
  page.paragraph(
    """
    Fewer missed cancers cost more false alarms, and accuracy alone cannot say which mix is \
    right: that is a medical decision, not a property of the model. (A careful study would \
    choose the threshold on validation data, not on the test set.)
    """)
}
