import WorkbookBasics
import WorkbookReference

/// Section 6: a for-loop against the library's dot product and matrix product, timed live.
let vectorisationSection = WalkthroughSection("Vectorisation") { page in
  page.paragraph(
    """
    Note 003 ends on vectorisation: replace loops over numbers with operations on whole \
    vectors and matrices. Here are both, on the same numbers: a dot product of two vectors \
    and a matrix product, each once as a plain loop written in this lesson and once through \
    the library.
    """)
  var generator = SeededGenerator(seed: 6)
  let length = 1_000_000
  let u = Matrix.randomNormal(rows: length, columns: 1, using: &generator)
  let v = Matrix.randomNormal(rows: length, columns: 1, using: &generator)
  let size = 96
  let A = Matrix.randomNormal(rows: size, columns: size, using: &generator)
  let B = Matrix.randomNormal(rows: size, columns: size, using: &generator)
  let (uValues, vValues, aValues, bValues) = (u.values, v.values, A.values, B.values)
  /// Σ uᵢvᵢ, one product at a time.
  func loopDot() -> Double {
    var total = 0.0
    for index in 0..<length { total += uValues[index] * vValues[index] }
    return total
  }
  /// C = A·B with three nested loops.
  func loopProduct() -> [Double] {
    var product = [Double](repeating: 0, count: size * size)
    for row in 0..<size {
      for column in 0..<size {
        var total = 0.0
        for k in 0..<size { total += aValues[row * size + k] * bValues[k * size + column] }
        product[row * size + column] = total
      }
    }
    return product
  }
  let dotGap = abs(loopDot() - u.dot(v)) / abs(u.dot(v))
  let productGap = relativeError(Matrix(rows: size, columns: size, values: loopProduct()), A.matmul(B))
  page.check(
    "the loops and the library agree on u·v and A·B", holds: dotGap < 1e-10 && productGap < 1e-12,
    detail: "relative differences \(formatScientific(dotGap)) and \(formatScientific(productGap))")
  page.line()
  #if DEBUG
    let build = "unoptimised (a debug build, as swift run makes it)"
  #else
    let build = "optimised (a release build)"
  #endif
  let repeats = 3
  let loopDotTime = fastestTime(of: repeats) { _ = loopDot() }
  let dotTime = fastestTime(of: repeats) { _ = u.dot(v) }
  let loopProductTime = fastestTime(of: repeats) { _ = loopProduct() }
  let productTime = fastestTime(of: repeats) { _ = A.matmul(B) }
  page.paragraph(
    """
    Timed now on this machine, the fastest of \(repeats) runs each (your numbers will differ). \
    The lesson's loops are \(build); the library is compiled with optimisation in every build:
    """)
  page.timing("dot product of \(length) numbers")
  page.timing("  loop:        \(formatDuration(loopDotTime))")
  page.timing("  library:     \(formatDuration(dotTime))")
  page.timing("  speed-up:    \(formatFixed(loopDotTime / dotTime, decimals: 0))×")
  page.timing("\(size)×\(size) matrix product")
  page.timing("  loops:       \(formatDuration(loopProductTime))")
  page.timing("  library:     \(formatDuration(productTime))")
  page.timing("  speed-up:    \(formatFixed(loopProductTime / productTime, decimals: 0))×")
  page.line()
  page.paragraph(
    """
    The library's dot product is the same loop as the lesson's, compiled with optimisation \
    and reading raw memory; the gap above is what that alone is worth here. The matrix \
    product's kernel does more: it works on several numbers per instruction and reuses each \
    number from the cache many times, and Lesson 2 races an optimised loop against whole \
    matrices. Note 003's point is the same in Python, where numpy's whole-array calls stand \
    in for the interpreter's loop; Python was not measured here.
    """)
  page.paragraph(
    """
    Note 003's z = np.dot(w, x) + b is right for w and x stored as 1-D arrays, as its \
    w ∈ ℝ^(n_x) says. With w stored as an n × 1 column, as Ng's later code stores it, the same \
    product is np.dot(w.T, x) + b, the wᵀx of the formula.
    """)
  page.errata(
    """
    Note 003's loop over m examples ends with "J = m"; it means J /= m, the mean, like the \
    dw₁ /= m beside it (its "J_t =" line is J += L(a⁽ⁱ⁾, y⁽ⁱ⁾), and its dz is dz⁽ⁱ⁾).
    """)
}
