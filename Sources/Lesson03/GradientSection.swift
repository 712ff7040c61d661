import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 6: the gradient of softmax + cross-entropy, dz = p̂ − y, derived and checked.
let gradientSection = WalkthroughSection("The gradient: dz = p̂ − y") { page in
  let names = StackExchange.classNames
  let z = StackExchange.post.matmul(StackExchange.weights) + StackExchange.bias
  let truth = StackExchange.postClass
  let y = oneHot([truth], classCount: names.count)
  let p = softmax(z)
  page.paragraph(
    """
    Lesson 2 found that the gradient of the binary cross-entropy at the logit is dz = a − y. \
    The multi-class version is just as short. Write the loss of one example with true class c \
    through the logits: ln p̂_c = z_c − ln Σⱼ e^(zⱼ), so
    """)
  page.line("  L = −ln p̂_c = ln Σⱼ e^(zⱼ) − z_c")
  page.line("  ∂/∂zₖ of ln Σⱼ e^(zⱼ) = e^(zₖ) / Σⱼ e^(zⱼ) = p̂ₖ")
  page.line("  ∂/∂zₖ of z_c = yₖ              (1 if k = c, else 0)")
  page.line("  dzₖ = ∂L/∂zₖ = p̂ₖ − yₖ")
  page.line()
  page.paragraph(
    """
    Every class's logit is pushed down in proportion to its probability, and the true class's \
    logit is pushed up by 1. On section 2's post (true class \(names[truth])):
    """)
  let loss = { (logits: Matrix) in softmaxCrossEntropy(logits: logits, labels: y) }
  let analytic = p - y
  let numeric = numericGradient(of: loss, at: z)
  page.line("  p̂ − y                  = \(formatTuple(analytic))")
  page.line("  centred differences   = \(formatTuple(numeric))")
  page.check(
    "dz = p̂ − y matches the numeric gradient", holds: relativeError(analytic, numeric) < 1e-8,
    detail: "largest relative error \(formatNumber(relativeError(analytic, numeric)))")
  page.check(
    "dz adds up to 0 (p̂ and y both add up to 1)", holds: abs(analytic.sum()) < 1e-15,
    detail: formatNumber(analytic.sum()))
  page.line()
  page.paragraph(
    """
    The same result the long way, through the chain rule. The softmax's Jacobian holds \
    ∂p̂ᵢ/∂zⱼ = p̂ᵢ·(δᵢⱼ − p̂ⱼ), where δᵢⱼ is 1 on the diagonal and 0 elsewhere: raising one \
    logit raises its own probability and lowers all the others.
    """)
  let K = names.count
  let jacobian = Matrix(
    rows: K, columns: K,
    values: (0..<K * K).map { index in
      let (i, j) = (index / K, index % K)
      return p[0, i] * ((i == j ? 1 : 0) - p[0, j])
    })
  let numericJacobian = Matrix.vstack(
    (0..<K).map { i in numericGradient(of: { softmax($0)[0, i] }, at: z) })
  page.matrix("∂p̂/∂z", jacobian)
  page.check(
    "the Jacobian matches centred differences", holds: relativeError(jacobian, numericJacobian) < 1e-8,
    detail: "largest relative error \(formatNumber(relativeError(jacobian, numericJacobian)))")
  let lossByProbability = Matrix(column: (0..<K).map { y[0, $0] == 0 ? 0 : -y[0, $0] / p[0, $0] })
  page.line("  ∂L/∂p̂ = −y / p̂ = \(formatTuple(lossByProbability))")
  let chained = jacobian.transposed().matmul(lossByProbability)
  page.line("  ∂L/∂z = (∂p̂/∂z)ᵀ · ∂L/∂p̂ = \(formatTuple(chained))")
  page.check(
    "the chain rule gives p̂ − y", holds: relativeError(chained.transposed(), analytic) < 1e-12,
    detail: "relative difference \(formatNumber(relativeError(chained.transposed(), analytic)))")
  page.paragraph(
    """

    The Jacobian's terms and the 1/p̂ cancel, leaving the subtraction. That is why libraries \
    fuse the softmax and the cross-entropy into one operation: the fused gradient is cheaper \
    and never divides by a tiny p̂.
    """)
  page.paragraph(
    """
    For a batch, the cost is the mean over m examples, so dZ = (P̂ − Y)/m, and the layer \
    Z = X·W + b passes it back exactly as in Lessons 1 and 2: dW = Xᵀ·dZ (n × K) and db = the \
    column sums of dZ (1 × K). A gradient check on a random batch of softmax regression \
    (seeded):
    """)
  var generator = SeededGenerator(seed: 6)
  let (m, n, classes) = (8, 4, 3)
  let X = Matrix.randomNormal(rows: m, columns: n, using: &generator)
  let Y = oneHot((0..<m).map { _ in Int(generator.nextUniform() * Double(classes)) }, classCount: classes)
  let model = SoftmaxRegression(
    weights: Matrix.randomNormal(rows: n, columns: classes, standardDeviation: 0.5, using: &generator),
    bias: Matrix.randomNormal(rows: 1, columns: classes, standardDeviation: 0.5, using: &generator))
  let gradients = model.gradients(features: X, targets: Y)
  let numericW = numericGradient(
    of: { SoftmaxRegression(weights: $0, bias: model.bias).gradients(features: X, targets: Y).loss },
    at: model.weights)
  let numericB = numericGradient(
    of: { SoftmaxRegression(weights: model.weights, bias: $0).gradients(features: X, targets: Y).loss },
    at: model.bias)
  page.line(
    "  \(m) examples, \(n) features, \(classes) classes: X is \(X.shapeDescription), W is \(model.weights.shapeDescription)"
  )
  page.check(
    "dW = Xᵀ·(P̂ − Y)/m matches centred differences", holds: relativeError(gradients.weights, numericW) < 1e-7,
    detail: "largest relative error \(formatNumber(relativeError(gradients.weights, numericW)))")
  page.check(
    "db = Σ (P̂ − Y)/m matches centred differences", holds: relativeError(gradients.bias, numericB) < 1e-7,
    detail: "largest relative error \(formatNumber(relativeError(gradients.bias, numericB)))")
}
