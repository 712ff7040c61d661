import WorkbookBasics
import WorkbookReference

/// Section 2: two linear layers with nothing between them are one linear layer.
let collapseSection = WalkthroughSection("Stacked linear layers collapse into one") { page in
  var generator = SeededGenerator(seed: 4)
  let (inputs, hidden, outputs, m) = (3, 4, 2, 5)
  let W1 = Matrix.randomNormal(rows: hidden, columns: inputs, using: &generator)
  let b1 = Matrix.randomNormal(rows: 1, columns: hidden, using: &generator)
  let W2 = Matrix.randomNormal(rows: outputs, columns: hidden, using: &generator)
  let b2 = Matrix.randomNormal(rows: 1, columns: outputs, using: &generator)
  let X = Matrix.randomNormal(rows: m, columns: inputs, using: &generator)
  page.paragraph(
    """
    Why not make a network deeper by stacking linear layers? Note 002 writes a layer with its \
    weights as outputs × inputs, H = X·W₁ᵀ + b₁, then O = H·W₂ᵀ + b₂. Substituting H:
    """)
  page.line("  O = (X·W₁ᵀ + b₁)·W₂ᵀ + b₂ = X·(W₁ᵀW₂ᵀ) + (b₁W₂ᵀ + b₂) = X·W + b")
  page.line()
  page.paragraph(
    """
    So two layers, however wide, compute exactly what one layer with W = W₁ᵀW₂ᵀ and \
    b = b₁W₂ᵀ + b₂ computes. With random weights (\(inputs) inputs, \(hidden) hidden, \
    \(outputs) outputs) on \(m) random examples:
    """)
  let twoLayers = (X.matmul(W1.transposed()) + b1).matmul(W2.transposed()) + b2
  let W = W1.transposed().matmul(W2.transposed())
  let b = b1.matmul(W2.transposed()) + b2
  let oneLayer = X.matmul(W) + b
  page.matrix("two layers: (X·W₁ᵀ + b₁)·W₂ᵀ + b₂", twoLayers)
  page.matrix("one layer:  X·W + b", oneLayer)
  page.check(
    "the two give the same outputs", holds: relativeError(twoLayers, oneLayer) < 1e-12,
    detail: "largest relative difference \(formatNumber(relativeError(twoLayers, oneLayer)))")
  page.paragraph(
    """

    In the workbook's own layout (W is inputs × outputs, so no transposes) the collapsed \
    layer is W = W₁·W₂ and b = b₁·W₂ + b₂. A stack of linear layers can only ever draw a \
    straight line, so it cannot learn XOR either. Something non-linear has to sit between \
    the layers: an activation function.
    """)
  var first = Dense(weights: W1.transposed(), bias: b1)
  var second = Dense(weights: W2.transposed(), bias: b2)
  let throughLayers = second.forward(first.forward(X, training: false), training: false)
  let collapsed = X.matmul(first.weights.matmul(second.weights)) + first.bias.matmul(second.weights) + second.bias
  page.check(
    "two Dense layers equal one with W = W₁·W₂ and b = b₁·W₂ + b₂",
    holds: relativeError(throughLayers, collapsed) < 1e-12,
    detail: "largest relative difference \(formatNumber(relativeError(throughLayers, collapsed)))")
}
