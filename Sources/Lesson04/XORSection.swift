import WorkbookBasics
import WorkbookReference

/// Section 4: a two-layer network learns XOR through the notes' hand-written backward pass.
let xorSection = WalkthroughSection("XOR with one hidden layer, backpropagation by hand") { page in
  let (X, Y) = (LogicGate.inputs, LogicGate.xor.outputs)
  let hidden = 3
  var generator = SeededGenerator(seed: 1)
  var network = NotesNetwork(inputs: 2, hidden: hidden, using: &generator)
  let start = network
  page.paragraph(
    """
    Note 000's network: a linear layer to \(hidden) hidden units, a sigmoid, a linear layer to \
    one output, and the mean squared error. In the notes' names, for the batch of the four \
    XOR corners (m = \(X.rows)), with random starting weights (seeded):
    """)
  let f = network.forward(X)
  let shapes: [(String, String, Matrix)] = [
    ("M1", "X·W1", f.M1), ("N1", "M1 + B1", f.N1), ("O1", "σ(N1)", f.O1), ("M2", "O1·W2", f.M2),
    ("P", "M2 + B2", f.P),
  ]
  page.table(
    TextTable(
      headers: ["forward", "formula", "shape"], rows: shapes.map { [$0.0, $0.1, $0.2.shapeDescription] }))
  page.line()
  page.paragraph(
    """
    The backward pass takes the derivative of each operation at its input, then multiplies \
    them along the chain. The notes' table, evaluated:
    """)
  let g = network.backward(f, targets: Y)
  page.table(
    TextTable(
      headers: ["local derivative", "formula", "shape"],
      rows: g.table.map { [$0.name, $0.formula, $0.value.shapeDescription] }))
  page.line()
  page.paragraph("Multiplied along the chain (⊙ is entry by entry, · a matrix product):")
  page.line("  dLdW2 = dM2dW2 · (dLdP ⊙ dPdM2)                      \(g.dW2.shapeDescription), the shape of W2")
  page.line("  dLdB2 = Σ over the batch of (dLdP ⊙ dPdB2)            \(g.dB2.shapeDescription), the shape of B2")
  page.line("  dLdN1 = ((dLdP ⊙ dPdM2) · dM2dO1) ⊙ dO1dN1           \(X.rows)×\(hidden)")
  page.line("  dLdB1 = Σ over the batch of (dLdN1 ⊙ dN1dB1)          \(g.dB1.shapeDescription), the shape of B1")
  page.line("  dLdW1 = dM1dW1 · (dLdN1 ⊙ dN1dM1)                     \(g.dW1.shapeDescription), the shape of W1")
  page.line()
  page.paragraph(
    """
    A bias is added to every row of the batch, so its gradient collects a contribution from \
    every example: summing over the batch axis (axis 0) is what turns an m × k matrix of \
    contributions into the 1 × k shape of the bias.
    """)
  page.matrix("dLdB1", g.dB1)
  page.matrix("dLdW1", g.dW1)
  let parameters = [network.W1, network.B1, network.W2, network.B2]
  let analytic = [g.dW1, g.dB1, g.dW2, g.dB2]
  let numeric = parameters.indices.map { index in
    numericGradient(
      of: { value in
        var changed = network
        switch index {
        case 0: changed.W1 = value
        case 1: changed.B1 = value
        case 2: changed.W2 = value
        default: changed.B2 = value
        }
        return changed.loss(X, Y)
      }, at: parameters[index])
  }
  let worst = zip(analytic, numeric).map { relativeError($0, $1) }.max() ?? .nan
  page.check(
    "all four gradients match centred differences", holds: worst < 1e-7,
    detail: "largest relative error \(formatNumber(worst))")
  var layers = network.asSequential
  try layers.computeGradients(features: X, targets: Y)
  let libraryGap = zip(analytic, layers.parameterGradients).map { relativeError($0, $1) }.max() ?? .nan
  page.check(
    "the library's Dense and sigmoid layers give the same gradients", holds: libraryGap < 1e-12,
    detail: "largest relative difference \(formatNumber(libraryGap))")
  page.line()
  page.note(
    """
    The 2/m in dLdP comes from our loss being the mean of (Y − P)². Note 000's table and the \
    book's code for this network both write dLdP = −(Y − P) (the −2·(Y − P) is in the book's \
    linear-regression code): they leave out the 2 and the 1/m, which only rescales the \
    learning rate.
    """)
  let rate = 0.3
  let epochs = 600
  var losses = [Double]()
  var solvedAt: Int?
  for epoch in 1...epochs {
    losses.append(network.step(X, Y, learningRate: rate))
    if solvedAt == nil && network.forward(X).P.map({ $0 >= 0.5 ? 1 : 0 }) == Y { solvedAt = epoch }
  }
  page.paragraph(
    """
    Training: full-batch gradient descent with η = \(formatNumber(rate, decimals: 1)) for \
    \(epochs) epochs, predicting 1 where P ≥ 0.5. The loss (log scale):
    """)
  page.plot(LinePlot(losses, width: 44, height: 7, logarithmic: true, xLabel: "epoch", xRange: (1, Double(epochs))))
  page.check(
    "the loss falls at every epoch", holds: zip(losses, losses.dropFirst()).allSatisfy { $1 <= $0 },
    detail: "from \(formatNumber(losses.first ?? .nan)) to \(formatNumber(losses.last ?? .nan))")
  page.line()
  let P = network.forward(X).P
  page.table(
    TextTable(
      headers: ["x₁", "x₂", "XOR", "P", "prediction"],
      rows: (0..<4).map { row in
        [
          formatNumber(X[row, 0], decimals: 0), formatNumber(X[row, 1], decimals: 0),
          formatNumber(Y[row, 0], decimals: 0),
          formatNumber(P[row, 0]), P[row, 0] >= 0.5 ? "1" : "0",
        ]
      }))
  page.line()
  page.check(
    "100% of the XOR corners right", holds: solvedAt != nil,
    detail: "first reached at epoch \(solvedAt.map(String.init) ?? "never") of \(epochs)")
  page.line()
  let trained = network
  var region = DecisionRegionPlot(x: -0.5...1.5, y: -0.5...1.5, width: 32, height: 12) { x, y in
    trained.forward(Matrix(row: [x, y])).P[0, 0] >= 0.5 ? 1 : 0
  }
  region.points = LogicGate.xor.points
  page.paragraph("The learned decision region (shaded: P ≥ 0.5):")
  for line in region.render() { page.line("  " + line) }
  page.line()
  page.paragraph(
    """
    The region is a band between two boundaries: the hidden units each draw a line, and the \
    output combines them. That is exactly what one line could not do.
    """)
  var tooFast = start
  let fastLosses = (0..<50).map { _ in tooFast.step(X, Y, learningRate: 1) }
  page.check(
    "from the same start with η = 1 the loss grows instead of falling (Lesson 5 looks at why)",
    holds: (fastLosses.last ?? 0) > 10 * (fastLosses.first ?? .infinity),
    detail:
      "\(formatNumber(fastLosses.first ?? .nan)) at the start, \(formatNumber(fastLosses.last ?? .nan)) after 50 epochs"
  )
}
