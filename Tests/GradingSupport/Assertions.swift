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
///   - sizes: the problem's m and K, so that a result off by one of them is named.
///   - hint: what to look at when the values are wrong (a wrong shape gets its own hint).
public func assertMatrix(
  _ actual: Matrix, matches expected: Matrix, _ what: String,
  tolerance: Double = Tolerance.closedForm, sizes: ProblemSizes = .unknown, hint: String,
  file: StaticString = #filePath, line: UInt = #line
) {
  if let problem = matrixMismatch(actual, expected, what, tolerance: tolerance, sizes: sizes) {
    let sameShape = actual.rows == expected.rows && actual.columns == expected.columns
    let shown = sameShape ? hint : shapeHint(actual, expected) + "\nAnd: " + hint
    XCTFail("\(problem)\nHint: \(shown)", file: file, line: line)
  }
}

/// Fails unless two numbers agree within `tolerance` (relative error); the message gives both
/// numbers and a hint.
/// - Parameters:
///   - actual: the learner's number.
///   - expected: the right number.
///   - what: its name in the message, e.g. "MSE".
///   - tolerance: the largest relative error allowed.
///   - sizes: the problem's m and K, so that a result off by one of them is named.
///   - hint: what to look at when it is wrong.
public func assertNumber(
  _ actual: Double, matches expected: Double, _ what: String,
  tolerance: Double = Tolerance.closedForm, sizes: ProblemSizes = .unknown, hint: String,
  file: StaticString = #filePath, line: UInt = #line
) {
  if let problem = matrixMismatch(
    Matrix([[actual]]), Matrix([[expected]]), what, tolerance: tolerance, scalar: true, sizes: sizes)
  {
    XCTFail("\(problem)\nHint: \(hint)", file: file, line: line)
  }
}

/// Fails unless `actual` equals `expected`; the message gives both values, "the stopping epoch
/// is 5, expected 6.", and then the hint.
/// - Parameters:
///   - actual: the learner's value.
///   - expected: the right value.
///   - what: its name in the message, e.g. "the stopping epoch".
///   - hint: what to look at when it is wrong.
public func assertValue<Value: Equatable>(
  _ actual: Value, equals expected: Value, _ what: String, hint: String,
  file: StaticString = #filePath, line: UInt = #line
) {
  if actual != expected {
    XCTFail("\(what) is \(actual), expected \(expected).\nHint: \(hint)", file: file, line: line)
  }
}

/// Describes how `actual` differs from `expected`, or nil when it is within tolerance.
/// Separate from the assertions so that its wording can be tested.
public func matrixMismatch(
  _ actual: Matrix, _ expected: Matrix, _ what: String, tolerance: Double, scalar: Bool = false,
  sizes: ProblemSizes = .unknown
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
    return "\(place) \(formatNumber(got)), expected \(formatNumber(expected.values[worstIndex])):"
      + " look for ln 0 (−∞), 0·∞ (NaN), a division by zero, or exp of a large number (e^710 = ∞)."
  }
  var message =
    "\(place) \(formatNumber(got)), expected \(formatNumber(expected.values[worstIndex]))"
    + " (relative error \(formatNumber(worstError)), allowed \(formatNumber(tolerance)))."
  if sizes.explainsFactors, let factor = constantFactor(actual, expected), actual.count > 1 || isSimple(factor) {
    message += "\n" + factorExplanation(factor, sizes: sizes, subject: scalar ? "It" : "Every entry")
  }
  return message
}

/// The hint for a result of the wrong shape, from the two shapes: swapped rows and columns,
/// a row where a column belongs (or the other way round), the wrong number of rows or of
/// columns.
public func shapeHint(_ actual: Matrix, _ expected: Matrix) -> String {
  let (rows, columns) = (expected.rows, expected.columns)
  if actual.rows == columns && actual.columns == rows {
    return "Rows and columns are swapped. Rows are examples here (X is m × n): look for a .transposed()"
      + " too many or too few, or a product taken in the wrong order."
  }
  if (actual.rows == 1 && columns == 1) || (actual.columns == 1 && rows == 1) {
    return "A \(actual.rows == 1 ? "row" : "column") where a \(rows == 1 ? "row" : "column") belongs: check"
      + " which axis you reduced (sum(axis: 0) adds the rows together into one row; sum(axis: 1) adds"
      + " across each row, into one column)."
  }
  if actual.rows == rows {
    return "The rows are right, but there \(count(actual.columns, "column")) where \(columns) belong: check"
      + " which axis you reduced (sum(axis: 0) adds the rows together into one row; sum(axis: 1) adds"
      + " across each row)."
  }
  if actual.columns == columns {
    return "There \(count(actual.rows, "row")) where \(rows) belong: one row per example, or a single row"
      + " for a sum over the batch (sum(axis: 0))."
  }
  return "Expected \(rows) × \(columns): the exercise's doc comment gives each shape."
}

/// "is 1 column", "are 3 rows".
private func count(_ number: Int, _ noun: String) -> String {
  number == 1 ? "is 1 \(noun)" : "are \(number) \(noun)s"
}

/// What a constant factor between the learner's result and the right one most likely means,
/// in the problem's own terms when its sizes are known. The size of the factor and its sign
/// are explained separately: −1/2 is a missing 2 and a flipped sign.
/// - Parameters:
///   - factor: yours ÷ expected, the same for every entry (never 1).
///   - sizes: the problem's m and K, when the test knows them.
///   - subject: "Every entry" for a matrix, "It" for a single number.
public func factorExplanation(_ factor: Double, sizes: ProblemSizes, subject: String = "Every entry") -> String {
  let size = abs(factor)
  let flipped = factor < 0
  let close = { (value: Double) in abs(size - value) <= 1e-6 * value }
  if size == 0 {
    return "\(subject) is 0 where it should not be: an integer division that rounds down to 0? (With an"
      + " Int m, 1 / m is 0: write 1 / Double(m).) Or a value subtracted from itself, or a result that is never"
      + " filled in."
  }
  if close(1) { return "\(subject) has the opposite sign: a flipped sign (Y − P where P − Y is meant, or + for −)." }
  let sign = flipped ? ", and the sign is flipped" : ""
  let (m, k) = (sizes.examples ?? 0, sizes.classes ?? 0)
  // A factor 2 is more often the 2 of a square's derivative than a batch of two.
  if close(2) || close(0.5) {
    let batch = m == 2 ? " (or, with m = 2, a division by m \(close(2) ? "missing" : "too many"))" : ""
    return close(2)
      ? "\(subject) is twice the expected value: a factor of 2 too many\(batch)\(sign)."
      : "\(subject) is half the expected value: a factor of 2 is missing (the 2 in d(x²)/dx = 2x?)\(batch)\(sign)."
  }
  if m > 1 && m == k && (close(Double(m)) || close(1 / Double(m))) {
    let direction =
      close(Double(m)) ? "\(m) times too large: a division is missing" : "\(m) times too small: one division too many"
    return "\(subject) is \(direction) (here m = K = \(m): the number of examples or of classes)\(sign)."
  }
  if m > 1 && close(Double(m)) {
    return "\(subject) is \(m) times too large: a division by m = \(m) (the number of examples) is missing\(sign)."
  }
  if m > 1 && close(1 / Double(m)) {
    return "\(subject) is \(m) times too small: one division by m = \(m) (the number of examples) too many"
      + " (dividing by m twice?)\(sign)."
  }
  if k > 1 && close(Double(k)) {
    return "\(subject) is \(k) times too large: a division by K = \(k) (the number of classes) is missing\(sign)."
  }
  if k > 1 && close(1 / Double(k)) {
    guard m > 1 else {
      return "\(subject) is \(k) times too small: one division by K = \(k) (the number of classes) too many\(sign)."
    }
    return "\(subject) is \(k) times too small: dividing by all m·K = \(m * k) entries where only the"
      + " m = \(m) rows are meant?\(sign)"
  }
  let known = m > 1 || k > 1 || sizes.elementwise
  let whole = size.rounded()
  if size > 1, abs(size - whole) < 1e-6, whole <= 1000 {
    let guess = known ? "" : " (m, the number of examples, or K, the classes?)"
    return "\(subject) is \(Int(whole)) times too large: a division by \(Int(whole)) is missing?\(guess)\(sign)"
  }
  let inverse = (1 / size).rounded()
  if size < 1, abs(1 / size - inverse) < 1e-6 * inverse, inverse <= 1000 {
    let guess = known ? "" : " (dividing by m twice, or by m·K where m is meant?)"
    return "\(subject) is \(Int(inverse)) times too small: one division by \(Int(inverse)) too many?\(guess)\(sign)"
  }
  return "\(subject) is \(formatNumber(factor)) times the expected value."
}

/// The sizes of a graded problem, so that a result off by one of them can be named: "one
/// division by m = 25, the number of examples, too many".
public struct ProblemSizes: Sendable {
  /// m, the number of examples (rows of X).
  public var examples: Int?
  /// K, the number of classes (columns of the labels).
  public var classes: Int?

  /// Sizes as far as they are known.
  public init(examples: Int? = nil, classes: Int? = nil) {
    self.examples = examples
    self.classes = classes
  }

  /// True for an entry-by-entry operation (dropout, an activation), where no m or K enters
  /// the answer: a factor is then never blamed on them.
  public var elementwise = false

  /// False where a factor between the answer and the right one would be a coincidence of the
  /// test's numbers (a graph worked by hand, a finite difference): the test's own hints say
  /// what went wrong instead.
  public var explainsFactors = true

  /// Nothing known: factors are explained in general terms.
  public static let unknown = ProblemSizes()

  /// No factor is explained: for answers with no m, K or 2 to lose (Lesson 0's graphs).
  public static let noFactors = {
    var sizes = ProblemSizes(); sizes.explainsFactors = false; return sizes
  }()

  /// An entry-by-entry operation: a factor is named, with no guess about m or K.
  public static let elementwise = {
    var sizes = ProblemSizes(); sizes.elementwise = true; return sizes
  }()
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
