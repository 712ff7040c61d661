import Foundation
import WorkbookBasics

/// Cosine annealing (Loshchilov and Hutter, "SGDR", 2017, without restarts): from η₀ down to a
/// floor along half a cosine, then flat.
///
/// ```
/// η(t) = η_min + ½·(η₀ − η_min)·(1 + cos(π·min(t, T) / T))
/// ```
public struct CosineDecay: LearningRateSchedule {
  /// η₀, the rate at step 0.
  public let initialRate: Double
  /// η_min, the rate from step T on.
  public let minimumRate: Double
  /// T, the steps of the descent.
  public let steps: Int

  /// From η₀ to η_min (both ≥ 0) over T > 0 steps.
  public init(initialRate: Double, minimumRate: Double = 0, steps: Int) {
    requireScheduleRate(initialRate, "η₀", "CosineDecay")
    requireScheduleRate(minimumRate, "η_min", "CosineDecay")
    requirePositiveSteps(steps, "T", "CosineDecay")
    (self.initialRate, self.minimumRate, self.steps) = (initialRate, minimumRate, steps)
  }

  /// E.g. "cosine (η₀ 0.1 → 0 over 500 steps)".
  public var name: String {
    "cosine (η₀ \(formatSetting(initialRate)) → \(formatSetting(minimumRate)) over \(steps) steps)"
  }

  /// Half a cosine from η₀ to η_min, then η_min.
  public func rate(atStep step: Int) -> Double {
    requireStep(step, "CosineDecay")
    let progress = Double(min(step, steps)) / Double(steps)
    return minimumRate + 0.5 * (initialRate - minimumRate) * (1 + cos(Double.pi * progress))
  }
}
