import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 5: L2 and its weight-decay form, Adam + L2 against AdamW, dropout, and a results
/// table of every regulariser on the over-fitting task.
let regularisersSection = WalkthroughSection("L2, weight decay and dropout on the same task") { page in
  let task = try OverfittingTask.load()
  // The notes' cost and gradient on a small example, gradient-checked.
  let example = [Matrix([[0.5, -1], [2, 0]]), Matrix([[0.3, -0.2]])]
  let roles: [ParameterRole] = [.weight, .bias]
  let exampleLambda = 0.1
  let penalty = l2Penalty(example, roles: roles, lambda: exampleLambda)
  let zeroGradients = example.map { Matrix.zeros(rows: $0.rows, columns: $0.columns) }
  let gradients = l2Gradients(zeroGradients, parameters: example, roles: roles, lambda: exampleLambda)
  let numeric = example.indices.map { index in
    numericGradient(
      of: { point in
        var probe = example
        probe[index] = point
        return l2Penalty(probe, roles: roles, lambda: exampleLambda)
      }, at: example[index])
  }
  let checkGap = zip(gradients, numeric).map { ($0 - $1).map { abs($0) }.max() }.max() ?? .nan
  page.paragraph(
    """
    Note 002's L2 adds (λ/2)·‖w‖² to the cost, summed over the weights but not the biases, \
    so each weight's gradient gains λ·w. For W = \(rowsText(example[0], decimals: 1)), b = \(formatTuple(example[1], decimals: 1)) and \
    λ = \(formatNumber(exampleLambda, decimals: 1)): the penalty is \
    (\(formatNumber(exampleLambda, decimals: 1))/2)·\
    \(formatNumber(example[0].values.reduce(0) { $0 + $1 * $1 }, decimals: 2)) = \
    \(formatNumber(penalty)), its gradient λ·W = \(rowsText(gradients[0], decimals: 2)), and b's \
    gradient \(formatTuple(gradients[1], decimals: 1)).
    """)
  page.check(
    "the L2 gradient matches centred differences of the penalty, biases included (their 0)",
    holds: checkGap < 1e-8, detail: "largest difference \(formatNumber(checkGap))")
  page.line()
  let lambda = 0.01
  let (w, g, eta) = (2.0, 0.5, 0.1)
  let throughLoss = w - eta * (g + lambda * w)
  let decayForm = (1 - eta * lambda) * w - eta * g
  page.paragraph(
    """
    A gradient-descent step on that cost is w ← w − η·(∂ℓ/∂w + λw), which the notes rewrite \
    as w ← (1 − ηλ)·w − η·∂ℓ/∂w: each step first shrinks every weight by the factor 1 − ηλ, \
    hence the name weight decay. (Note 002's gradient-descent slides call the learning rate \
    λ; here λ is L2's strength and η the rate.) With w = \(formatNumber(w, decimals: 1)), \
    ∂ℓ/∂w = \(formatNumber(g, decimals: 1)), η = \(formatNumber(eta, decimals: 1)) and \
    λ = \(formatNumber(lambda, decimals: 2)) both forms give \(formatNumber(throughLoss)).
    """)
  page.check(
    "the notes' decay form equals the step on the L2 cost", holds: abs(throughLoss - decayForm) < 1e-15,
    detail: "\(formatNumber(throughLoss)) and \(formatNumber(decayForm))")
  page.line()
  page.paragraph(
    """
    The decay can also be applied apart from the loss: subtract η·λ·W, with W as it was \
    before the step, beside the optimizer's own update. That is decoupled weight decay. For \
    plain SGD (no momentum) the two are the same update; one step of each on the network, \
    from the same start with λ = \(formatNumber(lambda, decimals: 2)):
    """)
  // One SGD step each way from the same network and batch.
  var viaLoss = task.network()
  var viaDecay = task.network()
  var sgdLoss = SGD()
  var sgdDecay = SGD()
  let oneBatch: (Int) -> [Int] = { _ in Array(0..<OverfittingTask.batchSize) }
  try viaLoss.train(
    features: task.trainX, targets: task.trainY, optimizer: &sgdLoss, schedule: ConstantRate(0.1),
    options: TrainingOptions(epochs: 1, batchSize: OverfittingTask.batchSize, weightDecay: .l2(lambda)),
    order: oneBatch)
  try viaDecay.train(
    features: task.trainX, targets: task.trainY, optimizer: &sgdDecay, schedule: ConstantRate(0.1),
    options: TrainingOptions(epochs: 1, batchSize: OverfittingTask.batchSize, weightDecay: .decoupled(lambda)),
    order: oneBatch)
  let stepGap = zip(viaLoss.parameters, viaDecay.parameters).map { ($0 - $1).map { abs($0) }.max() }.max() ?? .nan
  page.check(
    "one SGD step with L2 in the loss equals one with decoupled decay (to rounding)", holds: stepGap < 1e-12,
    detail: "largest difference over all \(viaLoss.parameterCount) parameters \(formatNumber(stepGap))")
  page.line()
  // Adam + L2 against AdamW over the whole run.
  var adamL2 = task.network()
  let adamL2History = try task.train(&adamL2, weightDecay: .l2(lambda))
  var adamW = task.network()
  let adamWHistory = try task.train(&adamW, weightDecay: .decoupled(lambda))
  let firstWeights = { (network: Sequential) in network.parameters[0].norm() }
  // The rows of W₁ that multiply pixels blank in every training digit get no gradient from the data.
  let blank = (0..<task.trainX.columns).filter { column in task.trainX.column(column).values.allSatisfy { $0 == 0 } }
  let blankNorm = { (network: Sequential) in network.parameters[0].rows(at: blank).norm() }
  let (startBlank, l2Blank, decoupledBlank) = (blankNorm(task.network()), blankNorm(adamL2), blankNorm(adamW))
  let steps = OverfittingTask.epochs * ((task.trainX.rows + OverfittingTask.batchSize - 1) / OverfittingTask.batchSize)
  page.paragraph(
    """
    For Adam they differ. In Adam + L2 the term λ·w joins the gradient and goes through Adam's \
    division by √v̂; AdamW (Loshchilov and Hutter) leaves Adam's step alone and decays every \
    weight by the same η·λ·w. After \(OverfittingTask.epochs) epochs at λ = \
    \(formatNumber(lambda, decimals: 2)) the first layer's weights have norm \
    \(formatNumber(firstWeights(adamL2))) with Adam + L2 and \(formatNumber(firstWeights(adamW))) \
    with AdamW. The clearest case is a weight whose data gradient is 0: \(blank.count) of the \
    \(task.trainX.columns) pixels are blank in all \(task.trainX.rows) training digits, so their \
    rows of W₁ get no gradient from the data. For them Adam + L2 divides λ·w by about |λ·w| \
    at first, so its early steps towards 0 are about \
    η = \(formatNumber(OverfittingTask.rate, decimals: 2)), far larger than AdamW's η·λ·w; \
    AdamW shrinks them by the factor 1 − ηλ a step, \
    (1 − ηλ)^\(steps) = \(formatNumber(pow(1 - OverfittingTask.rate * lambda, Double(steps)))) over \
    the \(steps) steps. Those rows start with norm \(formatNumber(startBlank)) and end with \
    \(formatNumber(l2Blank)) under Adam + L2, \(formatNumber(decoupledBlank)) under AdamW.
    """)
  page.check(
    "on the blank pixels' weights, Adam + L2 ends below 10% of the start and AdamW within 1% of (1 − ηλ)^steps",
    holds: l2Blank < 0.1 * startBlank
      && abs(decoupledBlank / startBlank - pow(1 - OverfittingTask.rate * lambda, Double(steps))) < 0.01,
    detail: "\(formatNumber(startBlank)) → \(formatNumber(l2Blank)) and \(formatNumber(decoupledBlank))")
  page.line()
  page.paragraph(
    """
    (The paper's AdamW multiplies λ by the schedule's factor, not by η; PyTorch's AdamW, \
    like this library, uses η·λ, so a λ from one does not carry over to the other.)
    """)
  // Every regulariser on the task.
  struct Result {
    let name: String
    let history: History
    let network: Sequential
  }
  var results = [Result]()
  var plain = task.network()
  results.append(Result(name: "none", history: try task.train(&plain), network: plain))
  let decays = [0.001, 0.01, 0.1]
  for decay in decays {
    // The run at λ above is already done.
    var network = decay == lambda ? adamW : task.network()
    let history = decay == lambda ? adamWHistory : try task.train(&network, weightDecay: .decoupled(decay))
    results.append(Result(name: "AdamW λ = \(formatNumber(decay, decimals: 3))", history: history, network: network))
  }
  results.append(
    Result(name: "Adam + L2 λ = \(formatNumber(lambda, decimals: 3))", history: adamL2History, network: adamL2))
  for rate in [0.2, 0.5] {
    var network = task.network(dropout: rate)
    let history = try task.train(&network)
    results.append(Result(name: "dropout p = \(formatNumber(rate, decimals: 1))", history: history, network: network))
  }
  let patience = 20
  var stopper = EarlyStopping(patience: patience)
  var stopped = task.network()
  let stoppedHistory = try task.train(&stopped) { stopper.decide($0) }
  results.append(
    Result(name: "early stopping (\(patience))", history: stoppedHistory, network: stopper.bestNetwork ?? stopped))
  var rows = [[String]]()
  var gaps = [Double]()
  for result in results {
    let training = result.network.classificationAccuracy(features: task.trainX, targets: task.trainY)
    let validation = result.network.classificationAccuracy(features: task.validationX, targets: task.validationY)
    let norm = result.network.parameters[0].norm()
    gaps.append(training - validation)
    rows.append([
      result.name, formatNumber(training * 100, decimals: 1), formatNumber(validation * 100, decimals: 2),
      formatNumber((training - validation) * 100, decimals: 2), formatNumber(norm, decimals: 1),
    ])
  }
  page.paragraph(
    """
    Every regulariser on the same \(task.trainX.rows) digits, the same start and the same \
    batches (accuracies in %; the gap is training minus validation; ‖W₁‖ is the first layer's \
    weight norm):
    """)
  page.table(TextTable(headers: ["regulariser", "training", "validation", "gap", "‖W₁‖"], rows: rows))
  page.line()
  let narrower = gaps.dropFirst().filter { $0 < gaps[0] }.count
  let validations = results.map {
    $0.network.classificationAccuracy(features: task.validationX, targets: task.validationY)
  }
  let bestIndex = validations.indices.max { validations[$0] < validations[$1] } ?? 0
  // Runs scored on the same digits are compared digit by digit: b digits only the run gets
  // right, c only the plain one; the difference (b − c)/n has standard error √(b + c)/n.
  let truth = argmaxPerRow(task.validationY)
  let correct = results.map { result in
    zip(argmaxPerRow(result.network.predict(task.validationX)), truth).map { $0 == $1 }
  }
  let paired = correct.dropFirst().map { run -> (gained: Int, lost: Int) in
    (zip(run, correct[0]).filter { $0 && !$1 }.count, zip(run, correct[0]).filter { !$0 && $1 }.count)
  }
  let zScores = paired.map {
    $0.gained + $0.lost == 0 ? 0 : Double(abs($0.gained - $0.lost)) / Double($0.gained + $0.lost).squareRoot()
  }
  let largest = zScores.indices.max { zScores[$0] < zScores[$1] } ?? 0
  page.paragraph(
    """
    \(narrower) of the \(gaps.count - 1) regularised runs \(narrower == 1 ? "ends" : "end") with a \
    smaller gap than the plain one (\(formatNumber(gaps[0] * 100, decimals: 2)) points), and the \
    highest validation accuracy is \(results[bestIndex].name)'s. All the runs are scored on the \
    same \(task.validationX.rows) digits, so compare each with the plain run digit by digit: of \
    the digits where the two disagree, count b that only the run gets right and c that only \
    the plain one does. The difference in accuracy is (b − c)/\(task.validationX.rows), with a \
    standard error of √(b + c)/\(task.validationX.rows). The largest difference in those units \
    is \(results[largest + 1].name)'s: b = \(paired[largest].gained), c = \(paired[largest].lost), \
    \(formatNumber(zScores[largest], decimals: 1)) standard errors\
    \(zScores[largest] < 2 ? ", so on this seed no run can be told apart from none" : ""). \
    (The early-stopping row is also scored on the digits that chose its epoch, which can \
    flatter it.) The decay does shrink the weights as λ grows; whether a larger λ or p would \
    pay is for validation data to decide, as the next section does for the width.
    """)
  page.check(
    "no run's validation accuracy differs from the plain run's by 2 paired standard errors or more",
    holds: zScores.allSatisfy { $0 < 2 },
    detail: "largest \(formatNumber(zScores[largest], decimals: 1)), \(results[largest + 1].name)")
  let norms = results.prefix(decays.count + 1).map { $0.network.parameters[0].norm() }
  page.check(
    "AdamW's first-layer weight norm falls as λ grows (none, "
      + decays.map { formatNumber($0, decimals: 3) }.joined(separator: ", ") + ")",
    holds: zip(norms, norms.dropFirst()).allSatisfy { $0 > $1 },
    detail: norms.map { formatNumber($0, decimals: 1) }.joined(separator: " > "))
}

/// A matrix as its rows in turn: [(0.5, -1.0), (2.0, 0.0)].
private func rowsText(_ matrix: Matrix, decimals: Int) -> String {
  "[" + (0..<matrix.rows).map { formatTuple(matrix.row($0), decimals: decimals) }.joined(separator: ", ") + "]"
}
