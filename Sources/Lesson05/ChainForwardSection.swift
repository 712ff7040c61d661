import Foundation
import WorkbookBasics
import WorkbookReference

/// The notes' chain: L = 101 neurons, a₁ = 1.
let chainLength = 101
/// The two weights the notes compare.
let explodingWeight = 1.5
/// See `explodingWeight`.
let vanishingWeight = 0.5
/// The neurons the notes evaluate.
let reportedNeurons = [2, 6, 11, 51, 101]

/// Section 1: activations through a chain of one-neuron linear layers explode or vanish.
let chainForwardSection = WalkthroughSection("A chain of one-neuron layers: activations") { page in
  page.paragraph(
    """
    Strip a network down to one neuron per layer, no bias and no activation. Each layer \
    multiplies by its weight, so after five layers a₅ = w₁·w₂·w₃·w₄·a₁, and after L layers
    """)
  page.line("    a_L = a₁ · (w₁ · w₂ · … · w_{L−1})")
  page.line()
  page.paragraph(
    """
    Take the notes' chain: L = \(chainLength), a₁ = 1, and the same weight w on every link. \
    Run through \(chainLength - 1) Dense 1 → 1 layers:
    """)
  var exploding = NeuronChain(weight: explodingWeight, neurons: chainLength)
  var vanishing = NeuronChain(weight: vanishingWeight, neurons: chainLength)
  let grow = exploding.activations(from: 1)
  let shrink = vanishing.activations(from: 1)
  page.table(
    TextTable(
      headers: [
        "neuron l", "w = \(formatNumber(explodingWeight, decimals: 1))",
        "w = \(formatNumber(vanishingWeight, decimals: 1))",
      ],
      rows: reportedNeurons.map { l in
        ["a_\(l)", formatNumber(grow[l - 1]), formatNumber(shrink[l - 1])]
      }))
  page.line()
  let closedForm = (pow(explodingWeight, Double(chainLength - 1)), pow(vanishingWeight, Double(chainLength - 1)))
  page.check(
    "the layers agree with w^(L−1) for both weights",
    holds: relativeError(grow[chainLength - 1], closedForm.0) < 1e-12
      && relativeError(shrink[chainLength - 1], closedForm.1) < 1e-12,
    detail: "1.5^100 = \(formatNumber(closedForm.0)), 0.5^100 = \(formatNumber(closedForm.1))")
  page.line()
  page.paragraph(
    """
    A weight only 50% above 1 turns a₁ = 1 into \(formatNumber(grow[chainLength - 1], decimals: 2)) \
    after 100 layers: activations explode. Only 50% below 1 and the signal is \
    \(formatNumber(shrink[chainLength - 1], decimals: 2)), as good as zero: activations vanish. \
    Nothing but w = 1 exactly keeps the scale, and real weights are never all exactly 1.
    """)
  page.errata(
    """
    Note 002's "Exploding Activations" slide sets w = 0.5 and then computes with 1.5 \
    (a₂ = (w)¹ = 1.5, a₆ = 7.6). With w = 0.5 those are the vanishing values \
    \(formatNumber(shrink[1])) and \(formatNumber(shrink[5], decimals: 5)); the slide means \
    w = 1.5, giving a₂ = \(formatNumber(grow[1])) and a₆ = \(formatNumber(grow[5])).
    """)
  page.note(
    """
    The notes round: 1.5^100 = \(formatNumber(closedForm.0)), not quite 4.06e+17, and \
    0.5^100 = \(formatNumber(closedForm.1)), which they write as 8e-31.
    """)
}
