import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 2: polynomials of growing degree on a small noisy set: under- and over-fitting.
let fittingSection = WalkthroughSection("Under- and over-fitting") { page in
  let trainingCount = 12
  let noise = 0.2
  var generator = SeededGenerator(seed: 82)
  /// y = sin(πx) plus noise, at `count` points spread over [−1, 1].
  func sample(_ count: Int) -> (x: [Double], y: [Double]) {
    let x = (0..<count).map { _ in generator.nextUniform(in: -1..<1) }
    return (x, x.map { sin(Double.pi * $0) + noise * generator.nextNormal() })
  }
  let validationCount = 200
  let training = sample(trainingCount)
  let validation = sample(validationCount)
  page.paragraph(
    """
    \(trainingCount) points of y = sin(πx) plus Gaussian noise of standard deviation \
    \(formatNumber(noise, decimals: 1)), and \(validationCount) more from the same source for \
    validation. Fit a polynomial of each degree d by least squares (the normal equation on the \
    features x, x², …, x^d, with a bias: d + 1 coefficients) and measure both errors:
    """)
  var rows = [[String]]()
  var trainingErrors = [Double]()
  var validationErrors = [Double]()
  let degrees = Array(1...(trainingCount - 2))
  for degree in degrees {
    let model = try fitByNormalEquation(
      features: powers(training.x, degree), targets: Matrix(column: training.y))
    let trainingError = meanSquaredError(
      predicted: model.predict(powers(training.x, degree)), expected: Matrix(column: training.y))
    let validationError = meanSquaredError(
      predicted: model.predict(powers(validation.x, degree)), expected: Matrix(column: validation.y))
    trainingErrors.append(trainingError)
    validationErrors.append(validationError)
    rows.append(["\(degree)", formatNumber(trainingError), formatNumber(validationError)])
  }
  page.table(TextTable(headers: ["degree", "training MSE", "validation MSE"], rows: rows))
  page.line()
  page.line("validation MSE against the degree, \(degrees[0]) to \(degrees[degrees.count - 1]):")
  page.plot(
    LinePlot(
      validationErrors, height: 8, logarithmic: true, xLabel: "degree",
      xRange: (Double(degrees[0]), Double(degrees[degrees.count - 1]))))
  let best = validationErrors.indices.min { validationErrors[$0] < validationErrors[$1] } ?? 0
  let noiseFloor = noise * noise
  let last = degrees.count - 1
  let truthError =
    zip(validation.x, validation.y).map { x, y in pow(sin(Double.pi * x) - y, 2) }.reduce(0, +)
    / Double(validationCount)
  page.paragraph(
    """
    The training error only falls as the degree grows: a polynomial of higher degree can \
    always do at least as well on the points it is fitted to. The noise alone gives new data \
    an error of σ² = \(formatNumber(noiseFloor, decimals: 2)) on average, which no model can \
    beat: sin(πx) itself scores \(formatNumber(truthError)) on the \(validationCount) validation \
    points. At degree \(degrees[0]) the training error, \(formatNumber(trainingErrors[0])), is \
    far above σ²: the model underfits, missing part of the signal. A training error below σ² \
    is no sign of trouble by itself, since least squares always fits some of the noise of the \
    points it sees; here every degree from \(degrees[(trainingErrors.firstIndex { $0 < noiseFloor } ?? 0)]) \
    is below it. What shows overfitting is the validation error. At degree \(degrees[last]), \
    \(degrees[last] + 1) coefficients for \(trainingCount) points, the training error is \
    \(formatNumber(trainingErrors[last])) and the validation error \
    \(formatNumber(validationErrors[last])), the worst of all: fitted to the noise of its few points, it does \
    worst on new ones. In between, the validation error is \
    lowest at degree \(degrees[best]) (\(formatNumber(validationErrors[best]))).
    """)
  page.check(
    "degree \(degrees[0]) underfits: its training error is over 5 times σ²", holds: trainingErrors[0] > 5 * noiseFloor,
    detail: "\(formatNumber(trainingErrors[0])) against σ² = \(formatNumber(noiseFloor, decimals: 2))")
  page.check(
    "the true function's validation error is within 3 standard errors of σ²",
    holds: abs(truthError - noiseFloor) < 3 * noiseFloor * (2 / Double(validationCount)).squareRoot(),
    detail: "\(formatNumber(truthError)) against \(formatNumber(noiseFloor, decimals: 2)); for Gaussian noise "
      + "the standard error is σ²·√(2/\(validationCount)) = "
      + formatNumber(noiseFloor * (2 / Double(validationCount)).squareRoot()))
  page.check(
    "degree \(degrees[last]) overfits: its validation error is the highest, over 10 times its training error",
    holds: validationErrors[last] == validationErrors.max() && validationErrors[last] > 10 * trainingErrors[last],
    detail: "training \(formatNumber(trainingErrors[last])), validation \(formatNumber(validationErrors[last]))")
  let falling = zip(trainingErrors, trainingErrors.dropFirst()).allSatisfy { $0 >= $1 - 1e-12 }
  page.check(
    "the training error never rises with the degree", holds: falling,
    detail: "\(formatNumber(trainingErrors[0])) at degree \(degrees[0]) → "
      + "\(formatNumber(trainingErrors[trainingErrors.count - 1])) at degree \(degrees[degrees.count - 1])")
  page.check(
    "the validation error is U-shaped: lowest at an inside degree, higher at both ends",
    holds: best > 0 && best < degrees.count - 1 && validationErrors[0] > validationErrors[best]
      && validationErrors[validationErrors.count - 1] > validationErrors[best],
    detail: "lowest at degree \(degrees[best]); \(formatNumber(validationErrors[0])) at degree \(degrees[0]), "
      + "\(formatNumber(validationErrors[validationErrors.count - 1])) at degree \(degrees[degrees.count - 1])")
}

/// The columns x, x², …, x^degree for the points `x`.
private func powers(_ x: [Double], _ degree: Int) -> Matrix {
  Matrix(rows: x.count, columns: degree, values: x.flatMap { value in (1...degree).map { pow(value, Double($0)) } })
}
