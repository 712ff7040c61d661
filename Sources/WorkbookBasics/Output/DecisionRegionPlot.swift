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
    requirePlotRanges(x, y, "DecisionRegionPlot")
    xRange = x
    yRange = y
    cells = mapCellCentres(xRange: x, yRange: y, width: width, height: height) { xValue, yValue in
      let label = classify(xValue, yValue)
      require(
        label == 0 || label == 1,
        "DecisionRegionPlot: classify(\(formatNumber(xValue)), \(formatNumber(yValue))) returned \(label); "
          + "it must return class 0 or 1")
      return label
    }
  }

  /// The plot as lines of text, framed, with the ranges written on the axes.
  public func render() -> [String] {
    let height = cells.count
    let width = cells.first?.count ?? 0
    var grid = cells.map { row in row.map { $0 == 1 ? Character("░") : Character(" ") } }
    for point in points {
      guard
        let cell = gridCell(x: point.x, y: point.y, xRange: xRange, yRange: yRange, width: width, height: height)
      else { continue }
      grid[cell.line][cell.column] = point.label == 1 ? "●" : "○"
    }
    return framedGrid(grid, xRange: xRange, yRange: yRange)
  }
}
