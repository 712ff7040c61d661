import Foundation

/// How many hints of each exercise a learner has seen, so that `workbook hint N.M` gives the
/// next one each time. It is kept in a small text file in the build folder (one line per
/// exercise, "2.2 1"), never in Lessons/: deleting `.build` only starts the hints again.
public struct HintProgress: Sendable {
  /// The file it is kept in.
  public let file: URL
  /// Exercise number → hints seen.
  public private(set) var seen: [String: Int]

  /// The progress saved in `file` (none when it does not exist or cannot be read).
  public init(file: URL) {
    self.file = file
    var seen = [String: Int]()
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2, let count = Int(parts[1]), count >= 0 { seen[String(parts[0])] = count }
    }
    self.seen = seen
  }

  /// The hints of `exercise` seen so far.
  public func count(for exercise: String) -> Int { seen[exercise] ?? 0 }

  /// Records that `count` hints of `exercise` have now been seen, and saves the file.
  /// - Throws: when the file cannot be written (the hint is still shown).
  public mutating func record(_ count: Int, for exercise: String) throws {
    seen[exercise] = count
    let text = seen.keys.sorted().map { "\($0) \(seen[$0] ?? 0)\n" }.joined()
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
  }
}
