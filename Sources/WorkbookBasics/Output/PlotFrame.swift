/// A grid of characters in a box, with the top and bottom of the vertical range written on the
/// left and the ends of the horizontal range underneath: the frame of `DecisionRegionPlot` and
/// `ContourPlot`.
/// - Parameters:
///   - grid: the characters, top line first.
///   - xRange: the horizontal range, left to right.
///   - yRange: the vertical range, bottom to top.
/// - Returns: the framed lines.
func framedGrid(_ grid: [[Character]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) -> [String] {
  let height = grid.count
  let width = grid.first?.count ?? 0
  let top = formatNumber(yRange.upperBound, decimals: 1)
  let bottom = formatNumber(yRange.lowerBound, decimals: 1)
  let margin = Swift.max(top.count, bottom.count)
  func pad(_ text: String) -> String { String(repeating: " ", count: margin - text.count) + text }
  var lines = [pad("") + " ┌" + String(repeating: "─", count: width) + "┐"]
  for (index, row) in grid.enumerated() {
    let label = index == 0 ? top : index == height - 1 ? bottom : ""
    lines.append(pad(label) + " │" + String(row) + "│")
  }
  lines.append(pad("") + " └" + String(repeating: "─", count: width) + "┘")
  let left = formatNumber(xRange.lowerBound, decimals: 1)
  let right = formatNumber(xRange.upperBound, decimals: 1)
  let gap = Swift.max(1, width + 2 - left.count - right.count)
  lines.append(pad("") + " " + left + String(repeating: " ", count: gap) + right)
  return lines
}

/// The cell (column, line) of a grid `width` × `height` over the ranges that holds (x, y), or
/// nil off the plot (or for NaN). Checking before `Int()` keeps 1e300 from trapping.
func gridCell(
  x: Double, y: Double, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, width: Int, height: Int
) -> (column: Int, line: Int)? {
  let across = (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(width)
  let down = (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * Double(height)
  guard across >= 0, across < Double(width), down >= 0, down < Double(height) else { return nil }
  return (Int(across), Int(down))
}

/// Stops with a message naming `plot` unless the ranges have finite ends and a finite,
/// non-zero width.
func requirePlotRanges(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>, _ plot: String) {
  require(
    [x.lowerBound, x.upperBound, y.lowerBound, y.upperBound].allSatisfy(\.isFinite)
      && (x.upperBound - x.lowerBound).isFinite && (y.upperBound - y.lowerBound).isFinite
      && x.upperBound > x.lowerBound && y.upperBound > y.lowerBound,
    "\(plot): the ranges must have finite ends and a finite, non-zero width, got x \(x) and y \(y)")
}

/// `body` at the centre of every cell of a `width` × `height` grid over the ranges, top line
/// first, left to right.
func mapCellCentres<T>(
  xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, width: Int, height: Int,
  _ body: (Double, Double) -> T
) -> [[T]] {
  (0..<height).map { line in
    let y = yRange.upperBound - (Double(line) + 0.5) / Double(height) * (yRange.upperBound - yRange.lowerBound)
    return (0..<width).map { column in
      body(xRange.lowerBound + (Double(column) + 0.5) / Double(width) * (xRange.upperBound - xRange.lowerBound), y)
    }
  }
}
