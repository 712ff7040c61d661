/// The mean of some measurements and how much they vary: the sample standard deviation
/// (dividing by n − 1) and the standard error of the mean (that over √n).
public struct SampleSummary: Sendable, Equatable {
  /// The number of measurements.
  public let count: Int
  /// Their mean.
  public let mean: Double
  /// Their sample standard deviation: how far one measurement typically lies from the mean.
  public let standardDeviation: Double

  /// How far the mean of `count` such measurements typically strays from their expectation.
  public var standardError: Double { standardDeviation / Double(count).squareRoot() }

  /// Summarises `values`.
  /// - Parameter values: at least 2 finite measurements; otherwise stops with a message naming
  ///   the problem.
  public init(_ values: [Double]) {
    require(values.count >= 2, "SampleSummary: needs at least 2 values for a spread, got \(values.count)")
    let bad = values.firstIndex { !$0.isFinite }
    require(bad == nil, "SampleSummary: value \(bad ?? 0) is \(values[bad ?? 0]), not a finite number")
    let mean = values.reduce(0, +) / Double(values.count)
    let squares = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
    self.count = values.count
    self.mean = mean
    self.standardDeviation = (squares / Double(values.count - 1)).squareRoot()
  }
}
