import Foundation
import WorkbookBasics

/// Exponential decay: the rate is multiplied by `factor` every `interval` steps, smoothly.
///
/// ```
/// η(t) = η₀ · factor^(t / interval)
/// ```
/// (Keras's `ExponentialDecay`; Géron's η₀·0.1^(t/s) is factor 0.1.)
public struct ExponentialDecay: LearningRateSchedule {
  /// η₀, the rate at step 0.
  public let initialRate: Double
  /// What the rate is multiplied by over one interval, in (0, 1].
  public let factor: Double
  /// The steps of one interval.
  public let interval: Int

  /// η₀ ≥ 0 decaying by `factor` in (0, 1] every `interval` > 0 steps.
  public init(initialRate: Double, factor: Double, every interval: Int) {
    requireScheduleRate(initialRate, "η₀", "ExponentialDecay")
    require(factor > 0 && factor <= 1, "ExponentialDecay: the factor must be in (0, 1], got \(formatSetting(factor))")
    requirePositiveSteps(interval, "the interval", "ExponentialDecay")
    (self.initialRate, self.factor, self.interval) = (initialRate, factor, interval)
  }

  /// E.g. "exponential (η₀ 0.1, ×0.5 per 100 steps)".
  public var name: String {
    "exponential (η₀ \(formatSetting(initialRate)), ×\(formatSetting(factor)) per \(interval) steps)"
  }

  /// η₀ · factor^(t / interval), with a fractional exponent.
  public func rate(atStep step: Int) -> Double {
    requireStep(step, "ExponentialDecay")
    return initialRate * pow(factor, Double(step) / Double(interval))
  }
}
