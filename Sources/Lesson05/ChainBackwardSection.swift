import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 2: the same chain run backwards: gradients explode or vanish.
let chainBackwardSection = WalkthroughSection("The same chain backwards: gradients") { page in
  page.paragraph(
    """
    Backpropagation is the chain rule applied again and again. Write δ_l = ∂L/∂a_l for the \
    gradient arriving at neuron l. Each link passes it down multiplied by its weight, \
    δ_l = w_l·δ_{l+1}, so from the top
    """)
  page.line("    δ_l = δ_L · (w_l · w_{l+1} · … · w_{L−1})")
  page.line()
  let fiveWeights = [0.8, 1.2, 0.5, 2.0]
  let (a1, y) = (1.5, 1.0)
  page.paragraph(
    """
    and the weight gradient of the first layer, ∂L/∂w₁ = δ₂·a₁, carries the whole product. \
    First, the notes' five-layer formula ∂L/∂w₁ = ∂L/∂a₅·w₄·w₃·w₂·a₁ on a small example: \
    weights w = \(formatTuple(Matrix(row: fiveWeights), decimals: 1)), a₁ = \(formatNumber(a1, decimals: 1)), \
    target y = \(formatNumber(y, decimals: 0)) and L = ½(a₅ − y)²:
    """)
  func loss(_ weights: [Double]) -> Double {
    var chain = NeuronChain(weights: weights)
    let top = chain.activations(from: a1)[weights.count]
    return 0.5 * (top - y) * (top - y)
  }
  var five = NeuronChain(weights: fiveWeights)
  let a5 = five.activations(from: a1)[4]
  let dLda5 = a5 - y
  let byFormula = dLda5 * fiveWeights[3] * fiveWeights[2] * fiveWeights[1] * a1
  _ = five.deltas(top: dLda5, from: a1)
  let byLayers = five.layers[0].parameterGradients[0][0, 0]
  let byDifferences = numericDerivative(
    of: { w1 in loss([w1] + fiveWeights.dropFirst()) }, at: fiveWeights[0])
  page.value("a₅", a5)
  page.value("∂L/∂a₅ = a₅ − y", dLda5)
  page.value("∂L/∂w₁ = ∂L/∂a₅·w₄·w₃·w₂·a₁", byFormula)
  page.value("the Dense layers' backward pass", byLayers)
  page.value("a centred difference of L", byDifferences)
  page.check(
    "formula, backward pass and centred difference agree",
    holds: relativeError(byFormula, byLayers) < 1e-12
      && relativeError(byFormula, byDifferences) < 1e-7,
    detail: "relative error \(formatNumber(relativeError(byFormula, byDifferences), decimals: 1))")
  page.line()
  page.paragraph(
    """
    Now the long chain, L = \(chainLength), with δ_\(chainLength) = 1 arriving at the top and \
    passed down by the layers' backward pass:
    """)
  var exploding = NeuronChain(weight: explodingWeight, neurons: chainLength)
  var vanishing = NeuronChain(weight: vanishingWeight, neurons: chainLength)
  let grow = exploding.deltas(top: 1)
  let shrink = vanishing.deltas(top: 1)
  let reported = [100, 96, 51, 1]
  page.table(
    TextTable(
      headers: [
        "gradient", "w = \(formatNumber(explodingWeight, decimals: 1))",
        "w = \(formatNumber(vanishingWeight, decimals: 1))",
      ],
      rows: reported.map { l in ["δ_\(l)", formatNumber(grow[l - 1]), formatNumber(shrink[l - 1])] }))
  page.line()
  let weightGradient = (
    exploding.layers[0].parameterGradients[0][0, 0], vanishing.layers[0].parameterGradients[0][0, 0]
  )
  let topGradient = (
    exploding.layers[exploding.layers.count - 1].parameterGradients[0][0, 0],
    vanishing.layers[vanishing.layers.count - 1].parameterGradients[0][0, 0]
  )
  page.paragraph(
    """
    The first layer's weight gradient ∂L/∂w₁ = δ₂·a₁ is \(formatNumber(weightGradient.0, decimals: 2)) \
    for w = 1.5 and \(formatNumber(weightGradient.1, decimals: 2)) for w = 0.5. With the first, \
    one gradient-descent step throws w₁ far away (exploding gradients); with the second, w₁ \
    never moves however long we train (vanishing gradients). And the top layer? Its gradient \
    is δ_\(chainLength)·a_\(chainLength - 1): δ at the top is 1, but a_\(chainLength - 1) has \
    picked up on the way forward the same product of weights that δ₁ picks up on the way back.
    """)
  page.value("top layer's weight gradient, w = 1.5", topGradient.0)
  page.value("top layer's weight gradient, w = 0.5", topGradient.1)
  page.check(
    "in a linear chain every layer's weight gradient is the same product",
    holds: relativeError(topGradient.0, weightGradient.0) < 1e-9
      && relativeError(topGradient.1, weightGradient.1) < 1e-9,
    detail: "first and top layer agree for both weights")
  page.line()
  page.paragraph(
    """
    So a chain of plain multiplications does not starve the bottom layers only: every weight \
    gets w^\(chainLength - 2)·x. Starving only the layers near the input takes an activation \
    whose outputs neither grow nor die out with depth (the sigmoid's stay between 0 and 1, \
    near 0.5), while the factor each layer applies on the way back, its slope (at most 0.25) \
    times its weight, stays below 1 (section 4).
    """)
  page.check(
    "the backward pass gives δ₁ = w^100 for both weights",
    holds: relativeError(grow[0], pow(explodingWeight, 100)) < 1e-12
      && relativeError(shrink[0], pow(vanishingWeight, 100)) < 1e-12,
    detail: "δ₁ = \(formatNumber(grow[0])) and \(formatNumber(shrink[0]))")
  page.errata(
    """
    Note 002's "Vanishing Gradients" slide (w = 0.5) ends with δ₁ = (1.5)^100 = 8e-31. \
    (1.5)^100 is \(formatNumber(grow[0])); the vanishing value is (0.5)^100 = \
    \(formatNumber(shrink[0])).
    """)
  page.errata(
    """
    On both gradient slides the fifth line is labelled a₉₆; it is the gradient δ₉₆ = \
    δ₁₀₁·w⁵ (\(formatNumber(grow[95])) and \(formatNumber(shrink[95], decimals: 5))). And the \
    product δ_l = δ_L·Π w runs over the links from l to L − 1, not "l = L − 1 to L" as written.
    """)
}
