import WorkbookBasics
import WorkbookReference

/// Note 003's per-example loop written in this lesson's own code, which `swift run` compiles
/// without optimisation, exactly like a learner's exercises under `swift test`.
///
/// Every other hot loop of the workbook lives in the optimised library (see DESIGN.md); this
/// one is here on purpose, so that section 8 can show what an unoptimised loop costs.
/// - Returns: the cost J, dw (n × 1) and db.
func costAndGradientsByLoop(
  _ X: Matrix, labels Y: Matrix, weights w: Matrix, bias b: Double
) -> (cost: Double, dw: Matrix, db: Double) {
  var cost = 0.0
  var dw = Matrix.zeros(rows: X.columns, columns: 1)
  var db = 0.0
  for i in 0..<X.rows {
    var z = b
    for j in 0..<X.columns { z += w[j, 0] * X[i, j] }
    let a = sigmoid(z)
    cost += binaryCrossEntropy(logit: z, label: Y[i, 0])
    let dz = a - Y[i, 0]
    for j in 0..<X.columns { dw[j, 0] += X[i, j] * dz }
    db += dz
  }
  let m = Double(X.rows)
  return (cost / m, dw / m, db / m)
}
