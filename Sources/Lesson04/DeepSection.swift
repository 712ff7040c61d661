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
    enough to fence in a circle. More units give finer fences. With enough units one hidden \
    layer can approximate any continuous function on a bounded region (the universal \
    approximation theorem); the catch is the number of units it may need. Nor is it limited \
    to one convex region. Four steep sigmoid units on x₁, stepping up at 0.5, 1.5, 2.5 and \
    3.5, with output weights +1, −1, +1, −1 and bias −0.5, put class 1 in two separate \
    stripes, 0.5 < x₁ < 1.5 and 2.5 < x₁ < 3.5:
    """)
  var stripes = Sequential(
    [
      Dense(weights: Matrix([[20, 20, 20, 20]]), bias: Matrix([[-10, -30, -50, -70]])),
      ActivationLayer(.sigmoid),
      Dense(weights: Matrix(column: [1, -1, 1, -1]), bias: Matrix([[-0.5]])),
    ], loss: BinaryCrossEntropyLoss())
  let probes = [0.0, 1, 2, 3, 4]
  let stripeClasses = stripes.forward(Matrix(column: probes), training: false).values.map { $0 > 0 ? 1 : 0 }
  page.text(
    zip(probes, stripeClasses).map { "x₁ = \(formatNumber($0, decimals: 0)): class \($1)" }.joined(separator: ",  "))
  page.check(
    "neither class is convex: class 1 at x₁ = 1 and 3 but not 2, class 0 at 2 and 4 but not 3",
    holds: stripeClasses == [0, 1, 0, 1, 0], detail: "classes \(stripeClasses.map(String.init).joined(separator: ", "))"
  )
  page.line()
  page.errata(
    """
    Note 002's decision-boundary slide says that one hidden layer with a non-linear \
    activation gives the boundary of a convex region. A single hidden layer with a linear \
    output can already make non-convex and disconnected regions, like the two stripes above.
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
