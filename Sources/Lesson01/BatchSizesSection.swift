import WorkbookBasics
import WorkbookReference

/// Section 8: batch, mini-batch and stochastic gradient descent on twelve observations.
let batchSizesSection = WalkthroughSection("Batch, mini-batch and stochastic gradient descent") { page in
  let (X, Y) = TwelveObservations.data
  let start = LinearModel(weights: Matrix(column: [1, 1]), bias: .zeros(rows: 1, columns: 1))
  page.paragraph(
    """
    How many rows should each update look at? Take twelve observations with two features. \
    Starting from w = (1, 1), b = 0, the table lists each row's error e = ŷ − y and its \
    products with the features, as the notes' slide does. Averaged over the rows (and doubled, \
    for our MSE), these columns are the gradient.
    """)
  let predictions = start.predict(X)
  let errors = predictions - Y
  page.table(
    TextTable(
      headers: ["row", "x₁", "x₂", "y", "ŷ", "e = ŷ − y", "e·x₁", "e·x₂"],
      rows: (0..<X.rows).map { i in
        [
          "\(i)", formatFixed(X[i, 0]), formatFixed(X[i, 1]), formatFixed(Y[i, 0]), formatFixed(predictions[i, 0]),
          formatFixed(errors[i, 0]), formatFixed(errors[i, 0] * X[i, 0]), formatFixed(errors[i, 0] * X[i, 1]),
        ]
      }))
  let m = Double(X.rows)
  let byTable = Matrix(column: [2 / m * (errors * X.column(0)).sum(), 2 / m * (errors * X.column(1)).sum()])
  let gradients = start.gradients(features: X, targets: Y)
  page.line()
  page.line(
    "  dL/dw₁ = (2/m)·Σ e·x₁ = \(formatNumber(byTable[0, 0])),   dL/dw₂ = (2/m)·Σ e·x₂ = \(formatNumber(byTable[1, 0]))"
  )
  page.check(
    "the table's sums are the library's gradient", holds: relativeError(byTable, gradients.weights) < 1e-12,
    detail: "dL/dW = Xᵀ·dL/dP")
  page.line()
  let miniBatchSize = 3
  let miniBatchUpdates = miniBatches(of: Array(0..<X.rows), size: miniBatchSize).count
  page.paragraph(
    """
    Batch gradient descent uses all \(X.rows) rows for each update: one update per epoch. Mini-batch \
    descent with batches of \(miniBatchSize) makes \(miniBatchUpdates) updates per epoch, each from \
    1/\(miniBatchUpdates) of the data. Stochastic gradient descent updates after every single row: \
    \(X.rows) updates per epoch. Each epoch first shuffles the rows; here is how the first epoch's \
    shuffle is cut:
    """)
  var generator = SeededGenerator(seed: 2024)
  let (rate, epochs) = (0.01, 30)
  let orders = (0..<epochs).map { _ in generator.permutation(X.rows) }
  for (size, name) in [(X.rows, "batch"), (miniBatchSize, "mini-batch"), (1, "stochastic")] {
    let batches = miniBatches(of: orders[0], size: size)
    let shown = batches.map { "[" + $0.map(String.init).joined(separator: " ") + "]" }.joined(separator: " ")
    page.line("  \(name), size \(size): \(batches.count) update\(batches.count == 1 ? "" : "s") per epoch")
    for line in TextWrapping.wrap(shown, width: page.width, indent: "    ", hangingIndent: "    ") { page.line(line) }
  }
  page.line()
  let best = try fitByNormalEquation(features: X, targets: Y)
  let bestLoss = meanSquaredError(predicted: best.predict(X), expected: Y)
  let checkpoints = [1, 2, 5, 10, epochs]
  var rows = [[String]]()
  var finalLosses = [Double]()
  for size in [X.rows, miniBatchSize, 1] {
    var losses = [String]()
    var model = start
    for epoch in 0..<epochs {
      model = try MiniBatchGradientDescent(learningRate: rate, batchSize: size).train(
        model, features: X, targets: Y, epochs: 1, order: { _ in orders[epoch] }
      ).model
      if checkpoints.contains(epoch + 1) {
        losses.append(formatFixed(meanSquaredError(predicted: model.predict(X), expected: Y)))
      }
    }
    finalLosses.append(meanSquaredError(predicted: model.predict(X), expected: Y))
    rows.append(["\(size)", "\(epochs * Int((m / Double(size)).rounded(.up)))"] + losses)
  }
  page.text(
    "MSE on all \(X.rows) rows after epochs \(checkpoints.map(String.init).joined(separator: ", ")), η = "
      + "\(formatNumber(rate, decimals: 2)), the same shuffles for every batch size:")
  page.table(TextTable(headers: ["batch size", "updates"] + checkpoints.map { "epoch \($0)" }, rows: rows))
  page.line()
  page.value("best possible MSE (normal equation, section 9)", bestLoss)
  page.check(
    "after equal epochs, more updates got closer to the best fit",
    holds: finalLosses[2] < finalLosses[1] && finalLosses[1] < finalLosses[0],
    detail: "MSE \(finalLosses.map { formatNumber($0) }.joined(separator: " > "))")
  page.line()
  page.paragraph(
    """
    Smaller batches update more often for the same pass over the data, but each update sees \
    less of it, so the path is noisier (stochastic descent keeps jittering around the minimum \
    unless the learning rate shrinks). Batch descent is smooth but pays for a whole pass per \
    step. Mini-batches sit between, and suit vectorised hardware: they are the default.
    """)
}
