import Foundation

/// Putting other text into one exercise's part of a learner's file, or into the whole file,
/// without ever losing the learner's work: the current file is first copied to a backup whose
/// name holds the date and time, in a `.backups` folder beside it (SwiftPM does not compile
/// hidden folders, so a backup never clashes with the live file).
///
/// `workbook reset` takes the text from the original stub, `workbook restore` from a backup.
public struct ExerciseReplacement: Sendable {
  /// The learner's file, e.g. Lessons/Lesson02/Exercises.swift.
  public let file: URL
  /// The text to take the exercises from: the stub generated from the solution, or a backup.
  public let source: String
  /// What `source` is, for messages: "the stub", "backup Exercises-2026-12-02-101500.swift".
  public let sourceName: String
  /// The command, for messages: "reset" or "restore".
  public let command: String

  /// A replacement of `file`'s exercises by those of `source`.
  public init(file: URL, source: String, sourceName: String = "the stub", command: String = "reset") {
    self.file = file
    self.source = source
    self.sourceName = sourceName
    self.command = command
  }

  /// Why a reset cannot go ahead.
  public struct Refusal: Error, Equatable, CustomStringConvertible {
    /// The reason, in one sentence.
    public let description: String
  }

  /// The text the file would have after replacing `target`, or nil when it already has it.
  /// - Throws: `Refusal` when the exercise is not in `source`, or its MARK line is gone from
  ///   the learner's file (then only the whole lesson can be replaced).
  public func newText(for target: ResetTarget) throws -> String? {
    let current = try? String(contentsOf: file, encoding: .utf8)
    switch target {
    case .lesson:
      return current == source ? nil : source
    case .exercise(let number):
      let original = ExerciseRegions(in: source)
      guard original.region(of: number) != nil else {
        throw Refusal(description: "exercise \(number) is not in \(sourceName)")
      }
      guard let current else {
        throw Refusal(
          description: "\(file.path) is missing: \(command) the whole lesson to create it again")
      }
      let edited = ExerciseRegions(in: current)
      guard edited.region(of: number) != nil else {
        throw Refusal(
          description: """
            the line "// MARK: - Exercise \(number) · …" is no longer in \(file.lastPathComponent), so the \
            workbook cannot tell where exercise \(number) starts: \(command) the whole lesson instead
            """)
      }
      let updated = edited.replacing(number, with: original.regionLines(number))
      return updated == current ? nil : updated
    }
  }

  /// Copies the current file to a new backup (if the file exists), then writes `text`.
  /// - Parameters:
  ///   - text: the new content, from `newText(for:)`.
  ///   - date: the time to name the backup after.
  /// - Returns: the backup's location, or nil when there was no file to back up.
  @discardableResult
  public func apply(_ text: String, at date: Date) throws -> URL? {
    var backup: URL?
    if FileManager.default.fileExists(atPath: file.path) {
      let destination = Self.unusedBackupURL(for: file, at: date)
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: file, to: destination)
      backup = destination
    }
    try text.write(to: file, atomically: true, encoding: .utf8)
    return backup
  }

  /// `.backups/Exercises-2026-11-24-101500.swift` beside `file` (with "-2", "-3" … added when
  /// that name is taken: a backup is never overwritten).
  public static func unusedBackupURL(for file: URL, at date: Date) -> URL {
    let folder = file.deletingLastPathComponent().appendingPathComponent(".backups")
    let stem = file.deletingPathExtension().lastPathComponent + "-" + timestamp(date)
    let ext = file.pathExtension
    var candidate = folder.appendingPathComponent("\(stem).\(ext)")
    var counter = 2
    while FileManager.default.fileExists(atPath: candidate.path) {
      candidate = folder.appendingPathComponent("\(stem)-\(counter).\(ext)")
      counter += 1
    }
    return candidate
  }

  /// "2026-11-24-101500", in local time.
  static func timestamp(_ date: Date) -> String {
    let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
    return
      "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
  }
}
