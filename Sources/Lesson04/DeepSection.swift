import WorkbookBasics
import WorkbookReference

/// Section 6: what a hidden layer does to the decision boundary, and what "deep" means.
let deepSection = WalkthroughSection("Decision regions, and what makes a network deep") { page in
  var generator = SeededGenerator(seed: 6)
  let count = 200
  let points = (0..<count).map { _ in (generator.nextUniform() * 3 - 1.5, generator.nextUniform() * 3 - 1.5) }
  let X = Matrix(points.map { [$0.0, $0.1] })
  let Y = Matrix(column: points.map { $0.0 * $0.0 + $0.1 * $0.1 < 1 ? 1 : 0 })
  page.paragraph(
    """
    Note 002: with no hidden layer a classifier's boundary is a hyperplane (a line in 2-D); \
    with one hidden layer and a non-linear activation it can enclose a convex region. A test: \
    \(count) random points in the square −1.5…1.5, labelled 1 inside the unit circle. Both \
    models end in one logit with the binary cross-entropy, trained by full-batch gradient \
    descent:
    """)
  var linear = Sequential(
    [Dense(inputs: 2, outputs: 1, standardDeviation: 0.5, using: &generator)], loss: BinaryCrossEntropyLoss())
  let hidden = 8
  var oneHidden = Sequential(
    [
      Dense(inputs: 2, outputs: hidden, standardDeviation: 1, using: &generator), ActivationLayer(.tanh),
      Dense(inputs: hidden, outputs: 1, standardDeviation: 1, using: &generator),
    ], loss: BinaryCrossEntropyLoss())
  let (steps, rate) = (2000, 0.5)
  for _ in 0..<steps {
    try linear.trainingStep(features: X, targets: Y, learningRate: rate)
    try oneHidden.trainingStep(features: X, targets: Y, learningRate: rate)
  }
  func accuracyOf(_ network: Sequential) -> Double {
    accuracy(predicted: network.predict(X).map { $0 >= 0 ? 1 : 0 }, expected: Y)
  }
  let (linearAccuracy, hiddenAccuracy) = (accuracyOf(linear), accuracyOf(oneHidden))
  let shown = (0..<40).map { (points[$0].0, points[$0].1, Int(Y[$0, 0])) }
  let plots = [linear, oneHidden].map { network -> [String] in
    var plot = DecisionRegionPlot(x: -1.5...1.5, y: -1.5...1.5, width: 26, height: 11) { x, y in
      network.predict(Matrix(row: [x, y]))[0, 0] >= 0 ? 1 : 0
    }
    plot.points = shown
    return plot.render()
  }
  page.blocks(
    plots,
    captions: [
      "     no hidden layer: \(formatNumber(100 * linearAccuracy, decimals: 1))%",
      "     \(hidden) tanh units: \(formatNumber(100 * hiddenAccuracy, decimals: 1))%",
    ], perRow: 2)
  page.line()
  page.check(
    "the hidden layer encloses the circle; a single line cannot",
    holds: hiddenAccuracy > 0.95 && linearAccuracy < 0.8,
    detail: "training accuracy \(formatNumber(hiddenAccuracy)) vs \(formatNumber(linearAccuracy)) after \(steps) steps")
  let outside = 1 - Y.mean()
  page.check(
    "the linear model does no better than calling every point outside",
    holds: linearAccuracy <= outside + 1e-12,
    detail:
      "\(formatNumber(100 * linearAccuracy, decimals: 1))% right, and \(formatNumber(100 * outside, decimals: 1))% "
      + "of the points are outside")
  page.paragraph(
    """

    (The first \(shown.count) of the \(count) points are drawn.) No line separates inside from \
    outside, so the best the linear model finds is the base rate: call every point outside. \
    Each tanh unit contributes one soft line; the output weighs them, and \(hidden) lines are \
    enough to fence in a circle. More units give finer fences. One hidden layer is not limited \
    to a single convex region either: section 4's XOR network leaves class 0 in two separate \
    corners, and with enough units one hidden layer can approximate any continuous function on \
    a bounded region (the universal approximation theorem). The catch is the number of units it \
    may need.
    """)
  page.errata(
    """
    Note 002's decision-boundary slide says that one hidden layer with a non-linear \
    activation gives the boundary of a convex region. A single hidden layer with a linear \
    output can already make non-convex and disconnected regions, like the two corners of \
    class 0 in section 4.
    """)
  page.paragraph(
    """
    What makes a network deep? Section 2 showed that linear layers with nothing between \
    them collapse into one, so counting layers is not enough. What counts is the number of \
    non-linear steps along the path from input to output: a model is deep when that path \
    crosses at least two non-linearities that are not directly next to each other, i.e. \
    with a learned linear layer between them. The network of sections 4 and 5 has one \
    hidden non-linearity, so it is shallow; two hidden layers make it deep.
    """)
}
