import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 7: the computation graph, then dL/da → da/dz → dz = a − y, each step checked.
let backpropagationSection = WalkthroughSection("Backpropagation through one neuron: dz = a − y") { page in
  let (a0, b0, c0) = (5.0, 3.0, 2.0)
  page.paragraph(
    """
    A computation graph splits a formula into small steps. Note 003's example is \
    J = 3(a + bc): first u = bc, then v = a + u, then J = 3v. A left-to-right pass computes J; a \
    right-to-left pass multiplies the local derivatives (the chain rule) to get J's derivative \
    with respect to every input. That backward pass is backpropagation. With \
    a = \(formatNumber(a0, decimals: 0)), b = \(formatNumber(b0, decimals: 0)), c = \(formatNumber(c0, decimals: 0)):
    """)
  let graph = { (a: Double, b: Double, c: Double) in 3 * (a + b * c) }
  let u = b0 * c0
  let v = a0 + u
  page.line(
    "  forward:  u = bc = \(formatNumber(u, decimals: 0)),  v = a + u = \(formatNumber(v, decimals: 0)),  "
      + "J = 3v = \(formatNumber(3 * v, decimals: 0))")
  let dJdv = 3.0
  let derivatives: [(String, Double, Double)] = [
    ("dJ/da = dJ/dv · dv/da = 3 · 1", dJdv * 1, numericDerivative(of: { graph($0, b0, c0) }, at: a0)),
    ("dJ/db = dJ/dv · dv/du · du/db = 3 · 1 · c", dJdv * c0, numericDerivative(of: { graph(a0, $0, c0) }, at: b0)),
    ("dJ/dc = dJ/dv · dv/du · du/dc = 3 · 1 · b", dJdv * b0, numericDerivative(of: { graph(a0, b0, $0) }, at: c0)),
  ]
  page.table(
    TextTable(
      headers: ["backward", "chain rule", "numeric"],
      rows: derivatives.map { [$0.0, formatNumber($0.1), formatNumber($0.2)] }))
  page.check(
    "each chain-rule product matches its numeric derivative",
    holds: derivatives.allSatisfy { relativeError($0.1, $0.2) < 1e-8 },
    detail: "largest relative error \(formatNumber(derivatives.map { relativeError($0.1, $0.2) }.max() ?? .nan))")
  page.line()
  page.paragraph(
    """
    Logistic regression's graph is z = w·x + b, then a = σ(z), then L(a, y). Walk it backwards \
    for the email of section 4 (y = 0), checking each local derivative numerically.
    """)
  let (x, w, b, yMatrix) = (NotesEmail.x, NotesEmail.w, NotesEmail.b, NotesEmail.y)
  let y = yMatrix[0, 0]
  let z = (x.matmul(w) + b)[0, 0]
  let a = sigmoid(z)
  let lossOfA = { (a: Double) in -(y * log(a) + (1 - y) * log(1 - a)) }
  let lossOfZ = { (z: Double) in lossOfA(sigmoid(z)) }
  let dLda = -y / a + (1 - y) / (1 - a)
  let dadz = a * (1 - a)
  let dz = dLda * dadz
  let steps: [(String, String, Double, Double)] = [
    ("1", "dL/da = −y/a + (1 − y)/(1 − a)", dLda, numericDerivative(of: lossOfA, at: a)),
    ("2", "da/dz = a(1 − a)", dadz, numericDerivative(of: sigmoid, at: z)),
    ("3", "dL/dz = dL/da · da/dz", dz, numericDerivative(of: lossOfZ, at: z)),
  ]
  page.line("  z = \(formatNumber(z)),  a = σ(z) = \(formatNumber(a)),  y = \(formatNumber(y, decimals: 0))")
  page.table(
    TextTable(
      headers: ["step", "formula", "value", "numeric"],
      rows: steps.map { [$0.0, $0.1, formatNumber($0.2), formatNumber($0.3)] }))
  for step in steps {
    page.check(
      "step \(step.0) matches its numeric derivative", holds: relativeError(step.2, step.3) < 1e-7,
      detail: "relative error \(formatNumber(relativeError(step.2, step.3)))")
  }
  page.line()
  page.paragraph(
    """
    Multiply out step 3 and almost everything cancels: \
    (−y/a + (1 − y)/(1 − a)) · a(1 − a) = −y(1 − a) + (1 − y)·a = a − y. \
    The gradient at the logit is simply the prediction minus the label:
    """)
  page.value("dz = a − y", a - y)
  page.check(
    "dz = a − y equals the chain-rule product", holds: relativeError(a - y, dz) < 1e-14,
    detail: "\(formatNumber(a - y)) and \(formatNumber(dz))")
  page.line()
  page.paragraph(
    """
    One more step reaches the parameters. Since z = w₁x₁ + w₂x₂ + w₃x₃ + b, dz/dwⱼ = xⱼ and \
    dz/db = 1, so dwⱼ = xⱼ·dz and db = dz:
    """)
  let dw = x.transposed() * (a - y)
  let numericW = numericGradient(
    of: { binaryCrossEntropy(logits: x.matmul($0) + b, labels: yMatrix) }, at: w)
  let numericB = numericDerivative(of: { binaryCrossEntropy(logits: x.matmul(w) + $0, labels: yMatrix) }, at: b[0, 0])
  page.matrix("dw = xᵀ·dz", dw)
  page.matrix("numeric dL/dw", numericW)
  page.value("db = dz", a - y, note: "numeric \(formatNumber(numericB))")
  page.check(
    "gradient check of dw and db",
    holds: relativeError(dw, numericW) < 1e-7 && relativeError(a - y, numericB) < 1e-7,
    detail: "largest relative error \(formatNumber(max(relativeError(dw, numericW), relativeError(a - y, numericB))))")
  page.line()
  page.paragraph(
    """
    With x₃ = 0 the third weight gets no gradient: a feature that is zero in this example \
    cannot be blamed for its error.
    """)
}
