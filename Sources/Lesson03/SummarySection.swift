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
        ["classes", "none", "\(cancerClasses)", "K = \(digitClasses)", "K = \(tags) labels"],
        ["output neurons", "\(boston.targets.columns)", "1 (or 2)", "K", "K"],
        ["activation", "none", "sigmoid", "softmax", "sigmoid"],
        ["loss", "MSE", "binary CE", "cross-entropy", "BCE per label"],
        ["prediction", "the output", "a ≥ 0.5", "argmax p̂", "each a ≥ 0.5"],
        ["dJ/dz at output", "(2/m)(p − y)", "(a − y)/m", "(p̂ − y)/m", "(a − y)/m"],
        ["model of y", "Gaussian", "Bernoulli", "categorical", "Bernoulli each"],
      ]))
  page.line()
  page.paragraph(
    """
    Binary classification can also use two softmax outputs with the cross-entropy (section 5 \
    showed it is the same model), which is why the note writes "One (Two)" and \
    "Sigmoid (Softmax)" in that column. Multi-label sums the binary cross-entropy over the K \
    labels and averages over the m examples. A prediction a ≥ 0.5 is the same as z ≥ 0 for \
    the logit z (lesson 2). The dJ/dz row is the pattern worth remembering: with \
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
    Bernoulli model). This is the negative log-likelihood, NLL for short. Bernoulli is a \
    coin that lands 1 with probability a; categorical is a K-sided die with probabilities \
    p̂. For the categorical model the probability of a post's label is \
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
    For regression, model a price as Gaussian (a bell curve) around the prediction p with a \
    spread σ shared by every house: its density is exp(−(y − p)²/(2σ²))/√(2πσ²), and its \
    negative logarithm is (y − p)²/(2σ²) + ln σ + ½·ln 2π. Averaged over the examples that \
    is MSE/(2σ²) plus a term that does not depend on the predictions: for any fixed σ, the \
    model with the lower MSE has the higher likelihood. Two models of the Boston prices, \
    predicting the mean price for every house, and the linear model of lesson 1 (fitted by \
    the normal equation on all the rows):
    """)
  let prices = boston.targets
  let meanPrediction = Matrix(rows: prices.rows, columns: 1, repeating: prices.mean())
  let linearPrediction = try fitByNormalEquation(features: boston.features, targets: prices).predict(boston.features)
  func meanNegativeLogDensity(_ prediction: Matrix, σ: Double) -> Double {
    let logDensities = zip(prices.values, prediction.values).map { y, p in
      -(y - p) * (y - p) / (2 * σ * σ) - log(σ) - 0.5 * log(2 * Double.pi)
    }
    return -logDensities.reduce(0, +) / Double(logDensities.count)
  }
  let models = [("the mean price", meanPrediction), ("linear model", linearPrediction)]
  let spreads = [1.0, 5.0]
  page.table(
    TextTable(
      headers: ["predicting", "MSE"] + spreads.map { "−ln likelihood / m, σ = \(formatNumber($0, decimals: 0))" },
      rows: models.map { name, prediction in
        [name, formatNumber(meanSquaredError(predicted: prediction, expected: prices))]
          + spreads.map { formatNumber(meanNegativeLogDensity(prediction, σ: $0)) }
      }))
  page.line()
  let mses = models.map { meanSquaredError(predicted: $0.1, expected: prices) }
  let sameOrder = spreads.allSatisfy { σ in
    (mses[0] < mses[1]) == (meanNegativeLogDensity(models[0].1, σ: σ) < meanNegativeLogDensity(models[1].1, σ: σ))
  }
  page.check(
    "for every σ the model with the lower MSE has the lower negative log-likelihood",
    holds: sameOrder, detail: "MSE \(mses.map { formatNumber($0) }.joined(separator: " vs "))")
  // σ itself, fitted by maximum likelihood: the NLL is smallest at σ² = MSE.
  let bestSpread = mses[1].squareRoot()
  let atBest = meanNegativeLogDensity(linearPrediction, σ: bestSpread)
  let nearby = [0.8, 0.95, 1.05, 1.25].map { meanNegativeLogDensity(linearPrediction, σ: bestSpread * $0) }
  page.check(
    "the σ that maximises the linear model's likelihood is √MSE: any other σ tried gives a higher NLL",
    holds: nearby.allSatisfy { $0 > atBest },
    detail: "σ = \(formatNumber(bestSpread)): \(formatNumber(atBest)); σ × 0.8…1.25: "
      + nearby.map { formatNumber($0) }.joined(separator: ", "))
  page.line()
}
