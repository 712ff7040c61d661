/// Measuring and wrapping text for a terminal of a given width: one rule shared by the
/// walkthroughs' pages and the companion's messages.
public enum TextWrapping {
  /// The columns `text` takes on a terminal: one per character (a letter with a combining
  /// accent, like x̂, is one character), ANSI colour codes not counted.
  public static func displayWidth(_ text: some StringProtocol) -> Int {
    var width = 0
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        width += 1
      }
    }
    return width
  }

  /// Breaks `text` into lines of at most `width` columns at spaces; each "\n" in it starts a
  /// new line. A word longer than a whole line gets a line of its own (it is never cut), and a
  /// lone operator (`×`, `−`, `=` …) stays on the line of both its neighbours, so that
  /// "n × 1" or "1 − y" is never split.
  /// - Parameters:
  ///   - text: the text, e.g. a failure message.
  ///   - width: the largest line width, e.g. 80.
  ///   - indent: starts the first line (its colour codes do not count towards the width).
  ///   - hangingIndent: starts every other line.
  /// - Returns: the lines, without line breaks.
  public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String = "") -> [String] {
    var lines = [String]()
    for (number, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let start = number == 0 ? indent : hangingIndent
      var current = start
      var currentWidth = displayWidth(start)
      var lineIsEmpty = true
      for word in unbreakableUnits(of: paragraph) {
        let wordWidth = displayWidth(word)
        if !lineIsEmpty && currentWidth + 1 + wordWidth > width {
          lines.append(current)
          current = hangingIndent
          currentWidth = displayWidth(hangingIndent)
          lineIsEmpty = true
        }
        if !lineIsEmpty {
          current += " "
          currentWidth += 1
        }
        current += word
        currentWidth += wordWidth
        lineIsEmpty = false
      }
      lines.append(current)
    }
    return lines
  }

  /// The operators that bind the words on each side of them.
  static let binding: Set<Substring> = ["×", "·", "−", "-", "+", "=", "≈", "/", "→", "≤", "≥", "<", ">"]

  /// The longest list in brackets kept on one line, such as "max(z, 0)" or "(0, 800, 400)".
  static let longestBracketGroup = 24

  /// The words of `paragraph`, joined where a line must not break: a lone operator with the
  /// words before and after it, the words of a `code span`, and a short group whose bracket is
  /// still open.
  static func unbreakableUnits(of paragraph: Substring) -> [String] {
    var units = [String]()
    var joinNext = false
    for word in paragraph.split(separator: " ") {
      if let last = units.last, binding.contains(word) || joinNext || holdsOpenGroup(last, adding: word) {
        units[units.count - 1] = last + " " + word
        joinNext = binding.contains(word)
      } else {
        units.append(String(word))
        joinNext = false
      }
    }
    return units
  }

  /// True when `unit` has an unclosed code span, or is a short list in brackets still open
  /// after a comma ("max(z," or "[0,"), which stays short with `word` added. An aside in
  /// parentheses, "(fixed in …", has no comma there and wraps as usual.
  private static func holdsOpenGroup(_ unit: String, adding word: Substring) -> Bool {
    if unit.filter({ $0 == "`" }).count % 2 == 1 { return true }
    let open = unit.filter { $0 == "(" || $0 == "[" }.count
    let closed = unit.filter { $0 == ")" || $0 == "]" }.count
    return open > closed && unit.hasSuffix(",") && unit.count + 1 + word.count <= longestBracketGroup
  }
}
