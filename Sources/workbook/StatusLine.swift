import Foundation

/// The one line that says what a check is doing while the learner waits. On a terminal it is
/// rewritten in place ("Checking… building 120/371") and erased at the end; in a log it is
/// printed once, so the log stays readable.
struct StatusLine {
  /// True when standard output is a terminal.
  let isTerminal: Bool
  private var shown = ""

  init(isTerminal: Bool) { self.isTerminal = isTerminal }

  /// Shows `text`: in place on a terminal; in a log, only the first time.
  mutating func show(_ text: String) {
    guard text != shown else { return }
    if isTerminal {
      FileHandle.standardOutput.write(Data("\r\u{1B}[K\(text)".utf8))
    } else if shown.isEmpty {
      print(text)
      fflush(nil)  // a log shows it while the check runs, not after
    }
    shown = text
  }

  /// Removes the line on a terminal, before the results are printed.
  mutating func clear() {
    if isTerminal && !shown.isEmpty { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
    shown = ""
  }
}
