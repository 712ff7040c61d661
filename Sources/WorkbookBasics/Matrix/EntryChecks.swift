/// Checks on the entries of an argument, shared by every function that must not turn a NaN,
/// an infinity or an empty batch into a number that looks like an answer.
extension Matrix {
  /// The first entry, in reading order, that is NaN or ±∞, with its place; `nil` when every
  /// entry is finite.
  public var firstNonFiniteEntry: (row: Int, column: Int, value: Double)? {
    // The vectorised check first: data and outputs are checked on every step, and are
    // almost always finite.
    guard !isFinite, let index = values.firstIndex(where: { !$0.isFinite }) else { return nil }
    return (index / columns, index % columns, values[index])
  }
}

/// Stops with a message naming `operation`, the argument and the first entry of `matrix` that
/// is NaN or ±∞, e.g. `meanSquaredError: predicted [2, 0] is NaN`.
/// - Parameters:
///   - matrix: the argument to check.
///   - operation: the function being called, as the learner wrote it.
///   - argument: the argument's name in that call.
///   - cause: what usually puts such a value there, appended after a semicolon.
public func requireFinite(
  _ matrix: Matrix, _ operation: String, _ argument: String, cause: String = "",
  file: StaticString = #fileID, line: UInt = #line
) {
  guard let entry = matrix.firstNonFiniteEntry else { return }
  fatalError(
    "\(operation): \(argument) [\(entry.row), \(entry.column)] is \(formatNumber(entry.value))"
      + (cause.isEmpty ? "" : "; \(cause)"), file: file, line: line)
}

/// Stops with a message naming `operation` and the argument when `value` is NaN or ±∞.
/// - Parameters:
///   - value: the argument to check.
///   - operation: the function being called.
///   - argument: the argument's name in that call.
public func requireFinite(
  _ value: Double, _ operation: String, _ argument: String, file: StaticString = #fileID, line: UInt = #line
) {
  require(
    value.isFinite, "\(operation): \(argument) must be a finite number, got \(formatNumber(value))",
    file: file, line: line)
}

/// Stops with a message naming `operation` when a batch has no rows (or no entries): a mean
/// over nothing is 0/0, which would come back as NaN or, worse, as 0.
/// - Parameters:
///   - batch: the argument to check.
///   - operation: the function being called.
///   - argument: the argument's name in that call.
public func requireNonEmptyBatch(
  _ batch: Matrix, _ operation: String, _ argument: String, file: StaticString = #fileID, line: UInt = #line
) {
  require(
    batch.count > 0,
    "\(operation): \(argument) is \(batch.shapeDescription), an empty batch; a mean over no examples "
      + "is 0/0, so at least one row (and one column) is needed", file: file, line: line)
}

/// The number of entries of a `rows` × `columns` matrix, stopping with a message naming
/// `operation` when a size is negative or the product does not fit in an `Int`.
/// - Parameters:
///   - rows: the number of rows asked for.
///   - columns: the number of columns asked for.
///   - operation: the function being called.
public func entryCount(rows: Int, columns: Int, _ operation: String) -> Int {
  require(rows >= 0 && columns >= 0, "\(operation): a shape cannot be negative, got \(rows)×\(columns)")
  let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
  require(!overflow, "\(operation): a \(rows)×\(columns) matrix has more entries than an Int can count")
  return count
}
