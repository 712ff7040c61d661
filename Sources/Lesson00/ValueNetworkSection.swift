import WorkbookBasics
import WorkbookReference

/// Section 5: a small MLP of Values trained on a toy set, its gradients against the Matrix
/// engine's, and the size of its graph.
let valueNetworkSection = WalkthroughSection("A network of Values") { page in
  // Eight points of the plane, labelled +1 where x1·x2 > 0 and −1 elsewhere (XOR's pattern).
  var generator = SeededGenerator(seed: 5)
  let points = (0..<8).map { _ in [generator.nextUniform(in: -1..<1), generator.nextUniform(in: -1..<1)] }
  let labels = points.map { $0[0] * $0[1] > 0 ? 1.0 : -1.0 }
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
    Neurons built from Values make a network, as in Karpathy's micrograd: each neuron computes \
    tanh(b + Σ wᵢxᵢ) one Value at a time, a layer is a list of neurons, and the network a list \
    of layers. A \(shape) network (tanh, then a linear output) learns \(points.count) points \
    of the plane labelled +1 where x1·x2 > 0 and −1 elsewhere, with the mean squared error \
    as the loss. Each step builds the graph of the loss afresh, calls backward(), and moves \
    every parameter against its gradient, w ← w − η·w.grad:
    """)
  let rate = 0.1
  let stepCount = 400
  var losses = [Double]()
  /// The loss of the network with the current weights on the whole set, as a Value graph.
  func lossGraph(_ network: ValueMLP) -> Value {
    var total = Value(0)
    for (point, label) in zip(points, labels) {
      let error = network(point)[0] - label
      total = total + error * error
    }
    return total / Double(points.count)
  }
  var network = ValueMLP(weights: weights, biases: biases, hidden: .tanh)
  for _ in 0..<stepCount {
    let loss = lossGraph(network)
    network.zeroGradients()
    loss.backward()
    losses.append(loss.data)
    for parameter in network.parameters { parameter.adjust(by: -rate * parameter.grad) }
  }
  page.plot(LinePlot(losses, height: 6, logarithmic: true, xLabel: "step", xRange: (1, Double(stepCount))))
  let predictions = points.map { network($0)[0].data }
  let right = zip(predictions, labels).filter { ($0 > 0) == ($1 > 0) }.count
  page.paragraph(
    """
    The loss falls from \(formatNumber(losses[0])) to \(formatNumber(losses[losses.count - 1])) in \
    \(stepCount) steps at η = \(formatNumber(rate, decimals: 1)), and \(right) of the \
    \(points.count) points end on the right side of 0.
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
  let targets = Matrix(column: labels)
  let engineLoss = try engine.computeGradients(features: features, targets: targets)
  let gap = zip(fresh.parameterGradients, engine.parameterGradients).map { relativeError($0, $1) }.max() ?? .nan
  page.paragraph(
    """
    Lesson 4's engine computes the same network with whole matrices. From the same starting \
    weights, its loss is \(formatNumber(engineLoss)) and the Values' \(formatNumber(freshLoss.data)):
    """)
  page.check(
    "the Values' gradients equal the Matrix engine's for all \(fresh.parameters.count) parameters",
    holds: gap < 1e-12, detail: "largest relative difference \(formatNumber(gap))")
  page.line()
  let repeats = 3
  let valueTime = fastestTime(of: repeats) { lossGraph(fresh).backward() }
  let matrixTime = fastestTime(of: repeats) { _ = try? engine.computeGradients(features: features, targets: targets) }
  page.paragraph(
    """
    The price of one number at a time: the graph of one loss over these \(points.count) points \
    holds \(freshLoss.graphSize) Values, each a separate object made, linked and freed, for a \
    network of \(fresh.parameters.count) parameters. The engine does the same pass with a few \
    whole-matrix operations per layer. One forward and backward pass, timed now:
    """)
  page.timing("Values, one number at a time:  \(formatDuration(valueTime))")
  page.timing("whole matrices:                \(formatDuration(matrixTime))")
  page.timing("speed-up:                      \(formatFixed(valueTime / matrixTime, decimals: 0))×")
  page.line()
  page.paragraph(
    """
    The graph grows with the data: a batch of 1000 examples would need about \
    \(freshLoss.graphSize * 1000 / points.count) Values per step. Real engines (PyTorch, JAX) \
    keep the same idea, a recorded graph walked backward, but each node is a whole array \
    operation.
    """)
}
