import WorkbookBasics
import WorkbookReference

/// Section 4: the four steps of training, parameters vs hyper-parameters, a few steps printed.
let trainingLoopSection = WalkthroughSection("The training loop") { page in
  page.paragraph(
    """
    With the gradients in hand, training repeats four steps: pick a batch of observations; run \
    the forward pass (predictions and loss); run the backward pass (gradients); move every \
    parameter a little against its gradient, W ← W − η·dL/dW and b ← b − η·dL/dB.
    """)
  page.paragraph(
    """
    W and b are the parameters: training learns them. The learning rate η, the number of epochs \
    (full passes over the data) and the batch size are hyper-parameters: we choose them before \
    training. Each epoch visits the rows in a freshly shuffled order, so that the batches differ \
    from one epoch to the next and no accidental ordering of the file biases the updates.
    """)
  let (steps, rate) = (10, 0.1)
  page.line("  \(steps) steps on the batch above, with η = \(formatNumber(rate, decimals: 1)):")
  var model = LinearModel(weights: WorkedBatch.W, bias: WorkedBatch.b)
  var rows = [[String]]()
  var losses = [Double]()
  for step in 1...steps {
    let gradients = model.gradients(features: WorkedBatch.X, targets: WorkedBatch.Y)
    losses.append(gradients.loss)
    rows.append([
      "\(step)", formatFixed(gradients.loss), formatFixed(model.weights[0, 0]), formatFixed(model.weights[1, 0]),
      formatFixed(model.weights[2, 0]), formatFixed(model.bias[0, 0]),
    ])
    model = model.updated(by: gradients, learningRate: rate)
  }
  page.table(TextTable(headers: ["step", "loss", "w₁", "w₂", "w₃", "b"], rows: rows))
  page.line("  (each row's loss is measured before that step's update)")
  page.value(
    "the loss after the \(steps)th update", model.gradients(features: WorkedBatch.X, targets: WorkedBatch.Y).loss)
  page.line()
  let falling = zip(losses, losses.dropFirst()).allSatisfy { $0 > $1 }
  page.check(
    "the loss falls at every step", holds: falling,
    detail: "from \(formatNumber(losses[0])) before the first update to \(formatNumber(losses[9])) before the "
      + "\(steps)th")
  page.line()
}
