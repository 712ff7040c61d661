import WorkbookBasics

/// The leaky ReLU: like ReLU, but negative inputs keep a small slope α instead of 0, so a unit
/// never stops passing gradient. PReLU learns α; randomized leaky ReLU (RReLU) draws α at random
/// while training and uses the average α at inference.
///
/// ```
/// LeakyReLU_α(z) = max(αz, z) = z if z ≥ 0, else α·z       (0 ≤ α < 1; α = 0.01 usually)
/// ```
/// - Parameters:
///   - z: any number.
///   - slope: α, the slope for negative inputs.
/// - Returns: z for z ≥ 0, α·z otherwise.
/// - Precondition: the slope is finite and ≥ 0.
public func leakyReLU(_ z: Double, slope: Double = 0.01) -> Double {
  require(
    slope >= 0 && slope.isFinite, "leakyReLU: the slope α must be a finite number ≥ 0, got \(formatNumber(slope))")
  return z >= 0 ? z : slope * z
}
