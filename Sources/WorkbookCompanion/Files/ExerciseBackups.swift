import Foundation

/// The backups of a learner's exercise file that `reset` and `restore` made, in the
/// `.backups` folder beside it, newest first: what `workbook restore` lists and puts back.
///
/// Each backup has a number that never changes: 1 for the oldest, 2 for the next, and so on,
/// so that the number a learner has just read still means the same backup after a restore
/// (which makes one more).
public struct ExerciseBackups: Sendable {
  /// One backup.
  public struct Backup: Equatable, Sendable {
    /// Its number: 1 for the oldest.
    public let number: Int
    /// Its file, e.g. Lessons/Lesson02/.backups/Exercises-2026-12-02-101500.swift.
    public let url: URL
    /// When it was saved, "2026-12-02 10:15:00", read from its name.
    public let savedAt: String
    /// The exercises it has an answer for: those whose part no longer throws `NotAttempted`.
    public let answered: [String]

    /// Its file name.
    public var name: String { url.lastPathComponent }
  }

  /// The learner's file the backups are of.
  public let file: URL
  /// The backups, newest first.
  public let backups: [Backup]

  /// The backups of `file` that exist now.
  public init(of file: URL) {
    self.file = file
    let folder = file.deletingLastPathComponent().appendingPathComponent(".backups")
    let stem = file.deletingPathExtension().lastPathComponent + "-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let found = names.compactMap { name -> (key: (String, Int), name: String)? in
      guard name.hasPrefix(stem), name.hasSuffix("." + file.pathExtension),
        let (stamp, counter) = Self.stampAndCounter(in: name, stem: stem, pathExtension: file.pathExtension)
      else { return nil }
      return ((stamp, counter), name)
    }
    let oldestFirst = found.sorted { $0.key < $1.key }
    backups = oldestFirst.enumerated().map { index, entry in
      let url = folder.appendingPathComponent(entry.name)
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      return Backup(
        number: index + 1, url: url, savedAt: Self.readable(entry.key.0), answered: Self.answeredExercises(in: text))
    }.reversed()
  }

  /// The backup a learner chose: a number from the list or a file name.
  public func backup(chosen choice: String) -> Backup? {
    if let number = Int(choice) { return backups.first { $0.number == number } }
    return backups.first { $0.name == choice || $0.url.path == choice || $0.url.path.hasSuffix("/" + choice) }
  }

  /// The newest backup worth putting back: the newest with an answer to `exercise`, or with any
  /// answer when `exercise` is nil; the newest of all when none has one.
  public func suggested(for exercise: String?) -> Backup? {
    let answering = backups.first { backup in
      exercise.map { backup.answered.contains($0) } ?? !backup.answered.isEmpty
    }
    return answering ?? backups.first
  }

  /// The exercises of an exercise file that have an answer: every exercise region without its
  /// `throw NotAttempted("N.M")` line.
  public static func answeredExercises(in text: String) -> [String] {
    let regions = ExerciseRegions(in: text)
    return regions.regions.compactMap { region in
      let lines = regions.lines[(region.firstLine - 1)..<region.lastLine]
      return lines.contains { $0.contains("NotAttempted(\"\(region.number)\")") } ? nil : region.number
    }
  }

  /// "Exercises-2026-12-02-101500-2.swift" → ("2026-12-02-101500", 2); the counter is 1
  /// without a suffix.
  static func stampAndCounter(in name: String, stem: String, pathExtension: String) -> (String, Int)? {
    let middle = name.dropFirst(stem.count).dropLast(pathExtension.count + 1)
    let parts = middle.split(separator: "-")
    guard parts.count == 4 || parts.count == 5, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
    let stamp = parts.prefix(4).joined(separator: "-")
    return (stamp, parts.count == 5 ? Int(parts[4]) ?? 1 : 1)
  }

  /// "2026-12-02-101500" → "2026-12-02 10:15:00".
  static func readable(_ stamp: String) -> String {
    let parts = stamp.split(separator: "-")
    guard parts.count == 4, parts[3].count == 6 else { return stamp }
    let time = Array(parts[3])
    return "\(parts[0])-\(parts[1])-\(parts[2]) \(String(time[0...1])):\(String(time[2...3])):\(String(time[4...5]))"
  }
}
