import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 2: each optimizer's first three steps on the bowl L(w) = w², from w₀ = 1.
let bowlSection = WalkthroughSection("Each rule by hand on the bowl L(w) = w²") { page in
  let adam = Adam()
  let adaGrad = AdaGrad()
  let adadelta = Adadelta()
  let rate = 0.1
  page.paragraph(
    """
    One parameter, L(w) = w², so g = 2w, starting from w₀ = 1 with η = \(formatNumber(rate, decimals: 1)) \
    and each optimizer's defaults: β = β₁ = \(formatSetting(adam.moments.beta1)), \
    β₂ = \(formatSetting(adam.moments.beta2)), ε = \(formatSetting(adam.moments.epsilon)) \
    (AdaGrad \(formatSetting(adaGrad.epsilon)), Adadelta \(formatSetting(adadelta.epsilon)) with \
    ρ = \(formatSetting(adadelta.rho)), PyTorch's default; Zeiler used 0.95). Adadelta has no \
    learning rate of its own; it runs with η = 1, which leaves its step unscaled. Nesterov's \
    velocity is a sum, about 1/(1 − β) times Momentum's average, so it runs at η·(1 − β) to \
    be comparable. Each table shows the gradient, the optimizer's memory after the step, and w:
    """)
  for member in family {
    var optimizer = member.optimizer
    var parameters = [Matrix([[1.0]])]
    var rows = [[String]]()
    for step in 1...3 {
      let gradient = 2 * parameters[0]
      optimizer.update(&parameters, gradients: [gradient], roles: [.weight], learningRate: member.bowlRate)
      let memory = optimizer.state.buffers.keys.sorted().map { name in
        "\(name) \(formatNumber(optimizer.state.buffers[name]?.first?[0, 0] ?? .nan, decimals: 4))"
      }
      rows.append([
        "\(step)", formatNumber(gradient[0, 0], decimals: 4),
        memory.isEmpty ? "(none)" : memory.joined(separator: ", "),
        formatNumber(parameters[0][0, 0], decimals: 5),
      ])
    }
    page.line("\(optimizer.name):  \(member.rule)")
    page.table(TextTable(headers: ["t", "g", "memory after the step", "w"], rows: rows))
    page.line()
  }
  // AMSGrad's table repeats Adam's: explain it from the numbers.
  var amsGrad = AMSGrad()
  var amsPoint = [Matrix([[1.0]])]
  var meanSquares = [Double]()
  for _ in 1...3 {
    amsGrad.update(&amsPoint, gradients: [2 * amsPoint[0]], roles: [.weight], learningRate: rate)
    meanSquares.append(amsGrad.state.buffers["mean square"]?.first?[0, 0] ?? .nan)
  }
  let growing = zip(meanSquares, meanSquares.dropFirst()).allSatisfy { $0 < $1 }
  page.paragraph(
    """
    AMSGrad's steps equal Adam's here: its v_max is the largest v so far, and in these three \
    steps v only grows (\(meanSquares.map { formatNumber($0, decimals: 5) }.joined(separator: ", "))), \
    so v_max = v. The two part only once v falls, on a gradient smaller than before.
    """)
  page.check(
    "in the first three steps v grows, so AMSGrad's w equals Adam's",
    holds: growing
      && bowlPath(AMSGrad(), rate: rate, steps: 3) == bowlPath(Adam(), rate: rate, steps: 3),
    detail: "v = " + meanSquares.map { formatNumber($0, decimals: 5) }.joined(separator: " < "))
  page.line()
  // The two momentum forms: the same path once the classical rate is η·(1 − β).
  let beta = 0.9
  let averagePath = bowlPath(Momentum(beta: beta), rate: 0.1, steps: 20)
  let classicalPath = bowlPath(Momentum(beta: beta, form: .classical), rate: 0.1 * (1 - beta), steps: 20)
  let largestGap = zip(averagePath, classicalPath).map { abs($0 - $1) }.max() ?? .nan
  page.paragraph(
    """
    The notes and Ng average the gradients, v ← β·v + (1 − β)·g; Polyak, Keras and PyTorch \
    sum them, v ← β·v + g. The sum is the average divided by 1 − β, so the classical form at \
    η·(1 − β) = \(formatNumber(0.1 * (1 - beta))) takes the same steps as the average at \
    η = 0.1: a rate tuned for the average is 1/(1 − β) = \
    \(formatNumber(1 / (1 - beta), decimals: 0)) times too large for the sum.
    """)
  page.check(
    "classical momentum at η·(1 − β) follows the moving-average form at η for 20 steps",
    holds: largestGap < 1e-12, detail: "largest difference in w \(formatNumber(largestGap))")
  page.line()
  // Adam's first step with and without the bias correction.
  var adamRun = adam
  var w = [Matrix([[1.0]])]
  adamRun.update(&w, gradients: [Matrix([[2.0]])], roles: [.weight], learningRate: 0.1)
  let mean = adamRun.state.buffers["mean"]?.first?[0, 0] ?? .nan
  let meanSquare = adamRun.state.buffers["mean square"]?.first?[0, 0] ?? .nan
  let uncorrected = 0.1 * mean / (meanSquare.squareRoot() + 1e-8)
  let corrected = 1 - w[0][0, 0]
  page.paragraph(
    """
    Why Adam corrects its averages: both start at 0, so after one step m = (1 − β₁)·g = \
    \(formatNumber(mean)) and v = (1 − β₂)·g² = \(formatNumber(meanSquare)), far below g = 2 \
    and g² = 4. Uncorrected, the first step would be η·m/√v = \(formatNumber(uncorrected)): \
    \(formatNumber(uncorrected / 0.1, decimals: 2)) times η, because √(1 − β₂) shrinks the \
    denominator more than 1 − β₁ shrinks the numerator. Dividing by 1 − β₁ᵗ and 1 − β₂ᵗ \
    restores m̂ = g and v̂ = g² at t = 1, and the step is \(formatNumber(corrected)), η itself:
    """)
  page.check(
    "Adam's corrected first step is η = 0.1 (a step of η·g/|g|)", holds: abs(corrected - 0.1) < 1e-8,
    detail: "step \(formatNumber(corrected, decimals: 10)); uncorrected it would be \(formatNumber(uncorrected))")
  page.check(
    "the uncorrected step would be (1 − β₁)/√(1 − β₂) = \(formatNumber(uncorrected / 0.1, decimals: 3)) times η",
    holds: abs(uncorrected / 0.1 - (1 - 0.9) / (1 - 0.999).squareRoot()) < 1e-6,
    detail: "(1 − β₁)/√(1 − β₂) = \(formatNumber((1 - 0.9) / (1 - 0.999).squareRoot(), decimals: 3))")
}

/// w after each of `steps` updates on L(w) = w² from w₀ = 1.
private func bowlPath(_ optimizer: some Optimizer, rate: Double, steps: Int) -> [Double] {
  var optimizer = optimizer
  var parameters = [Matrix([[1.0]])]
  return (0..<steps).map { _ in
    optimizer.update(&parameters, gradients: [2 * parameters[0]], roles: [.weight], learningRate: rate)
    return parameters[0][0, 0]
  }
}
