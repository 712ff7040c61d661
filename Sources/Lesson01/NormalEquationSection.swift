import WorkbookBasics
import WorkbookReference

/// Section 9: the normal equation, and gradient descent arriving at the same θ.
let normalEquationSection = WalkthroughSection("The normal equation") { page in
  let (X, Y) = TwelveObservations.data
  page.paragraph(
    """
    For linear regression with squared error the minimum can be found without any descent. Put \
    a column of ones in front of X so the bias becomes one more weight, A = [1 | X], and set \
    the gradient to zero: AᵀA·θ = Aᵀy, so θ = (AᵀA)⁻¹Aᵀy. In code, solve the system rather than \
    invert the matrix: it is cheaper and more accurate.
    """)
  let A = designMatrix(X)
  page.matrix("AᵀA", A.transposed().matmul(A))
  page.matrix("Aᵀy", A.transposed().matmul(Y))
  let fit = try fitByNormalEquation(features: X, targets: Y)
  let theta = Matrix.hstack([fit.bias, fit.weights.transposed()])
  page.matrix("θ = (b, w₁, w₂), solving AᵀA·θ = Aᵀy", theta)
  let truth = TwelveObservations.trueWeights.values.map { formatNumber($0, decimals: 0) }
  page.line(
    "  (the data were made from b = \(formatNumber(TwelveObservations.trueBias, decimals: 0)), "
      + "w₁ = \(truth[0]), w₂ = \(truth[1]) plus noise)")
  page.line()
  let (rate, steps) = (0.02, 5000)
  let descent = try MiniBatchGradientDescent(learningRate: rate, batchSize: X.rows).train(
    LinearModel.zeros(features: 2), features: X, targets: Y, epochs: steps, order: { _ in Array(0..<X.rows) })
  let descended = Matrix.hstack([descent.model.bias, descent.model.weights.transposed()])
  page.matrix("θ after \(steps) steps of batch gradient descent (η = \(formatNumber(rate, decimals: 2)))", descended)
  let gap = (descended - theta).map(abs).max()
  page.check(
    "gradient descent reaches the normal equation's θ", holds: gap < 1e-8,
    detail: "largest difference \(formatNumber(gap))")
  page.line()
  page.paragraph(
    """
    So why descend at all? The normal equation has no learning rate to tune, no epochs and no \
    need for feature scaling, and its predictions are instant. But forming AᵀA costs about \
    m·n² operations (it can be built in one pass over the rows, so the data need not fit in \
    memory) and solving it about n³ more, which is too much for millions of features; it fails \
    when AᵀA is singular (a repeated or constant feature); and it exists only for this one \
    model. Gradient descent works for every network in this course.
    """)
}
