import WorkbookBasics
import WorkbookReference

/// Section 4: dz = a − y on the graph of one logistic neuron, built from Values.
let logisticNeuronSection = WalkthroughSection("dz = a − y on one logistic neuron") { page in
  let (x1, x2, y) = (1.5, -0.5, 1.0)
  let (w1, w2, b) = (Value(0.8, label: "w1"), Value(-0.4, label: "w2"), Value(0.1, label: "b"))
  let z = w1 * x1 + w2 * x2 + b
  z.label = "z"
  /// The notes' loss of one example, L = −(y·log a + (1 − y)·log(1 − a)), on a = σ(z).
  func crossEntropy(_ a: Value) -> Value { -(y * a.log() + (1 - y) * (1 - a).log()) }
  let a = z.sigmoid()
  a.label = "a"
  let loss = crossEntropy(a)
  loss.label = "L"
  loss.backward()
  page.paragraph(
    """
    Note 003 then takes the same graph view of one logistic-regression neuron: \
    z = w1·x1 + w2·x2 + b, a = σ(z), and the loss L = −(y·log a + (1 − y)·log(1 − a)). Going \
    backward, dL/da = −y/a + (1 − y)/(1 − a), and the local derivative of the sigmoid is \
    da/dz = a(1 − a); their product simplifies to dz = dL/dz = a − y. Built from Values with \
    x = (\(formatNumber(x1, decimals: 1)), \(formatNumber(x2, decimals: 1))), \
    y = \(formatNumber(y, decimals: 0)), w = (\(formatNumber(w1.data, decimals: 1)), \
    \(formatNumber(w2.data, decimals: 1))) and b = \(formatNumber(b.data, decimals: 1)), the \
    graph has \(loss.graphSize) nodes, constants included; every node but the constants, \
    after backward():
    """)
  page.table(loss.graphTable())
  page.line()
  let formula = a.data - y
  page.value("a − y", formula)
  page.value("z.grad, from backward()", z.grad)
  page.line()
  page.check(
    "backward() through log, σ and the sums gives z.grad = a − y", holds: abs(z.grad - formula) < 1e-12,
    detail: "difference \(formatScientific(abs(z.grad - formula)))")
  // Lesson 2's vectorised formulas on this one example: dw = xᵀ·(a − y), db = a − y.
  let model = LogisticRegression(weights: Matrix(column: [w1.data, w2.data]), bias: Matrix([[b.data]]))
  let reference = model.gradients(features: Matrix([[x1, x2]]), targets: Matrix([[y]]))
  let valueGradients = [w1.grad, w2.grad, b.grad]
  let referenceGradients = reference.weights.values + reference.bias.values
  let referenceGap = zip(valueGradients, referenceGradients).map { abs($0 - $1) }.max() ?? .nan
  page.check(
    "w1.grad, w2.grad and b.grad equal Lesson 2's x·(a − y) and a − y", holds: referenceGap < 1e-12,
    detail: "largest difference \(formatScientific(referenceGap))")
  let lossAt = { (weight: Double) -> Double in
    crossEntropy(Value(weight * x1 + w2.data * x2 + b.data).sigmoid()).data
  }
  let slope = numericDerivative(of: lossAt, at: w1.data)
  page.check(
    "w1.grad agrees with a centred difference of L", holds: abs(slope - w1.grad) < 1e-8,
    detail: "\(formatNumber(w1.grad)) and \(formatNumber(slope))")
  page.line()
  page.errata(
    """
    Note 003 writes da/da = ∂L/∂a and dz/dz = dL/dz. The left sides mean the code variables \
    da and dz, which hold dL/da and dL/dz; da/da and dz/dz are both 1.
    """)
}
