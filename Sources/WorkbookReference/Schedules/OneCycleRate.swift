import Foundation
import WorkbookBasics

/// The one-cycle policy (Smith, "A disciplined approach to neural network hyper-parameters",
/// 2018; after Smith and Topin, "Super-convergence", 2017): warm up from a low rate to η_max,
/// then anneal to far below the start. Note 002 calls it the state of the art for SGD. Smith
/// also cycles the momentum the other way (0.95 → 0.85 → 0.95); this schedule is the rate only.
///
/// ```
/// warm-up, t ≤ T_up = round(f·T):  η rises from η_max/d₁ to η_max   along half a cosine
/// then, to t = T:                  η falls from η_max to η_max/(d₁·d₂) along half a cosine
/// ```
/// PyTorch's `OneCycleLR` with cosine annealing. Defaults as there: warm-up fraction f = 0.3,
/// d₁ = 25, d₂ = 10⁴. After T the rate stays at its floor.
public struct OneCycleRate: LearningRateSchedule {
  /// η_max, the peak.
  public let maximumRate: Double
  /// T, the steps of the whole cycle.
  public let steps: Int
  /// f, the share of T spent warming up.
  public let warmUpFraction: Double
  /// d₁: the cycle starts at η_max/d₁.
  public let startDivisor: Double
  /// d₂: it ends at η_max/(d₁·d₂).
  public let endDivisor: Double

  /// A cycle peaking at η_max ≥ 0 over T ≥ 2 steps.
  public init(
    maximumRate: Double, steps: Int, warmUpFraction: Double = 0.3, startDivisor: Double = 25, endDivisor: Double = 1e4
  ) {
    requireScheduleRate(maximumRate, "η_max", "OneCycleRate")
    require(steps >= 2, "OneCycleRate: a cycle needs at least 2 steps (up and down), got \(steps)")
    require(
      warmUpFraction > 0 && warmUpFraction < 1,
      "OneCycleRate: the warm-up fraction must be in (0, 1), got \(formatSetting(warmUpFraction))")
    require(
      startDivisor >= 1 && endDivisor >= 1 && startDivisor.isFinite && endDivisor.isFinite,
      "OneCycleRate: the divisors must be finite and ≥ 1, got \(formatSetting(startDivisor)) and "
        + formatSetting(endDivisor))
    (self.maximumRate, self.steps, self.warmUpFraction) = (maximumRate, steps, warmUpFraction)
    (self.startDivisor, self.endDivisor) = (startDivisor, endDivisor)
  }

  /// The last step of the warm-up, between 1 and T − 1.
  public var peakStep: Int { min(max(Int((warmUpFraction * Double(steps)).rounded()), 1), steps - 1) }

  /// E.g. "one-cycle (η_max 0.1, peak at step 150 of 500)".
  public var name: String { "one-cycle (η_max \(formatSetting(maximumRate)), peak at step \(peakStep) of \(steps))" }

  /// Up along half a cosine to the peak, then down along another.
  public func rate(atStep step: Int) -> Double {
    requireStep(step, "OneCycleRate")
    let start = maximumRate / startDivisor
    let end = start / endDivisor
    /// From `from` to `to` along half a cosine, `progress` of the way (0…1).
    func anneal(_ from: Double, _ to: Double, _ progress: Double) -> Double {
      to + 0.5 * (from - to) * (1 + cos(Double.pi * progress))
    }
    if step <= peakStep { return anneal(start, maximumRate, Double(step) / Double(peakStep)) }
    let progress = Double(min(step, steps) - peakStep) / Double(steps - peakStep)
    return anneal(maximumRate, end, progress)
  }
}
