/// Stops the program with `message` when `condition` is false.
///
/// The library is compiled with `-O`, where `precondition` drops its message and prints only
/// "precondition failure". `fatalError` keeps the message, so every shape and argument check
/// in the workbook goes through this function: the learner always sees what went wrong,
/// e.g. `matmul: 3×2 · 3×1 — inner sizes 2 and 3 differ`.
///
/// - Parameters:
///   - condition: what must hold.
///   - message: what went wrong, naming the operation and the shapes involved.
@inline(__always)
public func require(
  _ condition: Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition { fatalError(message(), file: file, line: line) }
}
