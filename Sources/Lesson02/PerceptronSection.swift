import WorkbookBasics
import WorkbookReference

/// Section 2: the perceptron's threshold unit, and logistic regression as a one-neuron network.
let perceptronSection = WalkthroughSection("The perceptron, then one neuron with a sigmoid") { page in
  page.paragraph(
    """
    The perceptron (Rosenblatt, 1957) is the oldest artificial neuron. It adds up its inputs \
    with weights, adds a bias, and fires when the total is positive: f(x) = 1 if w·x + b > 0, \
    else 0. A threshold unit like this is a binary classifier. With note 002's weights \
    w = \(formatTuple(NotesEmail.w, decimals: 1)) and b = \(formatNumber(NotesEmail.b[0, 0], decimals: 1)):
    """)
  let (w, b) = (NotesEmail.w, NotesEmail.b)
  let inputs: [[Double]] = [[1, 2, 0], [0, 0, 1], [1, 0, 0], [0, 0, 0]]
  let X = Matrix(inputs)
  let z = X.matmul(w) + b
  let step = z.map { $0 > 0 ? 1 : 0 }
  page.table(
    TextTable(
      headers: ["x", "z = w·x + b", "perceptron output"],
      rows: inputs.indices.map { row in
        [
          formatTuple(X.row(row), decimals: 0),
          formatNumber(z[row, 0]), formatNumber(step[row, 0], decimals: 0),
        ]
      }))
  page.line()
  page.paragraph(
    """
    The step cannot be trained by gradient descent. Its output jumps from 0 to 1 and is flat \
    everywhere else, so a small change of a weight changes nothing and the derivative is 0: \
    it never says which way to move. Take the first input, an email labelled 0 (not spam) that \
    the unit calls 1, and nudge w₁:
    """)
  let x = NotesEmail.x
  let y = NotesEmail.y
  let stepError = { (w1: Double) -> Double in
    let z = (x.matmul(Matrix(column: [w1, w[1, 0], w[2, 0]])) + b)[0, 0]
    let output: Double = z > 0 ? 1 : 0
    return (output - y[0, 0]) * (output - y[0, 0])
  }
  let smoothLoss = { (w1: Double) -> Double in
    binaryCrossEntropy(logits: x.matmul(Matrix(column: [w1, w[1, 0], w[2, 0]])) + b, labels: y)
  }
  let stepSlope = numericDerivative(of: stepError, at: w[0, 0])
  let smoothSlope = numericDerivative(of: smoothLoss, at: w[0, 0])
  page.value("d(error of the step)/dw₁, numerically", stepSlope, note: "no direction to move")
  page.value("d(cross-entropy of σ)/dw₁, numerically", smoothSlope, note: "positive: lower w₁")
  page.check(
    "the unit gets this email wrong, the step gives no gradient, the sigmoid does",
    holds: step[0, 0] != y[0, 0] && stepSlope == 0 && smoothSlope > 0.1,
    detail: "output \(formatNumber(step[0, 0], decimals: 0)) for label \(formatNumber(y[0, 0], decimals: 0)); "
      + "slopes \(formatNumber(stepSlope)) vs \(formatNumber(smoothSlope))")
  page.line()
  page.paragraph(
    """
    Logistic regression keeps the weighted sum and replaces the step by the sigmoid σ, a smooth \
    S-shaped curve from 0 to 1. Its output is a probability, and every weight now has a useful \
    slope. Drawn as a network it is a single neuron:
    """)
  page.line("    x₁ ──w₁──╮")
  page.line("    x₂ ──w₂──┼──▶  z = w·x + b  ──▶  a = σ(z) = p̂  ──▶  loss L(a, y)")
  page.line("    x₃ ──w₃──╯")
  page.line()
  page.paragraph(
    """
    Lesson 1's linear regression is the same picture with no activation and a squared-error \
    loss. Here the activation is σ and the loss is the binary cross-entropy (section 4).
    """)
}
