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
    if message.hasSuffix("is not a valid digit in integer literal")
      || message.hasSuffix("is not a valid digit in floating point exponent")
    {
      return "A number written against a name, like `2h`, is not a product in Swift: write `2 * h`."
    }
    if message.hasPrefix("no operator '**' is defined") {
      return "Swift has no `**`: square a number with `x * x` and a Matrix entry by entry with `w * w`. "
        + "`pow(x, y)` takes two Doubles; for a Matrix, `w.map { pow($0, 3) }`."
    }
    let mathFunctions = ["sqrt", "exp", "log", "log1p", "pow", "tanh", "erf"]
    let unmatched = message.hasPrefix("no exact matches in call to global function '") ? quoted(in: message) : nil
    if message.contains("to expected argument type 'Decimal'") || mathFunctions.contains(unmatched ?? "") {
      let name = unmatched ?? "pow"
      let call = name == "pow" ? "pow($0, 3)" : name + "($0)"
      return "`\(name)` takes a Double, not a Matrix or an Int (numpy's takes arrays too): for a Matrix "
        + "apply it to every entry, `w.map { \(call) }`; convert an Int first, `Double(n)`."
    }
    if message.hasPrefix("cannot find '"), let name = quoted(in: message),
      mathFunctions.contains(name)
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

  /// Notes on lines that compile but do not mean what a Python habit meant: `count // folds`
  /// is `count` followed by a comment in Swift, so `folds` is silently dropped.
  /// - Parameters:
  ///   - lines: an exercise's lines, as in the learner's file.
  ///   - firstLine: the 1-based line number of `lines[0]`.
  /// - Returns: one "line N: …" note per suspect line, in order.
  public static func forSource(_ lines: [String], firstLine: Int) -> [String] {
    let code = lines.map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? line }
    let names = Set(code.flatMap { identifiers(in: $0) })
    var notes = [String]()
    for (offset, line) in lines.enumerated() {
      guard let slashes = line.range(of: "//"), !line.contains("\"") else { continue }
      let before = line[..<slashes.lowerBound].trimmingSpaces()
      let after = line[slashes.upperBound...].trimmingSpaces()
      guard before.contains("=") || before.hasPrefix("return "),
        let last = before.last, last.isLetter || last.isNumber || last == "_" || last == ")" || last == "]",
        !after.isEmpty, after.split(separator: " ").count <= 3,
        after.allSatisfy({ $0.isLetter || $0.isNumber || "_.()[]+-* ".contains($0) }),
        identifiers(in: after).allSatisfy({ names.contains($0) })
      else { continue }
      let expression = before.hasPrefix("return ") ? String(before.dropFirst(7)) : before
      let operand = (expression.split(separator: "=").last.map(String.init) ?? expression).trimmingSpaces()
      notes.append(
        "line \(firstLine + offset): in `\(operand) // \(after)`, `//` starts a comment in Swift, so "
          + "`\(after)` is not part of the code. Dividing two Ints with `/` already drops the fraction, "
          + "as Python's `//` does for numbers ≥ 0: write `\(operand) / \(after)`.")
    }
    return notes
  }

  /// The names in a piece of code: runs of letters, digits and `_` that start with a letter
  /// or `_`.
  static func identifiers(in code: String) -> [String] {
    code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
      .filter { $0.first.map { $0.isLetter || $0 == "_" } ?? false }
  }

  /// The first name between single quotes: "… 'W1' is a 'let' constant" → "W1".
  static func quoted(in message: String) -> String? {
    let parts = message.split(separator: "'", omittingEmptySubsequences: false)
    return parts.count >= 3 ? String(parts[1]) : nil
  }
}
