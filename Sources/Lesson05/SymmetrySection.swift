import WorkbookBasics
import WorkbookReference

/// The four XOR corners and their labels.
private let xorInputs = Matrix([[0, 0], [0, 1], [1, 0], [1, 1]])
private let xorTargets = Matrix(column: [0, 1, 1, 0])

/// Section 6: constant initialisation keeps every hidden unit identical forever.
let symmetrySection = WalkthroughSection("Constant weights: the symmetry never breaks") { page in
  page.paragraph(
    """
    Why not start every weight at the same value? Take lesson 4's XOR network (2 → 3 sigmoid → \
    1, mean squared error) with every weight 0.5 and every bias 0. All three hidden units \
    compute the same output, so they receive the same gradient:
    """)
  var generator = SeededGenerator(seed: 6)
  func network(_ initializer: Initializer) -> Sequential {
    Sequential(
      denseSizes: [2, 3, 1], activation: .sigmoid, initializer: initializer, loss: MeanSquaredErrorLoss(),
      using: &generator)
  }
  var constant = network(.constant(0.5))
  try constant.computeGradients(features: xorInputs, targets: xorTargets)
  page.matrix("dL/dW1 (one column per hidden unit)", constant.parameterGradients[0])
  page.line()
  func columnsIdentical(_ matrix: Matrix) -> Bool {
    (0..<matrix.rows).allSatisfy { row in (1..<matrix.columns).allSatisfy { matrix[row, $0] == matrix[row, 0] } }
  }
  let steps = 2000
  let learningRate = 0.5
  for _ in 0..<steps {
    try constant.trainingStep(features: xorInputs, targets: xorTargets, learningRate: learningRate)
  }
  page.paragraph("After \(steps) steps of gradient descent (η = \(formatNumber(learningRate, decimals: 1))):")
  let trainedWeights = constant.parameters[0]
  page.matrix("W1", trainedWeights)
  page.line()
  page.check(
    "the three hidden units are still exactly identical", holds: columnsIdentical(trainedWeights),
    detail: "every column of W1 equals the first, bit for bit")
  page.line()
  var random = network(.glorotNormal)
  for _ in 0..<steps { try random.trainingStep(features: xorInputs, targets: xorTargets, learningRate: learningRate) }
  func accuracyOnXOR(_ model: Sequential) -> Double {
    accuracy(predicted: model.predict(xorInputs).map { $0 >= 0.5 ? 1 : 0 }, expected: xorTargets)
  }
  let (constantAccuracy, randomAccuracy) = (accuracyOnXOR(constant), accuracyOnXOR(random))
  page.paragraph(
    """
    Three identical units are one unit with a bigger weight, and one hidden unit cannot \
    solve XOR: accuracy \(formatNumber(constantAccuracy * 100, decimals: 0))%. The same network \
    started from Glorot's random weights (seeded) reaches \
    \(formatNumber(randomAccuracy * 100, decimals: 0))%. Random starting weights are what \
    break the symmetry; the scale of that randomness is what section 5 was about.
    """)
  page.check(
    "random starting weights do better than constant ones", holds: randomAccuracy > constantAccuracy,
    detail: "\(formatNumber(randomAccuracy, decimals: 2)) vs \(formatNumber(constantAccuracy, decimals: 2))")
}
