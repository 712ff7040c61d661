import Foundation

/// Whether and how to colour output: only when standard output is a terminal and the
/// `NO_COLOR` environment variable is unset or empty (https://no-color.org).
public struct TerminalStyle: Sendable {
  /// True when ANSI colour codes are written.
  public let usesColour: Bool

  /// Decides from the environment: colour on a TTY unless `NO_COLOR` is set.
  public static func detect() -> TerminalStyle {
    let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return TerminalStyle(usesColour: isatty(STDOUT_FILENO) == 1 && !noColour)
  }

  /// A style that colours (or not) as told.
  public init(usesColour: Bool) { self.usesColour = usesColour }

  /// Bold text, for headings.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dim text, for asides.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Yellow text, for errata.
  public func warning(_ text: String) -> String { wrap(text, "33") }
  /// Green text, for checks that pass.
  public func success(_ text: String) -> String { wrap(text, "32") }
  /// Red text, for checks that fail.
  public func failure(_ text: String) -> String { wrap(text, "31") }

  private func wrap(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
