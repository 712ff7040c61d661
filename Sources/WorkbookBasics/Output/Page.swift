/// Where a walkthrough section writes: paragraphs wrapped to the terminal, matrices with their
/// shape, tables, plots, checks and errata, in one consistent style.
///
/// A section never calls `print` itself, so the style (colour or not) is decided once.
public struct Page {
  /// The colours in use.
  public let style: TerminalStyle
  /// How wide paragraphs are wrapped, in characters.
  public let width: Int
  /// How many `check` calls failed so far (the walkthrough then exits with status 1).
  public private(set) var failedChecks = 0
  private let write: (String) -> Void

  /// A page writing lines through `write`.
  /// - Parameters:
  ///   - style: the colours.
  ///   - width: the wrap width.
  ///   - write: receives each finished line (default: standard output).
  public init(style: TerminalStyle, width: Int = 80, write: @escaping (String) -> Void = { print($0) }) {
    self.style = style
    self.width = width
    self.write = write
  }

  /// Writes one line as it is.
  public func line(_ text: String = "") { write(text) }

  /// Writes text indented by two spaces and wrapped to `width`, with no blank line after it:
  /// a step or a caption between matrices and tables.
  /// - Parameter text: the text; a "\n" starts a new line inside it.
  public func text(_ text: String) {
    for line in wrap(text, indent: "  ", hangingIndent: "  ") { write(line) }
  }

  /// Writes a paragraph wrapped to `width`, followed by a blank line.
  /// - Parameter text: the paragraph; a "\n" starts a new line inside it.
  public func paragraph(_ text: String) {
    for line in wrap(text, indent: "", hangingIndent: "") { write(line) }
    write("")
  }

  /// Writes a list, one item per bullet ("  • "), each wrapped with a hanging indent,
  /// followed by a blank line.
  /// - Parameter items: the items, in order.
  public func bullets(_ items: [String]) {
    for item in items {
      for line in wrap(item, indent: "  • ", hangingIndent: "    ") { write(line) }
    }
    write("")
  }

  /// Writes `label = value`, indented, with the number in the workbook's format.
  /// - Parameters:
  ///   - label: what the number is.
  ///   - value: the number.
  ///   - note: an optional remark after the number.
  public func value(_ label: String, _ value: Double, note: String? = nil) {
    let remark = note.map { "   " + style.dim($0) } ?? ""
    write("  \(label) = \(formatNumber(value))\(remark)")
  }

  /// Writes a matrix with its name and shape, one row per line, numpy style.
  /// - Parameters:
  ///   - name: what the matrix is, e.g. "X".
  ///   - matrix: the matrix.
  ///   - maxRows: rows shown before the rest is summarised as "…".
  public func matrix(_ name: String, _ matrix: Matrix, maxRows: Int = 8) {
    require(maxRows >= 0, "Page.matrix: maxRows cannot be negative, got \(maxRows)")
    write("  \(name)  (\(matrix.shapeDescription))")
    let cells = matrix.values.map { formatNumber($0) }
    let cellWidth = cells.map(\.count).max() ?? 0
    let shownRows = Swift.min(matrix.rows, maxRows)
    for row in 0..<shownRows {
      let entries = (0..<matrix.columns).map { column -> String in
        let cell = cells[row * matrix.columns + column]
        return String(repeating: " ", count: cellWidth - cell.count) + cell
      }
      write("    [ " + entries.joined(separator: "  ") + " ]")
    }
    if shownRows < matrix.rows { write("    … \(matrix.rows - shownRows) more rows") }
  }

  /// Writes lines of code or of a file as they are, indented by four spaces, with a blank line
  /// after them.
  /// - Parameter lines: the lines, without their indent.
  public func code(_ lines: [String]) {
    for line in lines { write(line.isEmpty ? "" : "    " + line) }
    write("")
  }

  /// Writes a table, indented.
  public func table(_ table: TextTable) {
    for line in table.render() { write("  " + line) }
  }

  /// Writes a plot, indented.
  public func plot(_ plot: LinePlot) {
    for line in plot.render(fittingIn: width - 2) { write("  " + line) }
  }

  /// Writes a bar chart, indented.
  public func bars(_ chart: BarChart) {
    for line in chart.render() { write("  " + line) }
  }

  /// Writes small pictures side by side with their captions, indented, four to a row.
  /// - Parameters:
  ///   - images: the pictures.
  ///   - captions: one short line under each.
  public func images(_ images: [GreyscaleImage], captions: [String]) {
    require(
      captions.count == images.count,
      "Page.images: \(images.count) images but \(captions.count) captions — give one caption per image")
    blocks(images.map { $0.render() }, captions: captions, perRow: 4)
  }

  /// Writes blocks of text (small plots, pictures) side by side, indented, with captions.
  /// - Parameters:
  ///   - blocks: the blocks, each a list of lines.
  ///   - captions: one short line under each, or nil.
  ///   - perRow: blocks per row.
  public func blocks(_ blocks: [[String]], captions: [String]? = nil, perRow: Int) {
    for line in sideBySide(blocks, captions: captions, perRow: perRow) { write(line.isEmpty ? "" : "  " + line) }
  }

  /// Writes a self-check of the walkthrough: ✓ when it holds, ✗ (and a failing exit status)
  /// when it does not.
  /// - Parameters:
  ///   - claim: what is being checked.
  ///   - holds: whether it holds.
  ///   - detail: the measured numbers behind it.
  public mutating func check(_ claim: String, holds: Bool, detail: String) {
    if !holds { failedChecks += 1 }
    let mark = holds ? style.success("✓") : style.failure("✗ CHECK FAILED:")
    for line in wrap("\(claim): \(detail)", indent: "  \(mark) ", hangingIndent: "    ") { write(line) }
  }

  /// Writes an erratum: where the course notes are wrong, and the right value.
  /// - Parameter text: what the notes say, what is right, and why.
  public func errata(_ text: String) {
    for line in wrap(text, indent: "  " + style.warning("Errata:") + " ", hangingIndent: "          ") { write(line) }
    write("")
  }

  /// Marks the lines written by `timing`: the one part of a walkthrough that differs between
  /// runs, so a test comparing two runs drops the lines that contain it.
  public static let timingMarker = "⏱"

  /// Writes a live measurement, on a line of its own marked with `timingMarker`.
  /// - Parameter text: what was measured and the result, e.g. "loop: 12.4 ms".
  public func timing(_ text: String) {
    write("  \(Self.timingMarker) \(text)")
  }

  /// Writes a side note, set off from the main text.
  public func note(_ text: String) {
    for line in wrap(text, indent: "  " + style.bold("Note:") + " ", hangingIndent: "        ") { write(line) }
    write("")
  }

  /// Breaks text into lines of at most `width` columns at spaces. `indent` starts the first
  /// line (its escape codes do not count towards the width), `hangingIndent` the others.
  func wrap(_ text: String, indent: String, hangingIndent: String) -> [String] {
    TextWrapping.wrap(text, width: width, indent: indent, hangingIndent: hangingIndent)
  }
}
