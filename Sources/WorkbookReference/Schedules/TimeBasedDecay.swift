import WorkbookBasics

/// Time-based (inverse) decay, continuous or, in the form Ng's course uses, in stairs.
///
/// ```
/// η(t) = η₀ / (1 + decay · ⌊t / interval⌋)
/// ```
/// With interval 1 it is the smooth η₀ / (1 + decay·t) (Keras's `InverseTimeDecay`); with an
/// interval k the rate only changes every k steps (Ng: every epoch, or every 1000 steps).
/// The division by the interval is an integer one on purpose: that is the floor.
public struct TimeBasedDecay: LearningRateSchedule {
  /// η₀, the rate at step 0.
  public let initialRate: Double
  /// How fast it decays, ≥ 0.
  public let decay: Double
  /// How many steps each stair lasts (1: smooth).
  public let interval: Int

  /// η₀ ≥ 0 decaying with `decay` ≥ 0, changing every `interval` > 0 steps.
  public init(initialRate: Double, decay: Double, every interval: Int = 1) {
    requireScheduleRate(initialRate, "η₀", "TimeBasedDecay")
    requireScheduleRate(decay, "the decay", "TimeBasedDecay")
    requirePositiveSteps(interval, "the interval", "TimeBasedDecay")
    (self.initialRate, self.decay, self.interval) = (initialRate, decay, interval)
  }

  /// E.g. "time-based (η₀ 0.1, decay 1, every 100 steps)".
  public var name: String {
    "time-based (η₀ \(formatSetting(initialRate)), decay \(formatSetting(decay))"
      + (interval == 1 ? ")" : ", every \(interval) steps)")
  }

  /// η₀ / (1 + decay·⌊t / interval⌋).
  public func rate(atStep step: Int) -> Double {
    requireStep(step, "TimeBasedDecay")
    return initialRate / (1 + decay * Double(step / interval))
  }
}
