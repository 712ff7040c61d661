/// A two-feature classifier's decision regions drawn in the terminal, with the data points on
/// top: where the model answers 1 is shaded, where it answers 0 is blank.
///
/// ```
/// let plot = DecisionRegionPlot(x: -0.5...1.5, y: -0.5...1.5) { x, y in model(x, y) }
/// plot.points = [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
/// ```
public struct DecisionRegionPlot: Sendable {
  /// The range of the first feature, left to right.
  public let xRange: ClosedRange<Double>
  /// The range of the second feature, bottom to top.
  public let yRange: ClosedRange<Double>
  /// The model's class (0 or 1) at the centre of each character cell, top row first.
  public let cells: [[Int]]
  /// Labelled points drawn over the regions: ○ for class 0, ● for class 1.
  public var points: [(x: Double, y: Double, label: Int)] = []

  /// Evaluates `classify` at the centre of every character cell.
  /// - Parameters:
  ///   - x: the first feature's range.
  ///   - y: the second feature's range.
  ///   - width: characters across.
  ///   - height: lines down.
  ///   - classify: the model's class (0 or 1) at a point.
  public init(
    x: ClosedRange<Double>, y: ClosedRange<Double>, width: Int = 40, height: Int = 16,
    classify: (Double, Double) -> Int
  ) {
    require(width >= 2 && height >= 2, "DecisionRegionPlot: needs at least 2×2 characters, got \(width)×\(height)")
    require(
      [x.lowerBound, x.upperBound, y.lowerBound, y.upperBound].allSatisfy(\.isFinite)
        && (x.upperBound - x.lowerBound).isFinite && (y.upperBound - y.lowerBound).isFinite
        && x.upperBound > x.lowerBound && y.upperBound > y.lowerBound,
      "DecisionRegionPlot: the ranges must have finite ends and a finite, non-zero width, got x \(x) and y \(y)")
    xRange = x
    yRange = y
    cells = (0..<height).map { line in
      let yValue = y.upperBound - (Double(line) + 0.5) / Double(height) * (y.upperBound - y.lowerBound)
      return (0..<width).map { column in
        let xValue = x.lowerBound + (Double(column) + 0.5) / Double(width) * (x.upperBound - x.lowerBound)
        let label = classify(xValue, yValue)
        require(
          label == 0 || label == 1,
          "DecisionRegionPlot: classify(\(formatNumber(xValue)), \(formatNumber(yValue))) returned \(label); "
            + "it must return class 0 or 1")
        return label
      }
    }
  }

  /// The plot as lines of text, framed, with the ranges written on the axes.
  public func render() -> [String] {
    let height = cells.count
    let width = cells.first?.count ?? 0
    var grid = cells.map { row in row.map { $0 == 1 ? Character("░") : Character(" ") } }
    for point in points {
      let across = (point.x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(width)
      let down = (yRange.upperBound - point.y) / (yRange.upperBound - yRange.lowerBound) * Double(height)
      // A point off the plot (or NaN) is not drawn; checking before Int() keeps 1e300 from trapping.
      guard across >= 0, across < Double(width), down >= 0, down < Double(height) else { continue }
      let (column, line) = (Int(across), Int(down))
      grid[line][column] = point.label == 1 ? "●" : "○"
    }
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
}
