import Foundation

/// The processes a child of the companion started, read from Linux's /proc.
///
/// SwiftPM runs its compilers in process groups of their own, so signalling the build's group
/// does not reach them; and a compiler whose parent has been killed is handed to another
/// parent, so following parents alone can miss it. Every child of the companion therefore
/// leads a session of its own (`ChildProcess`), and everything it starts stays in that session
/// whatever becomes of its parent: the session is the one list that misses nothing.
/// (Elsewhere there is no /proc and the lists are empty: stopping relies on the groups alone.)
enum ProcessTree {
  /// What /proc/PID/stat says about one process.
  struct Entry {
    /// Its process ID.
    let pid: pid_t
    /// Its parent's process ID.
    let parent: pid_t
    /// The ID of its session (the process ID of the session's leader).
    let session: pid_t
    /// True once it has ended and only waits to be reaped: it runs no more.
    let isZombie: Bool
  }

  /// Every live process (zombies excluded, roots excluded) that is in the session led by one
  /// of `roots`, or whose chain of parents leads to one of them.
  static func family(of roots: [pid_t]) -> [pid_t] {
    let entries = everyProcess()
    let rootSet = Set(roots)
    var found = Set(entries.filter { rootSet.contains($0.session) }.map(\.pid))
    var frontier = rootSet
    while !frontier.isEmpty {
      let next = Set(entries.filter { frontier.contains($0.parent) && !found.contains($0.pid) }.map(\.pid))
      found.formUnion(next)
      frontier = next
    }
    let live = Set(entries.filter { !$0.isZombie }.map(\.pid))
    return found.subtracting(rootSet).intersection(live).sorted()
  }

  /// One entry for every process /proc lists.
  private static func everyProcess() -> [Entry] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
    return names.compactMap { name in pid_t(name).flatMap(entry(for:)) }
  }

  /// The entry in /proc/PID/stat: "PID (NAME) STATE PPID PGRP SESSION …", where NAME may
  /// hold spaces and parentheses, so the fields are counted after the last ")".
  static func entry(for pid: pid_t) -> Entry? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count > 3, let parent = pid_t(fields[1]), let session = pid_t(fields[3]) else { return nil }
    return Entry(pid: pid, parent: parent, session: session, isZombie: fields[0] == "Z" || fields[0] == "X")
  }
}
