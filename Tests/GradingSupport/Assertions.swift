import WorkbookBasics
import XCTest

/// How close is close enough, as a relative error per entry.
public enum Tolerance {
  /// For closed-form results that should agree to rounding: 1e-7.
  public static let closedForm = 1e-7
  /// For an analytic gradient against centred differences: 1e-5.
  public static let gradientCheck = 1e-5
}

/// Fails unless `actual` has `expected`'s shape and every entry is within `tolerance`
/// (relative error). The message reports the shape first, then the worst entry with its index
/// and both numbers, then a hint.
/// - Parameters:
///   - actual: the learner's result.
///   - expected: the right result.
///   - what: its name in the message, e.g. "dL/dW".
///   - tolerance: the largest relative error allowed per entry.
///   - hint: what to look at when it is wrong.
public func assertMatrix(
  _ actual: Matrix, matches expected: Matrix, _ what: String,
  tolerance: Double = Tolerance.closedForm, hint: String,
  file: StaticString = #filePath, line: UInt = #line
) {
  if let problem = matrixMismatch(actual, expected, what, tolerance: tolerance) {
    XCTFail("\(problem)\nHint: \(hint)", file: file, line: line)
  }
}

/// Fails unless two numbers agree within `tolerance` (relative error); the message gives both
/// numbers and a hint.
/// - Parameters:
///   - actual: the learner's number.
///   - expected: the right number.
///   - what: its name in the message, e.g. "MSE".
///   - tolerance: the largest relative error allowed.
///   - hint: what to look at when it is wrong.
public func assertNumber(
  _ actual: Double, matches expected: Double, _ what: String,
  tolerance: Double = Tolerance.closedForm, hint: String,
  file: StaticString = #filePath, line: UInt = #line
) {
  if let problem = matrixMismatch(Matrix([[actual]]), Matrix([[expected]]), what, tolerance: tolerance, scalar: true) {
    XCTFail("\(problem)\nHint: \(hint)", file: file, line: line)
  }
}

/// Describes how `actual` differs from `expected`, or nil when it is within tolerance.
/// Separate from the assertions so that its wording can be tested.
public func matrixMismatch(
  _ actual: Matrix, _ expected: Matrix, _ what: String, tolerance: Double, scalar: Bool = false
) -> String? {
  guard actual.rows == expected.rows && actual.columns == expected.columns else {
    return "\(what) has shape \(actual.shapeDescription), expected \(expected.shapeDescription)."
  }
  var worstIndex = 0
  var worstError = 0.0
  for index in 0..<actual.count {
    let error = relativeError(actual.values[index], expected.values[index])
    if error > worstError || (error.isNaN && !worstError.isNaN) {
      worstError = error
      worstIndex = index
    }
  }
  guard worstError > tolerance else { return nil }
  let place =
    scalar ? "\(what) is" : "\(what): entry [\(worstIndex / actual.columns), \(worstIndex % actual.columns)] is"
  let got = actual.values[worstIndex]
  if !got.isFinite {
    return
      "\(place) \(formatNumber(got)), expected \(formatNumber(expected.values[worstIndex])): look for a division by zero or an overflow."
  }
  var message =
    "\(place) \(formatNumber(got)), expected \(formatNumber(expected.values[worstIndex]))"
    + " (relative error \(formatNumber(worstError)), allowed \(formatNumber(tolerance)))."
  if let factor = constantFactor(actual, expected), actual.count > 1 || isSimple(factor) {
    message +=
      "\nEvery entry is \(formatNumber(factor)) times the expected value"
      + " (−1: a flipped sign; 2 or 0.5: a factor of 2; the batch size: a missing 1/m)."
  }
  return message
}

/// True for factors a learner can recognise: a whole number or its reciprocal (−1, 2, 3, ½, ⅓ …).
private func isSimple(_ factor: Double) -> Bool {
  [factor, 1 / factor].contains { abs($0) <= 1000 && abs($0 - $0.rounded()) < 1e-6 }
}

/// The factor k when `actual` = k · `expected` entry by entry (k ≠ 1), else nil.
private func constantFactor(_ actual: Matrix, _ expected: Matrix) -> Double? {
  var factor: Double?
  for index in 0..<actual.count {
    let reference = expected.values[index]
    if abs(reference) < 1e-12 {
      if abs(actual.values[index]) > 1e-12 { return nil }
      continue
    }
    let ratio = actual.values[index] / reference
    if let known = factor, relativeError(known, ratio) > 1e-6 { return nil }
    factor = factor ?? ratio
  }
  guard let found = factor, relativeError(found, 1) > 1e-6 else { return nil }
  return found
}
