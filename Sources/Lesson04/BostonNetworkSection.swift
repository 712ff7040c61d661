import WorkbookBasics
import WorkbookReference

/// Section 5: note 000's network from scratch on the Boston data, against linear regression,
/// and the book's hidden-bias bug.
let bostonNetworkSection = WalkthroughSection("The notes' network on the Boston data") { page in
  if let caveat = BundledDataset.boston.caveat { page.note(caveat) }
  let (train, test) = try BundledDataset.bostonAsInTheBook()
  let hidden = 13
  let (batchSize, bookRate, epochs) = (23, 0.001, 650)
  // The book steps by lr·(Y − P) summed over the batch; our gradient is (2/m)·(Y − P), so the
  // same step needs η = lr·m/2.
  let rate = bookRate * Double(batchSize) / 2
  page.paragraph(
    """
    Note 000 ends with its network on the same Boston split as Lesson 1: \
    \(train.featureNames.count) standardised features → \(hidden) sigmoid units → one \
    output, trained on \(train.count) towns and tested on \(test.count). As in the book: \
    batches of \(batchSize), reshuffled each epoch, learning rate \(formatNumber(bookRate, decimals: 3)) \
    for the book's gradient −(Y − P), summed over the batch with no 2 and no 1/m, so \
    η = \(formatNumber(bookRate, decimals: 3))·\(batchSize)/2 = \(formatNumber(rate, decimals: 4)) for \
    our −(2/m)·(Y − P) (see Lesson 1, section 3), \(epochs) epochs (about the book's 10000 updates).
    """)
  func trainNetwork(sumBiasGradientTwice: Bool) -> (network: NotesNetwork, losses: [Double]) {
    var generator = SeededGenerator(seed: 180_807)
    var network = NotesNetwork(inputs: train.featureNames.count, hidden: hidden, using: &generator)
    var losses = [Double]()
    for _ in 0..<epochs {
      var epochLoss = 0.0
      let batches = miniBatches(of: generator.permutation(train.count), size: batchSize)
      for batch in batches {
        epochLoss += network.step(
          train.features.rows(at: batch), train.targets.rows(at: batch), learningRate: rate,
          sumBiasGradientTwice: sumBiasGradientTwice)
      }
      losses.append(epochLoss / Double(batches.count))
    }
    return (network, losses)
  }
  let (network, losses) = trainNetwork(sumBiasGradientTwice: false)
  page.plot(LinePlot(losses, width: 44, height: 7, logarithmic: true, xLabel: "epoch", xRange: (1, Double(epochs))))
  page.line()
  let networkRMSE = rootMeanSquaredError(predicted: network.forward(test.features).P, expected: test.targets)
  let linear = try fitByNormalEquation(features: train.features, targets: train.targets)
  let linearRMSE = rootMeanSquaredError(predicted: linear.predict(test.features), expected: test.targets)
  let meanTest = test.targets.mean()
  let (buggy, _) = trainNetwork(sumBiasGradientTwice: true)
  let buggyRMSE = rootMeanSquaredError(predicted: buggy.forward(test.features).P, expected: test.targets)
  page.table(
    TextTable(
      headers: ["model", "parameters", "test RMSE", "RMSE / mean(y_test)"],
      rows: [
        [
          "linear regression (least squares)", "\(train.featureNames.count + 1)", formatNumber(linearRMSE),
          formatNumber(linearRMSE / meanTest),
        ],
        [
          "network, \(hidden) sigmoid units", "\(network.asSequential.parameterCount)", formatNumber(networkRMSE),
          formatNumber(networkRMSE / meanTest),
        ],
        [
          "the same, with the book's bias bug", "\(network.asSequential.parameterCount)", formatNumber(buggyRMSE),
          formatNumber(buggyRMSE / meanTest),
        ],
      ]))
  page.line()
  page.check(
    "the network beats the best possible linear model on the test towns", holds: networkRMSE < linearRMSE,
    detail: "\(formatNumber(networkRMSE)) vs \(formatNumber(linearRMSE)) thousand dollars")
  page.paragraph(
    """

    The hidden layer lets the model learn curved relationships and combinations of features, \
    which a linear model cannot express even with its best weights.
    """)
  var generator = SeededGenerator(seed: 180_807)
  let start = NotesNetwork(inputs: train.featureNames.count, hidden: hidden, using: &generator)
  let batch = Array(0..<batchSize)
  let (X, Y) = (train.features.rows(at: batch), train.targets.rows(at: batch))
  let correct = start.backward(start.forward(X), targets: Y).dB1
  let book = start.backward(start.forward(X), targets: Y, sumBiasGradientTwice: true).dB1
  let numeric = numericGradient(
    of: { value in
      var changed = start
      changed.B1 = value
      return changed.loss(X, Y)
    }, at: start.B1)
  page.line("  dL/dB1 on the first \(batchSize) training towns, first four of \(hidden) hidden units:")
  page.line("    centred differences   \(formatTuple(numeric.columns(in: 0..<4)))")
  page.line("    summed over the batch \(formatTuple(correct.columns(in: 0..<4)))")
  page.line("    the book's code       \(formatTuple(book.columns(in: 0..<4)))")
  page.check(
    "summing over the batch axis only matches the numeric gradient", holds: relativeError(correct, numeric) < 1e-7,
    detail: "largest relative error \(formatNumber(relativeError(correct, numeric)))")
  page.line()
  page.errata(
    """
    The book's code for this network (DLFS, chapter 2) computes dLdB1 = (dLdN1 ⊙ dN1dB1) \
    summed over axis 0, the batch, which is right, and then stores dLdB1.sum(axis=0): a \
    second sum, now over the \(hidden) hidden units. Every hidden bias then gets the same \
    update, the total of all \(hidden) gradients (\(formatNumber(book[0, 0])) above). The \
    workbook sums once; trained with the book's version the test RMSE is \
    \(formatNumber(buggyRMSE)) instead of \(formatNumber(networkRMSE)). (The output bias \
    has a single unit, so the same double sum does no harm there.)
    """)
}
