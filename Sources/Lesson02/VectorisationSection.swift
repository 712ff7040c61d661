import WorkbookBasics
import WorkbookReference

/// Section 8: gradient descent on m examples, the notes' loop against the vectorised version,
/// timed live; and the same formulas in note 003's layout.
let vectorisationSection = WalkthroughSection("m examples: a loop, then whole matrices") { page in
  page.paragraph(
    """
    For m examples the cost is the mean of the losses, so its gradients are the means of the \
    per-example gradients. Note 003 first writes this as a loop:
    """)
  for line in [
    "J = 0;  dw = 0;  db = 0",
    "for i in 1…m:",
    "    z⁽ⁱ⁾ = w·x⁽ⁱ⁾ + b;   a⁽ⁱ⁾ = σ(z⁽ⁱ⁾);   J += L(a⁽ⁱ⁾, y⁽ⁱ⁾)",
    "    dz⁽ⁱ⁾ = a⁽ⁱ⁾ − y⁽ⁱ⁾",
    "    for j in 1…n:  dwⱼ += xⱼ⁽ⁱ⁾·dz⁽ⁱ⁾",
    "    db += dz⁽ⁱ⁾",
    "J /= m;  dw /= m;  db /= m",
  ] { page.line("    " + line) }
  page.line()
  page.paragraph("and then with whole matrices, one line per step, no loop over examples or features:")
  for line in ["Z = X·w + b        A = σ(Z)        dZ = A − Y", "dw = (1/m)·Xᵀ·dZ   db = (1/m)·Σ dZ"] {
    page.line("    " + line)
  }
  page.line()
  let (m, n) = (20_000, 30)
  var generator = SeededGenerator(seed: 2)
  let X = Matrix.randomNormal(rows: m, columns: n, using: &generator)
  let rule = Matrix.randomNormal(rows: n, columns: 1, using: &generator)
  let Y = X.matmul(rule).map { $0 >= 0 ? 1 : 0 }
  let model = LogisticRegression(
    weights: Matrix.randomNormal(rows: n, columns: 1, standardDeviation: 0.1, using: &generator),
    bias: Matrix([[0.05]]))
  let loop = model.gradientsOneExampleAtATime(features: X, targets: Y)
  let vectorised = model.gradients(features: X, targets: Y)
  let difference = max(
    relativeError(loop.weights, vectorised.weights), relativeError(loop.bias, vectorised.bias),
    relativeError(loop.loss, vectorised.loss))
  page.paragraph("Both on the same \(m) random examples with \(n) features:")
  page.value("J, loop", loop.loss)
  page.value("J, vectorised", vectorised.loss)
  page.value("db, loop", loop.bias[0, 0])
  page.value("db, vectorised", vectorised.bias[0, 0])
  page.check(
    "the loop and the vectorised version give the same J, dw and db", holds: difference < 1e-12,
    detail: "largest relative difference \(formatNumber(difference)) over the \(n) + 2 numbers")
  let lessonLoop = costAndGradientsByLoop(X, labels: Y, weights: model.weights, bias: model.bias[0, 0])
  let lessonDifference = max(
    relativeError(lessonLoop.dw, vectorised.weights), relativeError(lessonLoop.db, vectorised.bias[0, 0]),
    relativeError(lessonLoop.cost, vectorised.loss))
  page.check(
    "the same loop written in this lesson's code agrees too", holds: lessonDifference < 1e-12,
    detail: "largest relative difference \(formatNumber(lessonDifference))")
  page.line()
  #if DEBUG
    let lessonBuild = "this lesson's code, unoptimised (debug build)"
  #else
    let lessonBuild = "this lesson's code, optimised (release build)"
  #endif
  let repeats = 3
  let lessonLoopTime = fastestTime(of: repeats) {
    _ = costAndGradientsByLoop(X, labels: Y, weights: model.weights, bias: model.bias[0, 0])
  }
  let loopTime = fastestTime(of: repeats) { _ = model.gradientsOneExampleAtATime(features: X, targets: Y) }
  let vectorisedTime = fastestTime(of: repeats) { _ = model.gradients(features: X, targets: Y) }
  page.paragraph("Timed now on this machine (the fastest of \(repeats) runs each; your numbers will differ):")
  page.timing("loop, library (optimised):         \(formatDuration(loopTime))")
  page.timing("whole matrices, library:           \(formatDuration(vectorisedTime))")
  page.timing("speed-up of whole matrices over the loop: \(formatFixed(loopTime / vectorisedTime, decimals: 1))×")
  page.timing("loop, \(lessonBuild): \(formatDuration(lessonLoopTime))")
  page.timing(
    "speed-up of whole matrices over that loop: \(formatFixed(lessonLoopTime / vectorisedTime, decimals: 1))×")
  page.line()
  page.paragraph(
    """
    The first two lines are a fair race: both run in the workbook's library, which is compiled \
    with optimisation even in a debug build. The whole-matrix kernels usually win, because they \
    walk memory in order and make no function call per entry; still, a compiled loop is not \
    slow. The last lines time the same loop compiled the way `swift run` compiles a lesson (and \
    `swift test` your exercises): without optimisation. Python pays a far larger price on every \
    turn of a loop, because its interpreter runs each step, and there whole-array numpy code \
    often wins by a factor of a hundred or more: that is the gap note 003 warns about. In Swift \
    too, prefer the whole-matrix version: it is shorter, it reads like the maths, and it runs \
    in the optimised kernels whatever the build.
    """)
  let few = 5
  let Xcolumns = X.rows(in: 0..<few).transposed()
  let Ycolumns = Y.rows(in: 0..<few).transposed()
  let Z = model.weights.transposed().matmul(Xcolumns) + model.bias
  let dZ = sigmoid(Z) - Ycolumns
  let dwColumns = Xcolumns.matmul(dZ.transposed()) / Double(few)
  let ours = model.gradients(features: X.rows(in: 0..<few), targets: Y.rows(in: 0..<few))
  page.paragraph(
    """
    The same formulas in note 003's layout, on the first \(few) examples: X is \
    \(Xcolumns.shapeDescription) (examples as columns), Z = wᵀX + b is \(Z.shapeDescription), \
    dw = (1/m)·X·dZᵀ is \(dwColumns.shapeDescription).
    """)
  page.matrix("Z = wᵀX + b", Z)
  page.check(
    "note 003's dw equals ours", holds: relativeError(dwColumns, ours.weights) < 1e-14,
    detail: "Xᵀ·dZ with examples as rows and X·dZᵀ with examples as columns are the same \(n) numbers")
  page.line()
}
