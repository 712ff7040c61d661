import Foundation
import WorkbookBasics

/// The softmax of each row: turns a row of K logits into K probabilities that sum to 1.
///
/// ```
/// p̂ₖ = e^(zₖ) / Σⱼ e^(zⱼ)          (the sum runs over all K classes of the row)
///     = e^(zₖ − M) / Σⱼ e^(zⱼ − M)   with M = maxⱼ zⱼ
/// ```
/// The second line is the same number (the factor e^(−M) cancels) and is what is computed:
/// every exponent is ≤ 0, so nothing overflows, and the largest term is exactly e⁰ = 1, so the
/// sum never underflows to 0. The first line gives ∞/∞ = NaN for logits such as (1000, 1001, 1002).
/// - Parameter logits: Z, m × K: one row of class scores per example.
/// - Returns: P̂, m × K, each row non-negative and summing to 1.
/// - Precondition: K ≥ 1 and every logit finite.
public func softmax(_ logits: Matrix) -> Matrix {
  requireFiniteLogits(logits, "softmax")
  var result = logits.values
  let width = logits.columns
  result.withUnsafeMutableBufferPointer { p in
    for row in 0..<logits.rows {
      let start = row * width
      let (_, total) = shiftedExponentials(UnsafeBufferPointer(p), start: start, width: width, into: p)
      for k in start..<(start + width) { p[k] /= total }
    }
  }
  return Matrix(rows: logits.rows, columns: width, values: result)
}

/// One row's exp(zₖ − max z), written to `output` at the same places (which may be the row
/// itself), with the row's maximum and the exponentials' sum: softmax's numerators and
/// denominator, and LSE(z) = max z + ln(sum).
/// - Parameters:
///   - logits: the rows of Z, one after another.
///   - start: where the row begins.
///   - width: the row's length, K.
///   - output: where the exponentials go.
@inline(__always)
func shiftedExponentials(
  _ logits: UnsafeBufferPointer<Double>, start: Int, width: Int, into output: UnsafeMutableBufferPointer<Double>
) -> (largest: Double, sum: Double) {
  var largest = -Double.infinity
  for k in start..<(start + width) { largest = Swift.max(largest, logits[k]) }
  var sum = 0.0
  for k in start..<(start + width) {
    output[k] = exp(logits[k] - largest)
    sum += output[k]
  }
  return (largest, sum)
}

/// The log-sum-exp of each row, a smooth version of the row's maximum.
///
/// ```
/// LSE(z) = ln Σⱼ e^(zⱼ) = M + ln Σⱼ e^(zⱼ − M)    with M = maxⱼ zⱼ
/// ```
/// Always between M and M + ln K. Computed in the second form, so (1000, 1001, 1002) gives
/// 1002.4076 rather than ln ∞ = ∞.
/// - Parameter logits: Z, m × K.
/// - Returns: m × 1, one value per row.
/// - Precondition: K ≥ 1 and every logit finite.
public func logSumExp(_ logits: Matrix) -> Matrix {
  requireFiniteLogits(logits, "logSumExp")
  let width = logits.columns
  var result = [Double](repeating: 0, count: logits.rows)
  logits.values.withUnsafeBufferPointer { z in
    for row in 0..<logits.rows {
      let start = row * width
      var largest = -Double.infinity
      for k in start..<(start + width) { largest = Swift.max(largest, z[k]) }
      var total = 0.0
      for k in start..<(start + width) { total += exp(z[k] - largest) }
      result[row] = largest + log(total)
    }
  }
  return Matrix(column: result)
}

/// The natural logarithm of the softmax of each row, computed without taking ln of a
/// probability that may have rounded to 0.
///
/// ```
/// ln p̂ₖ = zₖ − LSE(z)
/// ```
/// - Parameter logits: Z, m × K.
/// - Returns: ln P̂, m × K, every entry ≤ 0 and finite.
/// - Precondition: K ≥ 1 and every logit finite.
public func logSoftmax(_ logits: Matrix) -> Matrix {
  logits - logSumExp(logits)
}

/// Stops with a message when there are no classes or a logit is NaN or infinite.
func requireFiniteLogits(_ logits: Matrix, _ operation: String) {
  require(logits.columns >= 1, "\(operation): the logits \(logits.shapeDescription) have no class columns")
  guard !logits.isFinite, let index = logits.values.firstIndex(where: { !$0.isFinite }) else { return }
  fatalError(
    "\(operation): logit [\(index / logits.columns), \(index % logits.columns)] is "
      + "\(formatNumber(logits.values[index])); \(nonFiniteOutputCause)")
}
