import Foundation

/// The processes below some processes, read from Linux's /proc: the compilers a build started
/// in process groups of their own, which signalling the build's group does not reach.
/// (Elsewhere there is no /proc and the list is empty: stopping relies on the groups alone.)
enum ProcessTree {
  /// Every process whose chain of parents leads to one of `roots` (the roots excluded).
  static func descendants(of roots: [pid_t]) -> [pid_t] {
    let parents = parentOfEveryProcess()
    guard !parents.isEmpty else { return [] }
    var found = Set<pid_t>()
    var frontier = Set(roots)
    while !frontier.isEmpty {
      let next = Set(parents.filter { frontier.contains($0.value) && !found.contains($0.key) }.keys)
      found.formUnion(next)
      frontier = next
    }
    return found.sorted()
  }

  /// Process ID → parent's process ID, for every process /proc lists.
  private static func parentOfEveryProcess() -> [pid_t: pid_t] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [:] }
    var parents = [pid_t: pid_t]()
    for name in names {
      guard let pid = pid_t(name), let parent = parent(of: pid) else { continue }
      parents[pid] = parent
    }
    return parents
  }

  /// The parent in /proc/PID/stat: "PID (NAME) STATE PPID …", where NAME may hold spaces and
  /// parentheses, so the fields are counted after the last ")".
  static func parent(of pid: pid_t) -> pid_t? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    return fields.count > 1 ? pid_t(fields[1]) : nil
  }
}
