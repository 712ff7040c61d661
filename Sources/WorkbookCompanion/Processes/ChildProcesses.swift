import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The companion's running children, and what stops them when the companion is stopped.
///
/// Every `ChildProcess` is listed here while it runs. `stopOnSignals` makes Ctrl-C (SIGINT),
/// SIGTERM and SIGHUP stop all of them before the companion exits, and so does a normal exit:
/// nothing of a check outlives it. (Only SIGKILL, which no program can catch, could leave a
/// child behind.)
///
/// This is the companion's one piece of shared mutable state: a signal arrives on its own
/// thread, and it must find the children there. A lock guards it.
public final class ChildProcesses: @unchecked Sendable {
  /// The one list, for the whole companion.
  public static let shared = ChildProcesses()

  private let lock = NSLock()
  private var running: [pid_t: ChildProcess.StopManner] = [:]
  private var signalSources: [any DispatchSourceSignal] = []
  private var lastWords: @Sendable (Int32) -> Int32 = { 128 + $0 }
  private var stopping = false

  private init() {}

  /// The process IDs of the children running now.
  public var runningIDs: [pid_t] {
    lock.lock()
    defer { lock.unlock() }
    return running.keys.sorted()
  }

  /// True once a signal has started stopping the companion: the main thread must not go on
  /// to report on a build or test run that was cut short.
  public var isStopping: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopping
  }

  /// Runs `spawn` under the lock and lists the child it started, so that a signal arriving
  /// at that moment cannot miss it. Once a signal is stopping the companion, nothing new
  /// starts: the calling thread waits for the exit the signal's handler is about to make.
  /// - Returns: `spawn`'s status.
  func registering(_ manner: ChildProcess.StopManner, _ spawn: () -> (status: Int32, pid: pid_t?)) -> Int32 {
    lock.lock()
    guard !stopping else {
      lock.unlock()
      while true { sleep(1) }
    }
    defer { lock.unlock() }
    let (status, pid) = spawn()
    if let pid { running[pid] = manner }
    return status
  }

  /// Takes a child that has ended off the list.
  func remove(_ pid: pid_t) {
    lock.lock()
    running[pid] = nil
    lock.unlock()
  }

  /// Stops every child still running: SIGKILL to the process groups of those that need no
  /// cleaning up; SIGINT to the others (SwiftPM then stops its compilers), and SIGKILL to
  /// their groups too if they are not gone within `gracePeriod`. Last (on Linux), SIGKILL to
  /// every process left in the children's sessions or below them, again and again until none
  /// is left: the compilers run in groups of their own, a compiler driver may start one more
  /// while SwiftPM is stopping, and one may outlive SwiftPM by a few seconds.
  /// - Parameter gracePeriod: how long SIGINT gets, in seconds.
  public func stopAll(gracePeriod: TimeInterval = 1.5) {
    lock.lock()
    let children = running
    running = [:]
    lock.unlock()
    guard !children.isEmpty else { return }
    let roots = Array(children.keys)
    // Found before any signal: a process that left the sessions (setsid) is found through
    // its parents only while they live.
    let familyBefore = ProcessTree.family(of: roots)
    var interrupted = [pid_t]()
    for (pid, manner) in children {
      switch manner {
      case .kill: _ = kill(-pid, SIGKILL)
      case .interruptFirst:
        _ = kill(-pid, SIGINT)
        interrupted.append(pid)
      }
    }
    let deadline = Date().addingTimeInterval(gracePeriod)
    while !interrupted.isEmpty && Date() < deadline {
      usleep(20_000)
      // waitpid returns 0 while a child runs; its pid once it has ended (or -1 when the
      // thread that waits for it normally got there first).
      interrupted = interrupted.filter { waitpid($0, nil, WNOHANG) == 0 }
    }
    for pid in roots { _ = kill(-pid, SIGKILL) }
    for pid in familyBefore { _ = kill(pid, SIGKILL) }
    killFamily(of: roots, within: 3)
  }

  /// SIGKILL to every live process in the sessions of `roots` or below them, until none is
  /// left or `seconds` have passed (a process that was being started when its parent died is
  /// found on the next round).
  private func killFamily(of roots: [pid_t], within seconds: TimeInterval) {
    let deadline = Date().addingTimeInterval(seconds)
    var emptyRounds = 0
    while emptyRounds < 2 && Date() < deadline {
      let family = ProcessTree.family(of: roots)
      emptyRounds = family.isEmpty ? emptyRounds + 1 : 0
      for pid in family { _ = kill(pid, SIGKILL) }
      usleep(10_000)
    }
  }

  /// From now on, SIGINT (Ctrl-C), SIGTERM and SIGHUP stop every child, then call
  /// `lastWords` (which may print a line and returns the exit status), then exit. A normal
  /// exit stops any child left too. SIGPIPE is ignored, so that a closed pipe on standard
  /// output ends the companion through this path rather than killing it outright.
  /// - Parameter lastWords: given the signal's number; returns the exit status.
  public func stopOnSignals(lastWords: @escaping @Sendable (Int32) -> Int32 = { 128 + $0 }) {
    lock.lock()
    self.lastWords = lastWords
    let installed = !signalSources.isEmpty
    lock.unlock()
    guard !installed else { return }
    signal(SIGPIPE, SIG_IGN)
    var sources = [any DispatchSourceSignal]()
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [self] in
        lock.lock()
        stopping = true
        lock.unlock()
        stopAll()
        lock.lock()
        let words = self.lastWords
        lock.unlock()
        let status = words(number)
        fflush(nil)
        exit(status)
      }
      source.resume()
      sources.append(source)
    }
    lock.lock()
    signalSources = sources
    lock.unlock()
    atexit { ChildProcesses.shared.stopAll(gracePeriod: 0.5) }
  }
}
