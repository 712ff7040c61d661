import WorkbookBasics
import WorkbookReference

/// The pixels of a drawing that lie outside the training digits' range: inked where every
/// training digit is blank (the standardiser's constant columns, σ set to 1), or more than
/// `threshold` standard deviations from the mean elsewhere.
struct UnusualPixels {
  /// How many standard deviations from the training mean make a pixel unusual. By
  /// Chebyshev's inequality at most 1/6² ≈ 2.8% of the training digits are that far out at
  /// any one pixel, whatever its distribution.
  static let threshold = 6.0

  /// Inked pixels that are blank in every training digit.
  let neverInked: [Int]
  /// Pixels more than the threshold from the mean, furthest first.
  let far: [Int]
  /// The largest |z| of a pixel that varies in the training digits.
  let largestDeviation: Double

  init(_ pixels: Matrix, _ standardizer: Standardizer) {
    let z = standardizer.transform(pixels)
    // On the 0-to-1 scale no pixel that varies can have σ ≥ 0.5, so σ = 1 marks a constant one.
    let constant = { (pixel: Int) in standardizer.standardDeviations[0, pixel] == 1 }
    neverInked = (0..<pixels.columns).filter { constant($0) && pixels[0, $0] != standardizer.means[0, $0] }
    far = (0..<pixels.columns).filter { !constant($0) && abs(z[0, $0]) > Self.threshold }
      .sorted { abs(z[0, $0]) > abs(z[0, $1]) }
    largestDeviation = (0..<pixels.columns).filter { !constant($0) }.map { abs(z[0, $0]) }.max() ?? 0
  }

  /// The furthest of the far pixels, or else the first never-inked one; nil when none is unusual.
  var furthest: Int? { far.first ?? neverInked.first }

  /// Whether any pixel is unusual.
  var any: Bool { furthest != nil }
}
