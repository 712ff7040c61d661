import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 6: why cross-entropy rather than squared error: the cost over one weight, convex or not.
let convexitySection = WalkthroughSection("Why cross-entropy and not squared error") { page in
  let x = Matrix(column: [-3, -2, -1, 0.5, 1, 2, 3])
  let y = Matrix(column: [0, 0, 1, 0, 1, 1, 1])
  page.paragraph(
    """
    Why not keep Lesson 1's squared error and minimise (1/m)·Σ(σ(z) − y)²? Look at both costs \
    as functions of a single weight. Take \(x.rows) examples with one feature, \
    x = \(formatTuple(x, decimals: 1)) and labels y = \(formatTuple(y, decimals: 0)) (two of \
    them do not fit the pattern), and the model p̂ = σ(w·x) with no bias.
    """)
  let squaredError = { (w: Double) in meanSquaredError(predicted: sigmoid(w * x), expected: y) }
  let crossEntropy = { (w: Double) in binaryCrossEntropy(logits: w * x, labels: y) }
  let shown: [Double] = [-8, -6, -4, -2, 0, 2, 4, 6, 8]
  page.table(
    TextTable(
      headers: ["w", "squared error", "its slope", "cross-entropy", "its slope"],
      rows: shown.map { w in
        [
          formatNumber(w, decimals: 0), formatNumber(squaredError(w)),
          formatNumber(numericDerivative(of: squaredError, at: w)), formatNumber(crossEntropy(w)),
          formatNumber(numericDerivative(of: crossEntropy, at: w)),
        ]
      }))
  page.line()
  let grid = stride(from: -8.0, through: 8.0, by: 0.125).map { $0 }
  page.line("  squared error over w from −8 to 8:")
  page.plot(LinePlot(grid.map(squaredError), width: 48, height: 6, xLabel: "w", xRange: (-8, 8)))
  page.line("  cross-entropy over w from −8 to 8:")
  page.plot(LinePlot(grid.map(crossEntropy), width: 48, height: 6, xLabel: "w", xRange: (-8, 8)))
  page.line()
  let h = 0.05
  let curvature = { (cost: (Double) -> Double, w: Double) in (cost(w + h) - 2 * cost(w) + cost(w - h)) / (h * h) }
  let fine = stride(from: -8.0, through: 8.0, by: h).map { $0 }
  let squaredBends = fine.map { curvature(squaredError, $0) }
  let crossBends = fine.map { curvature(crossEntropy, $0) }
  let concave = zip(fine, squaredBends).filter { $1 < 0 }.map(\.0)
  page.paragraph(
    """
    A cost is convex when it curves upwards everywhere (its second derivative is never \
    negative); then it has no valleys but the lowest one, and gradient descent with a small \
    enough step heads there from any start. (Convexity does not promise that a lowest point \
    exists: on data a line separates perfectly, the cross-entropy keeps falling as the weights \
    grow without bound.) \
    Estimate the curvature (f(w + h) − 2f(w) + f(w − h)) / h² with h = \(formatNumber(h, decimals: 2)) \
    at every w on the grid:
    """)
  page.value("smallest curvature of the cross-entropy", crossBends.min() ?? .nan)
  page.value("smallest curvature of the squared error", squaredBends.min() ?? .nan)
  page.check(
    "cross-entropy curves upwards everywhere on the grid", holds: (crossBends.min() ?? -1) > 0,
    detail: "\(fine.count) points from −8 to 8")
  page.check(
    "squared error bends downwards somewhere (not convex)", holds: !concave.isEmpty,
    detail: "at \(concave.count) of \(fine.count) points, e.g. w = \(formatNumber(concave.first ?? .nan, decimals: 2))")
  page.line()
  let start = shown[0]
  page.paragraph(
    """
    The practical damage: at w = \(formatNumber(start, decimals: 0)) the model is confidently \
    wrong, yet the squared-error curve is almost flat (slope \
    \(formatNumber(numericDerivative(of: squaredError, at: start)))), so gradient descent would \
    barely move. Once σ saturates, (σ − y)² stops changing. The cross-entropy's slope there is \
    \(formatNumber(numericDerivative(of: crossEntropy, at: start))): the more wrong the model, the \
    harder it pushes. Lesson 1's squared error was convex because its prediction was linear in w; \
    passing the prediction through σ first is what breaks it.
    """)
  page.errata(
    """
    Note 003 says it opts for "a sigmoid function over squared error" to keep the loss convex. \
    The sigmoid is in both models; the choice is between two losses, and it is the \
    cross-entropy loss that makes the cost convex in w and b.
    """)
}
