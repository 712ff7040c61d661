import WorkbookBasics
import WorkbookReference

/// Section 5: L2 and its weight-decay form, Adam + L2 against AdamW, dropout, and a results
/// table of every regulariser on the over-fitting task.
let regularisersSection = WalkthroughSection("L2, weight decay and dropout on the same task") { page in
  let task = try OverfittingTask.load()
  page.paragraph(
    """
    Note 002's L2 adds (λ/2)·Σw² to the cost, so each weight's gradient gains λ·w and every \
    step shrinks the weights a little: θ − η·(g + λθ). Applied directly as W ← W − η·λ·W \
    after the optimizer's step it is called weight decay. For SGD the two are the same \
    update; first, one step of each from the same start, with λ = 0.01:
    """)
  // One SGD step each way from the same network and batch.
  let lambda = 0.01
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
  page.paragraph(
    """
    For Adam they differ: in Adam + L2 the term λ·w goes through Adam's division by √v̂, \
    which shrinks it for weights with large gradients; AdamW (Loshchilov and Hutter) decays \
    every weight by the same η·λ·w. After \(OverfittingTask.epochs) epochs at λ = \
    \(formatNumber(lambda, decimals: 2)) the first layer's weights have norm \
    \(formatNumber(firstWeights(adamL2))) with Adam + L2 and \(formatNumber(firstWeights(adamW))) \
    with AdamW.
    """)
  page.check(
    "Adam + L2 and AdamW end with different first-layer weights (norms differ by over 1%)",
    holds: abs(firstWeights(adamL2) - firstWeights(adamW)) > 0.01 * firstWeights(adamW),
    detail: "\(formatNumber(firstWeights(adamL2))) against \(formatNumber(firstWeights(adamW)))")
  page.line()
  // Every regulariser on the task.
  struct Result {
    let name: String
    let history: History
    let network: Sequential
  }
  var results = [Result]()
  var plain = task.network()
  results.append(Result(name: "none", history: try task.train(&plain), network: plain))
  for decay in [0.001, 0.01, 0.1] {
    var network = task.network()
    let history = try task.train(&network, weightDecay: .decoupled(decay))
    results.append(Result(name: "AdamW λ = \(formatNumber(decay, decimals: 3))", history: history, network: network))
  }
  results.append(Result(name: "Adam + L2 λ = 0.01", history: adamL2History, network: adamL2))
  _ = adamWHistory
  for rate in [0.2, 0.5] {
    var network = task.network(dropout: rate)
    let history = try task.train(&network)
    results.append(Result(name: "dropout p = \(formatNumber(rate, decimals: 1))", history: history, network: network))
  }
  var stopper = EarlyStopping(patience: 20)
  var stopped = task.network()
  let stoppedHistory = try task.train(&stopped) { stopper.decide($0) }
  results.append(
    Result(name: "early stopping (20)", history: stoppedHistory, network: stopper.bestNetwork ?? stopped))
  var rows = [[String]]()
  var gaps = [Double]()
  for result in results {
    let training = OverfittingTask.accuracy(result.network, task.trainX, task.trainY)
    let validation = OverfittingTask.accuracy(result.network, task.validationX, task.validationY)
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
  let validations = results.map { OverfittingTask.accuracy($0.network, task.validationX, task.validationY) }
  let bestIndex = validations.indices.max { validations[$0] < validations[$1] } ?? 0
  let largestChange = validations.dropFirst().map { abs($0 - validations[0]) }.max() ?? 0
  page.paragraph(
    """
    \(narrower) of the \(gaps.count - 1) regularised runs \(narrower == 1 ? "ends" : "end") with a \
    smaller gap than the plain one (\(formatNumber(gaps[0] * 100, decimals: 2)) points), and the best \
    validation accuracy is \(results[bestIndex].name)'s. On this task and at this rate no regulariser \
    moves the validation accuracy by more than \(formatNumber(largestChange * 100, decimals: 2)) \
    points, on \(task.validationX.rows) validation digits where one digit is \
    \(formatNumber(100 / Double(task.validationX.rows), decimals: 2)) points. The decay does \
    shrink the weights as λ grows; whether a larger λ or p would pay is for validation data \
    to decide, as the next section does for the width.
    """)
  let norms = results.prefix(4).map { $0.network.parameters[0].norm() }
  page.check(
    "AdamW's first-layer weight norm falls as λ grows (none, 0.001, 0.01, 0.1)",
    holds: zip(norms, norms.dropFirst()).allSatisfy { $0 > $1 },
    detail: norms.map { formatNumber($0, decimals: 1) }.joined(separator: " > "))
}
