import Foundation

/// Follows the output of the build and of the test process as it arrives, to say what is
/// happening while the learner waits and to notice what needs action: SwiftPM's `[120/371]`
/// counter, the test that is running and since when, another SwiftPM holding the build
/// folder's lock, and the end of a backtrace.
public struct LiveTestLog: Sendable {
  /// SwiftPM's last "[done/total]" counter, e.g. "120/371".
  public private(set) var buildProgress: String?
  /// The test that has started and not finished, as XCTest names it.
  public private(set) var runningTest: String?
  /// When `runningTest` started.
  public private(set) var runningSince: Date?
  /// When the last byte arrived.
  public private(set) var lastOutput: Date
  /// The process ID of another SwiftPM that holds the build folder's lock, once SwiftPM says
  /// "Another instance of SwiftPM (PID: 3323) is already running using '…'".
  public private(set) var otherSwiftPM: Int32?
  /// True once the backtracer has printed its last line ("Backtrace took 0.14s").
  public private(set) var backtraceFinished = false

  private var pending = ""

  /// An empty log, as of `start`.
  public init(startingAt start: Date = Date()) { lastOutput = start }

  /// Takes in the bytes that arrived at `time`.
  public mutating func read(_ bytes: [UInt8], at time: Date = Date()) {
    lastOutput = time
    pending += String(decoding: bytes, as: UTF8.self)
    var lines = pending.split(separator: "\n", omittingEmptySubsequences: false)
    pending = String(lines.removeLast())
    for line in lines { readLine(line, at: time) }
    // SwiftPM's lock message has no line break: it waits on the same line.
    if otherSwiftPM == nil { otherSwiftPM = Self.lockHolder(in: pending) }
  }

  private mutating func readLine(_ line: Substring, at time: Date) {
    if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
      buildProgress = String(line[line.index(after: line.startIndex)..<close])
    } else if line.hasPrefix("Test Case '"), line.contains("' started") {
      runningTest = line.dropFirst("Test Case '".count).prefix { $0 != "'" }.description
      runningSince = time
    } else if line.hasPrefix("Test Case '") {
      runningTest = nil
      runningSince = nil
    } else if line.hasPrefix("Backtrace took ") {
      backtraceFinished = true
    } else if otherSwiftPM == nil, let holder = Self.lockHolder(in: line) {
      otherSwiftPM = holder
    }
  }

  /// The seconds the running test has run at `time` (0 when none is running).
  public func secondsInTest(at time: Date = Date()) -> TimeInterval {
    runningSince.map { time.timeIntervalSince($0) } ?? 0
  }

  /// The PID in "Another instance of SwiftPM (PID: 3323) is already running …".
  static func lockHolder(in text: some StringProtocol) -> Int32? {
    guard let range = text.range(of: "Another instance of SwiftPM (PID: ") else { return nil }
    return Int32(text[range.upperBound...].prefix { $0.isNumber })
  }
}
