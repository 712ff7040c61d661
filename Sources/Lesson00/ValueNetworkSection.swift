import WorkbookBasics
import WorkbookReference

/// Section 5: a small MLP of Values trained on a toy set, its gradients against the Matrix
/// engine's, and the size of its graph.
let valueNetworkSection = WalkthroughSection("A network of Values") { page in
  // Eight points of the plane, labelled +1 where x1·x2 > 0 and −1 elsewhere (XOR's pattern).
  var generator = SeededGenerator(seed: 5)
  let points = (0..<8).map { _ in [generator.nextUniform(in: -1..<1), generator.nextUniform(in: -1..<1)] }
  let labels = points.map { $0[0] * $0[1] > 0 ? 1.0 : -1.0 }
  let targets = labels.map { [$0] }
  let sizes = [2, 8, 1]
  let weights = (0..<sizes.count - 1).map { layer in
    Matrix.randomNormal(
      rows: sizes[layer], columns: sizes[layer + 1], standardDeviation: (1 / Double(sizes[layer])).squareRoot(),
      using: &generator)
  }
  let biases = (0..<sizes.count - 1).map { Matrix.zeros(rows: 1, columns: sizes[$0 + 1]) }
  let shape = sizes.map(String.init).joined(separator: "-")
  page.paragraph(
    """
    Neurons built from Values make a network, as in Karpathy's micrograd: each hidden neuron \
    computes tanh(b + Σ wᵢxᵢ) one Value at a time, a layer is a list of neurons, and the \
    network a list of layers. A \(shape) network (tanh, then a linear output) fits \
    \(points.count) points \
    of the plane labelled +1 where x1·x2 > 0 and −1 elsewhere, with the mean squared error \
    as the loss. Each step builds the graph of the loss afresh, calls backward(), and moves \
    every parameter against its gradient, w ← w − η·w.grad:
    """)
  let rate = 0.1
  let stepCount = 400
  var losses = [Double]()
  /// The loss of the network with the current weights on the whole set, as a Value graph.
  func lossGraph(_ network: ValueMLP) -> Value { network.meanSquaredError(inputs: points, targets: targets) }
  let network = ValueMLP(weights: weights, biases: biases, hidden: .tanh)
  for _ in 0..<stepCount {
    let loss = lossGraph(network)
    network.zeroParameterGradients()
    loss.backward()
    losses.append(loss.data)
    for parameter in network.parameters { parameter.adjust(by: -rate * parameter.grad) }
  }
  // The loss after the last step's update, where the predictions below are measured.
  losses.append(lossGraph(network).data)
  page.plot(LinePlot(losses, height: 6, logarithmic: true, xLabel: "step", xRange: (0, Double(stepCount))))
  let predictions = points.map { network($0)[0].data }
  let right = zip(predictions, labels).filter { ($0 > 0) == ($1 > 0) }.count
  page.paragraph(
    """
    The loss falls from \(formatNumber(losses[0])) to \(formatNumber(losses[losses.count - 1])) in \
    \(stepCount) steps at η = \(formatNumber(rate, decimals: 1)), and \(right) of the \
    \(points.count) points end on the right side of 0. (These are the points it was trained on: \
    fitting them says nothing about new points.)
    """)
  page.check(
    "the loss ends below a tenth of where it started", holds: losses[losses.count - 1] < losses[0] / 10,
    detail: "\(formatNumber(losses[0])) → \(formatNumber(losses[losses.count - 1]))")
  page.line()
  // The same network, from the same start (the Values copied the matrices), in the Matrix engine.
  let fresh = ValueMLP(weights: weights, biases: biases, hidden: .tanh)
  let freshLoss = lossGraph(fresh)
  freshLoss.backward()
  var engine = Sequential(
    [
      Dense(weights: weights[0], bias: biases[0]), ActivationLayer(.tanh), Dense(weights: weights[1], bias: biases[1]),
    ], loss: MeanSquaredErrorLoss())
  let features = Matrix(points)
  let targetMatrix = Matrix(column: labels)
  let engineLoss = try engine.computeGradients(features: features, targets: targetMatrix)
  let gap = zip(fresh.parameterGradients, engine.parameterGradients).map { relativeError($0, $1) }.max() ?? .nan
  // A centred difference on the first weight, through the Values alone.
  let firstWeightSlope = numericDerivative(
    of: { w in
      var moved = weights
      moved[0][0, 0] = w
      return lossGraph(ValueMLP(weights: moved, biases: biases, hidden: .tanh)).data
    }, at: weights[0][0, 0])
  let firstWeightGradient = fresh.parameterGradients[0][0, 0]
  page.paragraph(
    """
    Lesson 4's engine computes the same network with whole matrices. From the same starting \
    weights:
    """)
  page.check(
    "the Values' loss equals the Matrix engine's", holds: abs(freshLoss.data - engineLoss) < 1e-12,
    detail: "\(formatNumber(freshLoss.data)) and \(formatNumber(engineLoss))")
  page.check(
    "the Values' gradients equal the Matrix engine's for all \(fresh.parameters.count) parameters",
    holds: gap < 1e-12, detail: "largest relative difference \(formatScientific(gap))")
  page.check(
    "the first weight's gradient agrees with a centred difference of the loss",
    holds: abs(firstWeightSlope - firstWeightGradient) < 1e-8,
    detail: "\(formatNumber(firstWeightGradient)) and \(formatNumber(firstWeightSlope))")
  page.line()
  let repeats = 3
  let valueTime = fastestTime(of: repeats) { lossGraph(fresh).backward() }
  let matrixTime = fastestTime(of: repeats) {
    _ = try? engine.computeGradients(features: features, targets: targetMatrix)
  }
  // How the graph grows with the batch: count it for half the points.
  let half = points.count / 2
  let halfSize = fresh.meanSquaredError(inputs: Array(points.prefix(half)), targets: Array(targets.prefix(half)))
    .graphSize
  let perExample = (freshLoss.graphSize - halfSize) / (points.count - half)
  let batch = 1000
  page.paragraph(
    """
    The graph of one loss over these \(points.count) points holds \(freshLoss.graphSize) Values, \
    for a network of \(fresh.parameters.count) parameters; the engine's pass works on a few \
    whole matrices per layer. One forward and backward pass each, timed now:
    """)
  page.timing("Values, one number at a time:  \(formatDuration(valueTime))")
  page.timing("whole matrices:                \(formatDuration(matrixTime))")
  page.timing("speed-up:                      \(formatFixed(valueTime / matrixTime, decimals: 0))×")
  page.line()
  page.paragraph(
    """
    The graph grows with the data: each example adds \(perExample) Values (counted from the graph \
    of \(half) points against that of \(points.count)), so a batch of \(batch) examples would need \
    about \(freshLoss.graphSize + perExample * (batch - points.count)) Values per step. PyTorch \
    keeps the same idea, a graph recorded as the code runs and walked backward, but each of \
    its nodes is a whole array operation.
    """)
}
