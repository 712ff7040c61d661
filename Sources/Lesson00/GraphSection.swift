import WorkbookBasics
import WorkbookReference

/// Section 2: note 003's computation graph J = 3(a + b·c), forward and backward by hand, then
/// with the library's Value.
let graphSection = WalkthroughSection("A computation graph: J = 3(a + b·c)") { page in
  let (a, b, c) = (5.0, 3.0, 2.0)
  let scale = 3.0
  let three = formatNumber(scale, decimals: 0)
  page.paragraph(
    """
    Note 003 breaks J = 3(a + b·c) into steps, each one operation, and draws them as a graph: \
    the inputs on the left, J on the right. With a = \(formatNumber(a, decimals: 0)), \
    b = \(formatNumber(b, decimals: 0)) and c = \(formatNumber(c, decimals: 0)), as in Andrew \
    Ng's course, the forward pass runs left to right:
    """)
  let u = b * c
  let v = a + u
  let J = scale * v
  page.table(
    TextTable(
      headers: ["step", "value"],
      rows: [
        ["u = b·c", formatNumber(u, decimals: 0)], ["v = a + u", formatNumber(v, decimals: 0)],
        ["J = \(three)·v", formatNumber(J, decimals: 0)],
      ]))
  page.line()
  // The backward pass by hand: each step's local derivative times the gradient arriving from its right.
  let dv = scale
  let du = dv * 1
  let da = dv * 1
  let db = du * c
  let dc = du * b
  page.paragraph(
    """
    The backward pass runs right to left. Each step knows the derivative of its own result \
    with respect to its inputs, the local derivative; the chain rule multiplies it by the \
    derivative that arrives from the right. In code, da means dJ/da:
    """)
  page.table(
    TextTable(
      headers: ["derivative", "local", "× arriving", "value"],
      rows: [
        ["dJ/dv", "∂J/∂v = \(three)", "1", formatNumber(dv, decimals: 0)],
        ["dJ/du", "∂v/∂u = 1", "dJ/dv", formatNumber(du, decimals: 0)],
        ["dJ/da", "∂v/∂a = 1", "dJ/dv", formatNumber(da, decimals: 0)],
        ["dJ/db", "∂u/∂b = c", "dJ/du", formatNumber(db, decimals: 0)],
        ["dJ/dc", "∂u/∂c = b", "dJ/du", formatNumber(dc, decimals: 0)],
      ]))
  page.line()
  let (valueA, valueB, valueC) = (Value(a, label: "a"), Value(b, label: "b"), Value(c, label: "c"))
  let product = valueB * valueC
  product.label = "u"
  let sum = valueA + product
  sum.label = "v"
  let output = scale * sum
  output.label = "J"
  output.backward()
  page.paragraph(
    """
    The library's Value does the same mechanically. Each operation on Values records its \
    inputs and its local derivatives; J.backward() then visits the nodes from J back to the \
    inputs and adds local derivative × arriving gradient into each input's grad:
    """)
  page.table(output.graphTable(decimals: 0))
  page.line()
  let byHand = [J, da, db, dc]
  let byValue = [output.data, valueA.grad, valueB.grad, valueC.grad]
  page.check(
    "Value's J, dJ/da, dJ/db and dJ/dc equal the hand computation", holds: byHand == byValue,
    detail: byValue.map { formatNumber($0, decimals: 0) }.joined(separator: ", "))
  let numeric = [
    numericDerivative(of: { scale * ($0 + b * c) }, at: a), numericDerivative(of: { scale * (a + $0 * c) }, at: b),
    numericDerivative(of: { scale * (a + b * $0) }, at: c),
  ]
  let gap = zip(numeric, byValue.dropFirst()).map { abs($0 - $1) }.max() ?? .nan
  page.check(
    "and centred differences of J agree", holds: gap < 1e-8, detail: "largest difference \(formatScientific(gap))")
  page.line()
  page.errata(
    """
    Note 003's line "d_vase in code ≡ J (here)" (dvar, garbled by the scan) gets Ng's \
    convention wrong. J is the final output; the \
    code variable dvar holds dJ/dvar, the derivative of J with respect to var, as the notes' \
    next line uses it: da = dJ/da = \(formatNumber(da, decimals: 0)).
    """)
}
