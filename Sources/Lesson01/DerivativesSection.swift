import WorkbookBasics
import WorkbookReference

/// Section 3: the chain of derivatives from the loss back to W and b, checked numerically.
let derivativesSection = WalkthroughSection("The chain of derivatives: dL/dW and dL/dB") { page in
  page.paragraph(
    """
    Training needs to know how the loss changes when each weight changes. Write the forward \
    pass as a chain of small steps, N = X·W, then P = N + B, then L = Λ(P,Y), and multiply \
    the derivative of each step, evaluated at its input, from the loss backwards.
    """)
  let (X, W, b, Y) = (WorkedBatch.X, WorkedBatch.W, WorkedBatch.b, WorkedBatch.Y)
  let m = Double(X.rows)
  let P = LinearModel(weights: W, bias: b).predict(X)
  let sumOfSquaresGradient = -2 * (Y - P)
  let dLdP = meanSquaredErrorGradient(predicted: P, expected: Y)
  page.text("Step 1, the loss.  For one squared error (y − p)², the derivative in p is −2(y − p).")
  page.matrix("−2(Y − P), the derivative of the sum of squares", sumOfSquaresGradient)
  page.text("Our L is the mean, so each term carries 1/m: dL/dP = −(2/m)(Y − P).")
  page.matrix("dL/dP", dLdP)
  page.text(
    "Step 2, the addition.  P = N + B: nudging any entry of N or of B by one moves P by one, so dP/dN and "
      + "dP/dB are all ones and pass dL/dP through unchanged.")
  page.text("Step 3, the product.  N = X·W: the derivative with respect to W is Xᵀ, applied on the left.")
  page.line()
  let gradients = LinearModel(weights: W, bias: b).gradients(features: X, targets: Y)
  page.matrix("dL/dW = Xᵀ · (dL/dP ⊙ dP/dN)   (the shape of W)", gradients.weights)
  page.matrix("dL/dB = Σ over the batch of dL/dP ⊙ dP/dB   (the shape of b)", gradients.bias)
  page.line()
  page.paragraph(
    """
    A gradient derived by hand deserves a test. Nudge each parameter by h = 1e-5 up and down, \
    recompute the loss, and divide the change by 2h (a centred difference). The two must agree \
    to about 1e-8; a relative error above 1e-5 means a bug.
    """)
  let numericW = numericGradient(
    of: { meanSquaredError(predicted: LinearModel(weights: $0, bias: b).predict(X), expected: Y) }, at: W)
  let numericB = numericGradient(
    of: { meanSquaredError(predicted: LinearModel(weights: W, bias: $0).predict(X), expected: Y) }, at: b)
  page.matrix("numeric dL/dW", numericW)
  page.matrix("numeric dL/dB", numericB)
  let errorW = relativeError(gradients.weights, numericW)
  let errorB = relativeError(gradients.bias, numericB)
  page.check("gradient check of dL/dW", holds: errorW < 1e-5, detail: "largest relative error \(formatNumber(errorW))")
  page.check("gradient check of dL/dB", holds: errorB < 1e-5, detail: "largest relative error \(formatNumber(errorB))")
  page.line()
  let withoutMean = X.transposed().matmul(sumOfSquaresGradient)
  page.errata(
    """
    The notes use dLdP = −2(Y − P) while calling the loss the mean squared error. That is the \
    gradient of the sum of squares: with it, dL/dW comes out \(formatNumber(withoutMean[0, 0] / numericW[0, 0])) \
    times too large here (m = \(Int(m))). Training still works, because the learning rate absorbs \
    the factor, but the gradient no longer matches the loss you print.
    """)
  page.errata(
    """
    The notes write the full gradient as np.dot(dN, W). The chain rule gives Xᵀ · dL/dN: an \
    n × m matrix times an m × 1 one, so dL/dW has W's shape, n × 1 (here \
    \(gradients.weights.shapeDescription)).
    """)
}
