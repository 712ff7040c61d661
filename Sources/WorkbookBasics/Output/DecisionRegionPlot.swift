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
      [x.lowerBound, x.upperBound, y.lowerBound, y.upperBound].allSatisfy(\.isFinite),
      "DecisionRegionPlot: the ranges must have finite ends, got x \(x) and y \(y)")
    xRange = x
    yRange = y
    cells = (0..<height).map { line in
      let yValue = y.upperBound - (Double(line) + 0.5) / Double(height) * (y.upperBound - y.lowerBound)
      return (0..<width).map { column in
        classify(x.lowerBound + (Double(column) + 0.5) / Double(width) * (x.upperBound - x.lowerBound), yValue)
      }
    }
  }

  /// The plot as lines of text, framed, with the ranges written on the axes.
  public func render() -> [String] {
    let height = cells.count
    let width = cells.first?.count ?? 0
    var grid = cells.map { row in row.map { $0 == 1 ? Character("░") : Character(" ") } }
    for point in points {
      let column = Int(
        ((point.x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(width)).rounded(.down))
      let line = Int(
        ((yRange.upperBound - point.y) / (yRange.upperBound - yRange.lowerBound) * Double(height)).rounded(.down))
      guard (0..<width).contains(column), (0..<height).contains(line) else { continue }
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
