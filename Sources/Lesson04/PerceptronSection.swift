import WorkbookBasics
import WorkbookReference

/// Section 1: the perceptron learns AND and OR but never XOR.
let perceptronSection = WalkthroughSection("One line: AND and OR yes, XOR no") { page in
  let epochs = 8
  page.paragraph(
    """
    A single neuron with a threshold answers 1 on one side of the line w₁x₁ + w₂x₂ + b = 0 \
    and 0 on the other (note 002: x₂ = (−w₁/w₂)·x₁ − b/w₂). Rosenblatt's learning rule \
    nudges the line whenever an example is on the wrong side: w ← w + η·(y − ŷ)·x, \
    b ← b + η·(y − ŷ). Starting from zero, η = 1, the four corners in order, \(epochs) passes:
    """)
  var rows = [[String]]()
  var plots = [(LogicGate, DecisionRegionPlot)]()
  var converged = [LogicGate: Bool]()
  var xorMistakes = [Int]()
  for gate in LogicGate.allCases {
    var perceptron = Perceptron.zeros(features: 2)
    let mistakes = (0..<epochs).map { _ in
      perceptron.trainEpoch(features: LogicGate.inputs, labels: gate.outputs)
    }
    let correct = Int(zip(perceptron.classify(LogicGate.inputs).values, gate.outputs.values).filter { $0 == $1 }.count)
    converged[gate] = correct == 4
    if gate == .xor { xorMistakes = mistakes }
    rows.append(
      [
        gate.rawValue, mistakes.map(String.init).joined(separator: " "), "\(correct) of 4",
        formatTuple(perceptron.weights, decimals: 0), formatNumber(perceptron.bias, decimals: 0),
      ])
    let learned = perceptron
    var plot = DecisionRegionPlot(x: -0.5...1.5, y: -0.5...1.5, width: 16, height: 8) { x, y in
      Int(learned.classify(Matrix(row: [x, y]))[0, 0])
    }
    plot.points = gate.points
    plots.append((gate, plot))
  }
  page.table(TextTable(headers: ["gate", "mistakes per pass", "right at the end", "w", "b"], rows: rows))
  page.line()
  page.check(
    "AND and OR are learned perfectly, XOR is not",
    holds: converged[.and] == true && converged[.or] == true
      && converged[.xor] == false, detail: "after \(epochs) passes")
  page.line()
  page.paragraph("The learned regions (shaded: the neuron answers 1; ● should be 1, ○ should be 0):")
  page.blocks(plots.map { $0.1.render() }, captions: plots.map { "      " + $0.0.rawValue }, perRow: 3)
  page.line()
  page.paragraph(
    """
    AND and OR each need one line with a corner or three on one side, and the rule finds it \
    within a few passes. XOR needs (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the \
    other: no straight line does that. XOR is not linearly separable, so the rule makes \
    mistakes on every pass and never settles:
    """)
  page.check(
    "the perceptron misclassifies some XOR corner on every pass", holds: xorMistakes.allSatisfy { $0 > 0 },
    detail: "mistakes per pass \(xorMistakes.map(String.init).joined(separator: ", "))")
}
