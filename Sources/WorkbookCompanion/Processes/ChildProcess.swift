import Foundation

#if canImport(Glibc)
  import Glibc

  /// read(2): the method `ChildProcess.read` hides the C function's plain name.
  private let readBytes = Glibc.read
#elseif canImport(Darwin)
  import Darwin

  /// read(2): the method `ChildProcess.read` hides the C function's plain name.
  private let readBytes = Darwin.read
#endif

/// A program the companion runs (the build, the test process), owned by the companion:
///
/// - it runs in a process group of its own, so that the whole group can be signalled, and (on
///   Linux) leads a session of its own, which everything it starts stays in;
/// - its standard output and standard error arrive live through one pipe (`read`), with no
///   buffering program in between;
/// - its standard input is /dev/null, and SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGPIPE are
///   back to their default actions in it, whatever the companion does with them;
/// - it is listed in `ChildProcesses.shared` from the moment it starts until it has been
///   waited for, so that stopping the companion stops it too.
///
/// `Foundation.Process` cannot do this on Linux: it puts each child in a new process group that
/// Ctrl-C never reaches and that the companion cannot list, which is how a stopped check used
/// to leave its test process running.
///
/// This file and `ChildProcesses.swift` are the only places that call POSIX process functions.
public final class ChildProcess {
  /// How a child ended.
  public enum Termination: Equatable, Sendable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal stopped it (e.g. 9 for SIGKILL, 4 for SIGILL after a trap).
    case signalled(Int32)

    /// True for an exit status of 0.
    public var succeeded: Bool { self == .exited(0) }
  }

  /// What a child prefers when it has to be stopped early.
  public enum StopManner: Sendable {
    /// SIGKILL at once (a test process: nothing to clean up).
    case kill
    /// SIGINT first, so that it can stop its own children (SwiftPM stops its compilers this
    /// way), then SIGKILL if it is still there after a grace period.
    case interruptFirst
  }

  /// The child's process ID, which is also its process group's ID (and, on Linux, its
  /// session's).
  public let pid: pid_t
  /// The program and its arguments, for messages.
  public let commandLine: [String]
  private let outputDescriptor: Int32
  private var outputOpen = true
  private var termination: Termination?

  /// Starts `arguments[0]` (looked up on PATH) with the rest as its arguments.
  /// - Parameters:
  ///   - arguments: the program and its arguments, e.g. `["swift", "build"]`.
  ///   - environment: variables to set (or replace) on top of the companion's own.
  ///   - stopManner: how to stop it early.
  /// It starts in the companion's working folder.
  /// - Throws: `ChildProcessError` when it cannot be started (no such program, no pipe).
  public init(
    _ arguments: [String], environment: [String: String] = [:], stopManner: StopManner = .kill
  ) throws {
    precondition(!arguments.isEmpty, "ChildProcess: no program given")
    commandLine = arguments
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw ChildProcessError(arguments, reason: "no pipe (\(errnoText()))") }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    let (readEnd, writeEnd) = (ends[0], ends[1])

    var environmentValues = ProcessInfo.processInfo.environment
    for (name, value) in environment { environmentValues[name] = value }
    let argv = CStringList(arguments)
    let envp = CStringList(environmentValues.map { "\($0.key)=\($0.value)" })

    var actions = SpawnFileActions()
    actions.redirect(writeEnd, to: [STDOUT_FILENO, STDERR_FILENO])
    actions.openNullDevice(as: STDIN_FILENO)
    var attributes = SpawnAttributes()
    attributes.ownProcessGroupWithDefaultSignals(Self.signalsToReset)

    var spawned: pid_t = 0
    let status = ChildProcesses.shared.registering(stopManner) {
      let status = posix_spawnp(&spawned, arguments[0], &actions.value, &attributes.value, argv.pointers, envp.pointers)
      return (status, status == 0 ? spawned : nil)
    }
    close(writeEnd)
    guard status == 0 else {
      close(readEnd)
      throw ChildProcessError(arguments, reason: String(cString: strerror(status)))
    }
    pid = spawned
    outputDescriptor = readEnd
  }

  deinit {
    if outputOpen { close(outputDescriptor) }
  }

  /// The signals a child gets back with their default actions.
  static let signalsToReset = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE]

  /// The output that has arrived, waiting at most `milliseconds` for some.
  /// - Returns: the bytes (empty when nothing arrived in time), or nil once the child has
  ///   closed its output (it has ended, or is about to).
  public func read(waitingAtMost milliseconds: Int32) -> [UInt8]? {
    guard outputOpen else { return nil }
    var request = pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0)
    let ready = poll(&request, 1, milliseconds)
    if ready < 0 && errno == EINTR { return [] }
    guard ready > 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = readBytes(outputDescriptor, &buffer, buffer.count)
    if count < 0 && errno == EINTR { return [] }
    guard count > 0 else {
      close(outputDescriptor)
      outputOpen = false
      return nil
    }
    return Array(buffer[0..<count])
  }

  /// Sends `signal` to the child's whole process group.
  public func signalGroup(_ signal: Int32) { _ = kill(-pid, signal) }

  /// Sends `signal` to the child itself only.
  public func signal(_ signal: Int32) { _ = kill(pid, signal) }

  /// Waits until the child has ended, and takes it off the list of running children.
  /// - Returns: how it ended.
  @discardableResult
  public func wait() -> Termination {
    if let termination { return termination }
    var status: Int32 = 0
    var result: pid_t
    repeat { result = waitpid(pid, &status, 0) } while result < 0 && errno == EINTR
    // ECHILD: the companion's stop handler reaped it already while stopping it.
    let ended = result == pid ? Self.termination(fromWaitStatus: status) : .signalled(SIGKILL)
    ChildProcesses.shared.remove(pid)
    // A signal is stopping the companion: its handler exits in a moment; say nothing more.
    while ChildProcesses.shared.isStopping { sleep(1) }
    termination = ended
    return ended
  }

  /// Decodes a `waitpid` status (the WIFEXITED / WEXITSTATUS / WTERMSIG macros, which Swift
  /// does not import).
  static func termination(fromWaitStatus status: Int32) -> Termination {
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }
}

/// A child process could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
  /// The command line that failed.
  public let commandLine: [String]
  /// Why, from the system.
  public let reason: String

  init(_ commandLine: [String], reason: String) {
    self.commandLine = commandLine
    self.reason = reason
  }

  /// "could not start `swift build …`: No such file or directory".
  public var description: String { "could not start `\(commandLine.joined(separator: " "))`: \(reason)" }
}

/// The text of the current `errno`.
func errnoText() -> String { String(cString: strerror(errno)) }

/// C strings kept alive for a `posix_spawn` call, ending with the null pointer it expects.
private final class CStringList {
  let pointers: [UnsafeMutablePointer<CChar>?]

  init(_ strings: [String]) { pointers = strings.map { strdup($0) } + [nil] }

  deinit { for pointer in pointers { free(pointer) } }
}

/// `posix_spawn_file_actions_t`, whose type differs between Linux (a struct) and macOS (an
/// optional pointer).
private struct SpawnFileActions {
  #if os(macOS)
    var value: posix_spawn_file_actions_t? = nil
  #else
    var value = posix_spawn_file_actions_t()
  #endif

  init() { posix_spawn_file_actions_init(&value) }

  /// Makes each of `targets` a copy of `descriptor` in the child.
  mutating func redirect(_ descriptor: Int32, to targets: [Int32]) {
    for target in targets { posix_spawn_file_actions_adddup2(&value, descriptor, target) }
  }

  /// Opens /dev/null for reading as `target` in the child.
  mutating func openNullDevice(as target: Int32) {
    posix_spawn_file_actions_addopen(&value, target, "/dev/null", O_RDONLY, 0)
  }
}

/// `posix_spawnattr_t`, whose type differs between Linux and macOS.
private struct SpawnAttributes {
  #if os(macOS)
    var value: posix_spawnattr_t? = nil
  #else
    var value = posix_spawnattr_t()
  #endif

  init() { posix_spawnattr_init(&value) }

  /// A new process group led by the child (on Linux, a new session, which makes one too);
  /// `signals` back to their default actions and no signal blocked, whatever the companion
  /// has set for itself.
  mutating func ownProcessGroupWithDefaultSignals(_ signals: [Int32]) {
    #if os(Linux)
      // setsid() in the child: a new session and a new process group, both led by it.
      // (Glibc's POSIX_SPAWN_SETSID, which Swift does not import; with it, SETPGROUP must
      // not be set, because a session leader cannot change its group.)
      let newGroup = Int32(0x80)
    #else
      posix_spawnattr_setpgroup(&value, 0)
      let newGroup = Int32(POSIX_SPAWN_SETPGROUP)
    #endif
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in signals { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&value, &defaults)
    var noneBlocked = sigset_t()
    sigemptyset(&noneBlocked)
    posix_spawnattr_setsigmask(&value, &noneBlocked)
    let flags = newGroup | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
    posix_spawnattr_setflags(&value, Int16(flags))
  }
}
