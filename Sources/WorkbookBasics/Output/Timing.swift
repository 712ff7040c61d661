/// The wall-clock time of the fastest of several runs of `body`, in seconds.
///
/// Taking the fastest run filters out one-off delays (a cold cache, another process); it is
/// the usual way to time short code (Python's `timeit` reports the same).
/// - Parameters:
///   - repeats: how many times to run `body`.
///   - body: the code to time.
/// - Returns: the shortest of the measured times, in seconds.
/// - Precondition: `repeats` ≥ 1.
public func fastestTime(of repeats: Int, _ body: () -> Void) -> Double {
  require(repeats >= 1, "fastestTime: needs at least one run, got \(repeats)")
  let clock = ContinuousClock()
  var fastest = Double.infinity
  for _ in 0..<repeats {
    let elapsed = clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    fastest = Swift.min(fastest, seconds)
  }
  return fastest
}

/// A duration in a readable unit: "830 µs", "12.4 ms", "1.52 s".
/// - Parameter seconds: the duration.
public func formatDuration(_ seconds: Double) -> String {
  require(
    seconds >= 0 && seconds.isFinite,
    "formatDuration: a duration must be a finite number ≥ 0, got \(formatNumber(seconds))")
  switch seconds {
  case ..<1e-3: return "\(formatFixed(seconds * 1e6, decimals: 0)) µs"
  case ..<1: return "\(formatFixed(seconds * 1e3, decimals: 1)) ms"
  default: return "\(formatFixed(seconds, decimals: 2)) s"
  }
}
