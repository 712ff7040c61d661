/// One line in plain words, with the fix, under a compiler error or a crash that someone
/// coming from Python meets in Swift. The compiler's own message stays above it: this only
/// translates.
public enum PlainAdvice {
  /// Advice for a compiler error, or nil when it is not one of the common ones.
  /// - Parameter message: the error's message, e.g. "cannot assign to value: 'W1' is a 'let'
  ///   constant".
  public static func forCompilerError(_ message: String) -> String? {
    if message.hasPrefix("'try' cannot appear to the right of a non-assignment operator") {
      return "In Swift `try` goes at the front of the whole expression: write `try a + f(x)`, not `a + try f(x)`."
    }
    if message.contains("is a 'let' constant") {
      let name = quoted(in: message.components(separatedBy: ": ").last ?? message) ?? "x"
      return "If you declared it with `let`, make it `var`. A parameter or a `for` loop variable is "
        + "always a constant: copy it into a variable first, `var \(name) = \(name)`."
    }
    if message.contains("requires that 'Double' conform to 'SignedInteger'") {
      return "A range to loop over (`0..<n`) needs Ints, and this one has a Double: loop up to an Int "
        + "count, or convert with `Int(n)`."
    }
    if message.hasPrefix("cannot convert value of type 'Double' to expected argument type 'Int'") {
      return "An index or a count must be an Int: compute it with Ints, or convert with `Int(x)` "
        + "(which drops the fraction)."
    }
    if message.hasPrefix("cannot convert value of type"), message.contains("Int"), message.contains("Double") {
      return "Swift never mixes Int and Double, nor converts one into the other by itself: convert it, "
        + "`Double(m)` or `Double(values.count)`."
    }
    if message.hasPrefix("binary operator"),
      message.contains("'Double' and 'Int'") || message.contains("'Int' and 'Double'")
    {
      return "Both sides of an operator must have the same type: write `Double(n)` for the Int side."
    }
    if message.hasPrefix("call can throw but is not marked with 'try'") {
      return "Write `try` in front of the call. Not the compiler's other suggestions, `try?` or `try!`: "
        + "`try?` turns an error into nil and hides it, `try!` crashes."
    }
    if message.hasPrefix("errors thrown from here are not handled") {
      return "Only a function marked `throws` may use `try` without catching: add `throws` to your "
        + "helper's declaration (the exercises already have it), and `try` where it is called."
    }
    if message.hasPrefix("value of optional type"), message.contains("must be unwrapped") {
      return "This value is optional. From `.max()` or `.first` (nil for an empty array): use "
        + "`values.reduce(-Double.infinity, max)`, or give a default with `?? value`. From `try?`: use "
        + "plain `try`, so that an error reaches the grader instead of turning into nil."
    }
    if message.hasPrefix("missing return in") {
      return "The function ends without returning: write `return value` on its last line (only a "
        + "body that is a single expression may leave `return` out)."
    }
    if message.hasPrefix("binary operator"),
      message.contains("'Int' and 'Matrix'") || message.contains("'Matrix' and 'Int'")
    {
      return "A Matrix combines with Doubles, not Ints: write `Double(m) * X` (a literal such as `2 * X` "
        + "is fine, Swift reads it as a Double)."
    }
    if message == "cannot find 'range' in scope" {
      return "Swift has no range(): `for i in 0..<n` loops over 0 to n − 1, and `stride(from: 0, to: n, by: k)` "
        + "steps by k."
    }
    if message == "cannot find 'len' in scope" {
      return "Swift has no len(): an array has `.count`; a Matrix has `.rows`, `.columns` and `.count`."
    }
    if message.hasPrefix("cannot find '"), let name = quoted(in: message),
      ["sqrt", "exp", "log", "log1p", "pow", "tanh", "erf"].contains(name)
    {
      return "`\(name)` comes from Foundation: put `import Foundation` at the top of the file."
    }
    return nil
  }

  /// Advice for a runtime crash, or nil when it is not one of the common ones.
  /// - Parameter message: the runtime's message, e.g. "Fatal error: Index out of range".
  public static func forCrash(_ message: String) -> String? {
    if message.contains("Index out of range") {
      return "An index went past the end of an array, or below 0. Note that `0...n` includes n: "
        + "a loop over n items is `for i in 0..<n`."
    }
    if message.contains("Range requires lowerBound <= upperBound") {
      return "A range `a...b` or `a..<b` with b below a, such as `0...n - 1` when n is 0: write `0..<n`."
    }
    if message.contains("Division by zero") {
      return "An integer division by zero: is a count 0 here? (Double division gives ∞ instead.)"
    }
    if message.contains("Unexpectedly found nil") {
      return "A `!` met nil: unwrap with `if let` or `guard let` instead, and handle the nil case."
    }
    if message.contains("arithmetic overflow") {
      return "An Int calculation went past Int.max (about 9.2·10¹⁸): a product or a power computed with "
        + "Ints where a Double was meant?"
    }
    return nil
  }

  /// The first name between single quotes: "… 'W1' is a 'let' constant" → "W1".
  static func quoted(in message: String) -> String? {
    let parts = message.split(separator: "'", omittingEmptySubsequences: false)
    return parts.count >= 3 ? String(parts[1]) : nil
  }
}
