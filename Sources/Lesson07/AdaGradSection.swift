import WorkbookBasics
import WorkbookReference

/// Section 4: AdaGrad's effective rate shrinks for ever; RMSprop's settles.
let adaGradSection = WalkthroughSection("AdaGrad's shrinking rate") { page in
  let rate = 0.1
  page.paragraph(
    """
    Note 002 rates AdaGrad's quality one star: it "stops too early". Its sum s ← s + g² only \
    grows, so each entry's effective rate η/(√s + ε) can only fall. Feed AdaGrad and RMSprop \
    the same stream of seeded noisy gradients (standard normal) and follow one entry's \
    effective rate, with η = \(formatNumber(rate, decimals: 1)):
    """)
  var generator = SeededGenerator(seed: 73)
  let gradients = (0..<500).map { _ in Matrix.randomNormal(rows: 1, columns: 1, using: &generator) }
  let adaGradOptimizer = AdaGrad()
  let rmsPropOptimizer = RMSprop()
  let adaGrad = effectiveRates(
    adaGradOptimizer, gradients: gradients, buffer: "squared sum", epsilon: adaGradOptimizer.epsilon, rate: rate)
  let rmsProp = effectiveRates(
    rmsPropOptimizer, gradients: gradients, buffer: "squared average", epsilon: rmsPropOptimizer.epsilon, rate: rate)
  page.line("AdaGrad's η/(√s + ε), steps 1 to \(gradients.count):")
  let steps = (start: 1.0, end: Double(gradients.count))
  page.plot(LinePlot(adaGrad, height: 8, logarithmic: true, xRange: steps))
  page.line("RMSprop's (ρ = 0.9), the same steps:")
  page.plot(LinePlot(rmsProp, height: 8, logarithmic: true, xRange: steps))
  let last = gradients.count - 1
  let stepRatio = Double(last + 1) / 10
  // s after t steps is about t·mean(g²), so η/√s is about η/(√t·√mean(g²)).
  let meanSquare = gradients.map { $0[0, 0] * $0[0, 0] }.reduce(0, +) / Double(gradients.count)
  let scaledEarly = adaGrad[9] * 10.0.squareRoot()
  let scaledLate = adaGrad[last] * Double(last + 1).squareRoot()
  page.paragraph(
    """
    Each step adds g² to s, on average \(formatNumber(meanSquare, decimals: 2)) a step for these \
    gradients, so s grows like t and \
    AdaGrad's effective rate falls roughly as η/√t: from \(formatNumber(adaGrad[9])) at step 10 \
    to \(formatNumber(adaGrad[last])) at step \(last + 1), a factor \
    \(formatNumber(adaGrad[9] / adaGrad[last], decimals: 1)) for \(formatNumber(stepRatio, decimals: 0)) \
    times as many steps (√\(formatNumber(stepRatio, decimals: 0)) = \
    \(formatNumber(stepRatio.squareRoot(), decimals: 1))). RMSprop's average forgets old \
    gradients (it remembers about 1/(1 − ρ) = \(formatNumber(1 / (1 - rmsPropOptimizer.rho), decimals: 0)) \
    steps), so its rate wanders with the recent gradient sizes but does not drift down.
    """)
  page.check(
    "AdaGrad's effective rate times √t stays within 1.5× from step 10 to step \(last + 1) (a 1/√t decay)",
    holds: scaledLate / scaledEarly < 1.5 && scaledEarly / scaledLate < 1.5,
    detail: "η/(√s + ε)·√t: \(formatNumber(scaledEarly)) at step 10, \(formatNumber(scaledLate)) at step \(last + 1)")
  page.check(
    "AdaGrad's effective rate at step \(last + 1) is under a fifth of its rate at step 10",
    holds: adaGrad[last] < adaGrad[9] / 5,
    detail: "\(formatNumber(adaGrad[9])) → \(formatNumber(adaGrad[last]))")
  let valley = bestRun(AdaGrad(), on: .rosenbrock)
  page.line()
  page.paragraph(
    """
    Whether that stops it too early depends on how far it has to go. In Rosenbrock's valley \
    (section 3), AdaGrad at its best rate, η = \(formatNumber(valley.rate, decimals: 3)), ends \
    \(Surface.rosenbrock.maximumSteps) steps at L = \(formatNumber(valley.run.finalLoss)), \
    \(valley.run.stepsToTolerance == nil ? "short of" : "below") the tolerance of \
    \(formatNumber(Surface.rosenbrock.tolerance, decimals: 0)); section 5 measures it on the digits.
    """)
  let lateMean = rmsProp[(last - 99)...].reduce(0, +) / 100
  let earlyMean = rmsProp[10..<110].reduce(0, +) / 100
  page.check(
    "RMSprop's effective rate does not drift: its mean over the last 100 steps is within 2× of steps 11–110",
    holds: lateMean > earlyMean / 2 && lateMean < earlyMean * 2,
    detail: "\(formatNumber(earlyMean)) early, \(formatNumber(lateMean)) late")
}

/// η/(√s + ε) of one entry after each update at `rate`, reading the optimizer's buffer s.
private func effectiveRates(
  _ optimizer: some Optimizer, gradients: [Matrix], buffer: String, epsilon: Double, rate: Double
) -> [Double] {
  var optimizer = optimizer
  var parameters = [Matrix([[0.0]])]
  return gradients.map { gradient in
    optimizer.update(&parameters, gradients: [gradient], roles: [.weight], learningRate: rate)
    let s = optimizer.state.buffers[buffer]?.first?[0, 0] ?? .nan
    return rate / (s.squareRoot() + epsilon)
  }
}
