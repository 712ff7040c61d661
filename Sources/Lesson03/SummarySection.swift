import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 9: note 002's summary table of output layers and losses, with this course's examples.
let summarySection = WalkthroughSection("Which output layer, which loss") { page in
  let boston = try BundledDataset.boston.load()
  let cancer = try BundledDataset.breastCancer.load()
  let digits = try BundledDataset.digits.load()
  let digitClasses = Set(digits.targets.values).count
  let cancerClasses = Set(cancer.targets.values).count
  let tags = StackExchange.classNames.count
  page.paragraph(
    """
    Everything before the output layer (how many inputs, hidden layers and neurons, which \
    hidden activation) depends on the problem and is tuned. The output end is fixed by the \
    kind of target. Note 002's summary, with an example from this course in each column \
    (the neuron counts are read from the data):
    """)
  page.table(
    TextTable(
      headers: ["", "regression", "binary", "multi-class", "multi-label"],
      rows: [
        ["example", "Boston prices", "breast cancer", "digits", "post tags"],
        [
          "output neurons", "\(boston.targets.columns)", "1 (\(cancerClasses) classes)",
          "K = \(digitClasses)", "K = \(tags)",
        ],
        ["activation", "none", "sigmoid", "softmax", "sigmoid"],
        ["loss", "MSE", "binary CE", "cross-entropy", "BCE, summed"],
        ["prediction", "the output", "z ≥ 0", "argmax z", "each z ≥ 0"],
        ["dJ/dz at output", "(2/m)(p − y)", "(a − y)/m", "(p̂ − y)/m", "(a − y)/m"],
        ["model of y", "Gaussian", "Bernoulli", "categorical", "Bernoulli each"],
      ]))
  page.line()
  page.paragraph(
    """
    Binary classification can also use two softmax outputs with the cross-entropy (section 5 \
    showed it is the same model), which is why the note writes "One (Two)" and \
    "Sigmoid (Softmax)" in that column. The dJ/dz row is the pattern worth remembering: with \
    the matching loss, the gradient at the output layer's logits is always prediction minus \
    target, over m (twice that for the mean squared error).
    """)
  try likelihoodView(boston: boston, on: &page)
}

/// The last row of the table: each loss is the negative log-likelihood of a probability
/// model of the target, checked on the three posts (categorical) and on Boston prices
/// (Gaussian).
private func likelihoodView(boston: Dataset, on page: inout Page) throws {
  page.paragraph(
    """
    The last row says where each loss comes from. Read the output as a probability model of \
    the target, and ask how probable it makes the targets actually seen: the loss is the \
    negative logarithm of that probability, averaged over the examples, so minimising the \
    loss maximises the probability of the true labels (lesson 2 checked this for the \
    Bernoulli model). For the categorical model the probability of a post's label is \
    p̂(true class); for section 3's three posts:
    """)
  let probabilities = StackExchange.batchProbabilities
  let truth = StackExchange.batchFirstList
  let likelihood = truth.indices.reduce(1.0) { $0 * probabilities[$1, truth[$1]] }
  let cost = crossEntropy(probabilities: probabilities, labels: oneHot(truth, classCount: probabilities.columns))
  page.value(
    "the likelihood "
      + truth.indices.map { formatNumber(probabilities[$0, truth[$0]], decimals: 1) }
      .joined(separator: " · "), likelihood)
  page.check(
    "−ln(likelihood)/m equals the cross-entropy J",
    holds: abs(-log(likelihood) / Double(truth.count) - cost) < 1e-12,
    detail: "\(formatNumber(-log(likelihood) / Double(truth.count))) and \(formatNumber(cost))")
  page.line()
  page.paragraph(
    """
    For regression, model a price as Gaussian around the prediction p with some spread σ: \
    its density is exp(−(y − p)²/(2σ²))/√(2πσ²), and its negative logarithm is \
    (y − p)²/(2σ²) + ln σ + ½·ln 2π. Averaged over the examples that is MSE/(2σ²) plus a \
    constant: whatever σ is, the weights that minimise the MSE maximise the likelihood. \
    Predicting the mean price for every house, σ = 1 and σ = 5:
    """)
  let prices = boston.targets
  let prediction = Matrix(rows: prices.rows, columns: 1, repeating: prices.mean())
  let mse = meanSquaredError(predicted: prediction, expected: prices)
  var rows = [[String]]()
  var worst = 0.0
  for σ in [1.0, 5.0] {
    let densities = zip(prices.values, prediction.values).map { y, p in
      exp(-(y - p) * (y - p) / (2 * σ * σ)) / (2 * Double.pi * σ * σ).squareRoot()
    }
    let negativeLogLikelihood = densities.map { -log($0) }.reduce(0, +) / Double(densities.count)
    let fromMSE = mse / (2 * σ * σ) + log(σ) + 0.5 * log(2 * Double.pi)
    worst = max(worst, abs(negativeLogLikelihood - fromMSE) / fromMSE)
    rows.append([formatNumber(σ, decimals: 0), formatNumber(negativeLogLikelihood), formatNumber(fromMSE)])
  }
  page.table(TextTable(headers: ["σ", "mean −ln density", "MSE/(2σ²) + ln σ + ½ ln 2π"], rows: rows))
  page.line()
  page.check(
    "the Gaussian's mean negative log-likelihood is MSE/(2σ²) plus a constant",
    holds: worst < 1e-12, detail: "MSE \(formatNumber(mse)); largest relative difference \(formatNumber(worst))")
  page.line()
}
