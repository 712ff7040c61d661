import WorkbookBasics
import WorkbookReference

/// Section 10: note 004's layout, one sample per column, translated to ours.
let samplesAsColumnsSection = WalkthroughSection("The same model with samples as columns (note 004)") { page in
  page.paragraph(
    """
    Note 004, like Andrew Ng's course, stores one sample per column: X is n × m, the weights are \
    a row w (1 × n) and ŷ = w·X + b is a row of m predictions. It is our layout transposed; \
    every formula transposes with it. Here are the first two features of our worked batch both \
    ways.
    """)
  let rowsX = WorkedBatch.X.columns(in: 0..<2)
  let rowsW = WorkedBatch.W.rows(in: 0..<2)
  let b = WorkedBatch.b
  let rowsY = WorkedBatch.Y
  let m = Double(rowsX.rows)
  let columnsX = rowsX.transposed()
  let w = rowsW.transposed()
  let y = rowsY.transposed()
  page.matrix("X, samples as columns (n × m)", columnsX)
  page.matrix("w (1 × n)", w)
  let rowPredictions = LinearModel(weights: rowsW, bias: b).predict(rowsX)
  let columnPredictions = w.matmul(columnsX) + b
  page.matrix("ŷ = w·X + b (1 × m)", columnPredictions)
  page.check(
    "the same predictions as X·W + b, transposed",
    holds: relativeError(columnPredictions, rowPredictions.transposed()) < 1e-15,
    detail: "P is \(rowPredictions.shapeDescription), ŷ is \(columnPredictions.shapeDescription)")
  let residual = y - columnPredictions
  let cost = residual.matmul(residual.transposed())[0, 0] / m
  page.value("C = (1/m)·(y − ŷ)(y − ŷ)ᵀ", cost)
  page.line()
  let dw = -2 / m * residual.matmul(columnsX.transposed())
  let db = -2 / m * residual.sum()
  let rowsGradients = LinearModel(weights: rowsW, bias: b).gradients(features: rowsX, targets: rowsY)
  page.matrix("∂C/∂w = −(2/m)·(y − ŷ)·Xᵀ (1 × n)", dw)
  page.value("∂C/∂b = −(2/m)·Σ(y − ŷ)", db)
  page.check(
    "the gradients are ours transposed",
    holds: relativeError(dw, rowsGradients.weights.transposed()) < 1e-14
      && relativeError(db, rowsGradients.bias[0, 0]) < 1e-14,
    detail: "dL/dW is \(rowsGradients.weights.shapeDescription), ∂C/∂w is \(dw.shapeDescription)")
  page.line()
  page.errata(
    """
    Note 004's code computes the predictions as np.dot(w, X) − b. The model it derives adds the \
    bias, ŷ = w·X + b, and its gradients are those of that model; with the minus sign the code's \
    predictions and cost belong to a different model than the gradients it goes on to use.
    """)
  page.errata(
    """
    Note 004's general gradient (its equation 20) keeps the factor −(1/2)·2 from its \
    two-sample example. With the general cost (1/m)·Σ it should read −(2/m)·A·Xᵀ for w and \
    −(2/m)·ΣA for b, where A = y − ŷ, as computed above.
    """)
  page.errata(
    """
    Note 004 puts the m examples in columns and the n features in rows, then writes \
    [X] = m × n; with that layout X is n × m (rows first), as the matrix of its equation 12 \
    shows. Equation 12 also uses n twice, for the number of samples ([y₁ … yₙ], [b₁ … bₙ]) and \
    for the number of features ([w₁ … wₙ]); the predictions and biases have m entries.
    """)
  page.errata(
    """
    Note 004's sums Σ from i = 0 to 2 (two samples, equation 2) and from i = 0 to m \
    (equation 13) each have one term too many: counting from 0, they should stop at 1 and at \
    m − 1 (or run from 1 to 2 and from 1 to m).
    """)
}
