import WorkbookBasics

/// The learning rate η as a function of the step: a value that can be asked for any step and
/// plotted.
///
/// `step` counts the updates already taken: 0 for the first update. A trainer asks for the
/// rate at its optimizer's step count, so a schedule continues across calls that train one
/// epoch at a time.
public protocol LearningRateSchedule: Sendable {
  /// The schedule and its settings, e.g. "exponential (η₀ 0.1, ×0.5 per 100 steps)".
  var name: String { get }

  /// η for the update that follows `step` updates (step ≥ 0).
  func rate(atStep step: Int) -> Double
}

/// Stops with a message naming `schedule` unless `rate` is finite and ≥ 0.
func requireScheduleRate(_ rate: Double, _ what: String, _ schedule: String) {
  require(rate >= 0 && rate.isFinite, "\(schedule): \(what) must be a finite number ≥ 0, got \(formatSetting(rate))")
}

/// Stops with a message naming `schedule` unless `count` > 0.
func requirePositiveSteps(_ count: Int, _ what: String, _ schedule: String) {
  require(count > 0, "\(schedule): \(what) must be at least 1 step, got \(count)")
}

/// Stops with a message naming `schedule` unless `step` ≥ 0.
func requireStep(_ step: Int, _ schedule: String) {
  require(step >= 0, "\(schedule).rate(atStep:): the step counts updates taken, so it is ≥ 0; got \(step)")
}

/// The same η at every step: what `train(learningRate:)` uses.
public struct ConstantRate: LearningRateSchedule {
  /// η.
  public let rate: Double

  /// A constant η ≥ 0.
  public init(_ rate: Double) {
    requireScheduleRate(rate, "η", "ConstantRate")
    self.rate = rate
  }

  /// E.g. "constant (η 0.1)".
  public var name: String { "constant (η \(formatSetting(rate)))" }

  /// η.
  public func rate(atStep step: Int) -> Double {
    requireStep(step, "ConstantRate")
    return rate
  }
}
