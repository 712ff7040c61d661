import Foundation

/// Uniform and normal numbers, permutations and shuffles, written out here (not taken from the
/// standard library) so that their results are fixed by the generator alone.
extension RandomNumberGenerator {
  /// A uniform number in [0, 1), built from the top 53 bits of `next()`.
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform number in `range`.
  /// - Parameter range: the interval [lowerBound, upperBound).
  public mutating func nextUniform(in range: Range<Double>) -> Double {
    requireUsableRange(range, "nextUniform(in:)")
    return range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
  }

  /// A normal (Gaussian) number by the Box–Muller transform.
  ///
  /// ```
  /// z = √(−2 ln u₁) · cos(2π u₂),  u₁ ∈ (0, 1], u₂ ∈ [0, 1)
  /// ```
  /// - Parameters:
  ///   - mean: the centre μ.
  ///   - standardDeviation: the spread σ.
  public mutating func nextNormal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
    requireFinite(mean, "nextNormal", "mean")
    requireUsableDeviation(standardDeviation, "nextNormal")
    let u1 = 1 - nextUniform()  // in (0, 1], so the logarithm is finite
    let u2 = nextUniform()
    return mean + standardDeviation * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
  }

  /// A whole number in `0..<upperBound`, without modulo bias (rejection sampling).
  /// - Parameter upperBound: at least 1.
  public mutating func nextIndex(below upperBound: Int) -> Int {
    require(upperBound > 0, "nextIndex(below:): the bound must be positive, got \(upperBound)")
    let bound = UInt64(upperBound)
    let limit = UInt64.max - UInt64.max % bound
    var draw = next()
    while draw >= limit { draw = next() }
    return Int(draw % bound)
  }

  /// A random ordering of `0..<count` (Fisher–Yates), as `np.random.permutation(count)`.
  /// - Parameter count: how many indices.
  public mutating func permutation(_ count: Int) -> [Int] {
    require(count >= 0, "permutation: the count cannot be negative, got \(count)")
    var indices = Array(0..<count)
    shuffle(&indices)
    return indices
  }

  /// Shuffles `items` in place (Fisher–Yates).
  public mutating func shuffle<Element>(_ items: inout [Element]) {
    guard items.count > 1 else { return }
    for index in stride(from: items.count - 1, to: 0, by: -1) {
      items.swapAt(index, nextIndex(below: index + 1))
    }
  }
}

/// Stops with a message naming `operation` unless `range` is a non-empty interval of finite
/// width (1..<1 and -∞..<0 have no uniform distribution; -1e308..<1e308 overflows).
func requireUsableRange(_ range: Range<Double>, _ operation: String) {
  require(
    (range.upperBound - range.lowerBound).isFinite && !range.isEmpty,
    "\(operation): the range must be a non-empty interval of finite width, got "
      + "\(formatNumber(range.lowerBound))..<\(formatNumber(range.upperBound))")
}

/// Stops with a message naming `operation` unless σ lies in 0…1e300: a draw is at most about
/// 9σ, so a larger σ could return ∞.
func requireUsableDeviation(_ standardDeviation: Double, _ operation: String) {
  require(
    standardDeviation >= 0 && standardDeviation <= 1e300,
    "\(operation): standardDeviation must be a finite number in 0…1e300, got \(formatNumber(standardDeviation))")
}
