import WorkbookBasics

/// Step decay, or any piecewise-constant schedule: rates[0] until the first boundary, then
/// rates[1] until the next, and so on.
///
/// ```
/// η(t) = rates[i]   where i = the number of boundaries ≤ t
/// ```
/// E.g. boundaries [1000, 2000], rates [0.1, 0.01, 0.001]: the rate divided by 10 at steps
/// 1000 and 2000.
public struct PiecewiseConstantRate: LearningRateSchedule {
  /// The steps at which the rate changes, increasing.
  public let boundaries: [Int]
  /// One more rate than boundaries.
  public let rates: [Double]

  /// A schedule from increasing boundaries (> 0) and one more rate than boundaries.
  public init(boundaries: [Int], rates: [Double]) {
    require(
      rates.count == boundaries.count + 1,
      "PiecewiseConstantRate: \(boundaries.count) boundaries need \(boundaries.count + 1) rates, got \(rates.count)")
    require(
      zip(boundaries, boundaries.dropFirst()).allSatisfy { $0 < $1 } && (boundaries.first ?? 1) > 0,
      "PiecewiseConstantRate: the boundaries must be increasing steps > 0, got \(boundaries)")
    for rate in rates { requireScheduleRate(rate, "every rate", "PiecewiseConstantRate") }
    (self.boundaries, self.rates) = (boundaries, rates)
  }

  /// E.g. "piecewise (0.1 until 1000, 0.01 until 2000, then 0.001)".
  public var name: String {
    let pieces = zip(rates, boundaries).map { "\(formatSetting($0)) until \($1)" }
    return "piecewise (" + (pieces + ["then \(formatSetting(rates[rates.count - 1]))"]).joined(separator: ", ") + ")"
  }

  /// The rate of the piece that `step` falls in.
  public func rate(atStep step: Int) -> Double {
    requireStep(step, "PiecewiseConstantRate")
    return rates[boundaries.filter { $0 <= step }.count]
  }
}
