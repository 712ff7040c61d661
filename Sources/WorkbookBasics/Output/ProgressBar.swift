import Foundation

/// A one-line progress bar for long loops (training epochs), drawn on standard error and only
/// when standard error is a terminal: redirected or captured output never contains it, so a
/// walkthrough prints the same bytes with or without one.
///
/// ```
/// let bar = ProgressBar(total: epochs, label: "training")
/// for epoch in 1...epochs { …; bar.update(epoch, detail: "loss 0.21") }
/// bar.finish()   // erases the bar
/// ```
/// The bar is redrawn in place with a carriage return and erased by `finish`, so nothing of it
/// stays on the screen. It is green on a terminal that allows colour and plain when `NO_COLOR`
/// is set.
public final class ProgressBar {
  /// How many steps make the whole.
  public let total: Int
  /// What is progressing, shown before the bar.
  public let label: String
  /// Whether the bar is drawn at all.
  public let isLive: Bool
  private let usesColour: Bool
  private let write: (String) -> Void
  private var drawn = false

  /// A bar for `total` steps.
  /// - Parameters:
  ///   - total: the number of steps, at least 1.
  ///   - label: a short word or two, e.g. "training".
  ///   - live: whether to draw (default: when standard error is a terminal).
  ///   - usesColour: whether to colour the bar (default: unless `NO_COLOR` is set).
  ///   - write: receives the escape sequences and text (default: standard error).
  public init(
    total: Int, label: String, live: Bool = isatty(STDERR_FILENO) == 1,
    usesColour: Bool = ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true,
    write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
  ) {
    require(total >= 1, "ProgressBar: the total must be at least 1, got \(total)")
    self.total = total
    self.label = label
    self.isLive = live
    self.usesColour = usesColour
    self.write = write
  }

  /// Redraws the bar at `done` of `total` steps.
  /// - Parameters:
  ///   - done: steps finished, in 0…total.
  ///   - detail: a short note after the count, e.g. the latest loss.
  public func update(_ done: Int, detail: String = "") {
    require(
      (0...total).contains(done), "ProgressBar.update: \(done) steps done is outside 0…\(total) for “\(label)”")
    guard isLive else { return }
    write("\r" + Self.line(done: done, total: total, label: label, detail: detail, usesColour: usesColour) + "\u{1B}[K")
    drawn = true
  }

  /// Erases the bar, leaving the cursor at the start of an empty line.
  public func finish() {
    guard isLive, drawn else { return }
    write("\r\u{1B}[K")
    drawn = false
  }

  /// The bar's text: "training [██████░░░░░░░░░░░░░░]  12/40 loss 0.21", 20 cells wide.
  /// - Parameters:
  ///   - done: steps finished, in 0…total.
  ///   - total: the number of steps.
  ///   - label: what is progressing.
  ///   - detail: a note after the count.
  ///   - usesColour: whether the filled cells are green.
  public static func line(done: Int, total: Int, label: String, detail: String, usesColour: Bool) -> String {
    let cells = 20
    let filled = total > 0 ? done * cells / total : cells
    let bar = String(repeating: "█", count: filled)
    let rest = String(repeating: "░", count: cells - filled)
    let coloured = usesColour ? "\u{1B}[32m\(bar)\u{1B}[0m" : bar
    let count = String(repeating: " ", count: String(total).count - String(done).count) + "\(done)/\(total)"
    return "\(label) [\(coloured)\(rest)] \(count)" + (detail.isEmpty ? "" : " " + detail)
  }
}
