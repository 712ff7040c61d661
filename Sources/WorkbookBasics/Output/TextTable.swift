/// A plain-text table with aligned columns: numbers right-aligned, words left-aligned.
///
/// ```
/// let table = TextTable(headers: ["θ", "J(θ)"], rows: [["-1", "9.3333"], ["0", "2.3333"]])
/// print(table.render())
/// ```
public struct TextTable: Sendable {
  /// The column titles.
  public var headers: [String]
  /// The cells, row by row; every row as long as `headers`.
  public var rows: [[String]]

  /// A table with the given titles and cells.
  /// - Precondition: every row has as many cells as there are headers.
  public init(headers: [String], rows: [[String]]) {
    self.headers = headers
    self.rows = rows
    requireValid()
  }

  /// Checked again by `render`, since the rows can be changed after `init`.
  private func requireValid() {
    for (index, row) in rows.enumerated() {
      require(
        row.count == headers.count,
        "TextTable: row \(index) has \(row.count) cells but there are \(headers.count) headers")
    }
  }

  /// The table as lines of text, with a rule under the header.
  public func render() -> [String] {
    requireValid()
    let widths = headers.indices.map { column in
      ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
    }
    let numeric = headers.indices.map { column in
      rows.allSatisfy { row in Self.looksNumeric(row[column]) }
    }
    func line(_ cells: [String]) -> String {
      cells.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - cells[column].count)
        return numeric[column] ? padding + cells[column] : cells[column] + padding
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return [line(headers), rule] + rows.map(line)
  }

  private static func looksNumeric(_ cell: String) -> Bool {
    guard let first = cell.first else { return true }
    return first.isNumber || first == "-" || first == "+" || first == "∞" || first == "·" || cell == "NaN"
  }
}

extension String {
  /// The string without spaces at its end (a left-aligned last column pads with them).
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
