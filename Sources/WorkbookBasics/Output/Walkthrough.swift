import Foundation

/// One numbered part of a lesson's walkthrough.
public struct WalkthroughSection: Sendable {
  /// The heading, e.g. "A batch of three predictions".
  public let title: String
  /// Writes the section; it may throw (e.g. a data file that cannot be read).
  public let body: @Sendable (inout Page) throws -> Void

  /// A section with a heading and the code that writes it.
  public init(_ title: String, body: @escaping @Sendable (inout Page) throws -> Void) {
    self.title = title
    self.body = body
  }
}

/// A lesson's printed walkthrough: runs its sections in order and handles the command line
/// (`--help`, `--list`, `--section N`).
///
/// ```
/// @main struct Lesson01 {
///   static func main() {
///     Walkthrough(lesson: 1, title: "Linear regression by hand", sections: [...]).runAndExit()
///   }
/// }
/// ```
public struct Walkthrough {
  /// The lesson number.
  public let lesson: Int
  /// The lesson's title.
  public let title: String
  /// The sections, in reading order.
  public let sections: [WalkthroughSection]
  /// Options a lesson handles itself (e.g. Lesson 9's `--save`), for `--help`; empty for most
  /// lessons.
  public let moreOptions: [WalkthroughOption]

  /// A walkthrough of the given sections.
  /// - Parameters:
  ///   - lesson: the lesson number.
  ///   - title: the lesson's title.
  ///   - sections: the sections, in reading order.
  ///   - moreOptions: options the lesson's `main` handles before this runs, for `--help`.
  public init(lesson: Int, title: String, sections: [WalkthroughSection], moreOptions: [WalkthroughOption] = []) {
    self.lesson = lesson
    self.title = title
    self.sections = sections
    self.moreOptions = moreOptions
  }

  private var executableName: String { String(format: "Lesson%02d", lesson) }

  /// The `--help` text.
  public var usage: String {
    let options =
      [
        WalkthroughOption("--section N", "print only section N (1 to \(sections.count))"),
        WalkthroughOption("--list", "list the sections"), WalkthroughOption("--help", "show this text"),
      ] + moreOptions
    let width = options.map(\.usage.count).max() ?? 0
    let synopsis = options.map { "[\($0.usage)]" }.joined(separator: " ")
    let lines = options.map { "  " + $0.usage.padding(toLength: width + 3, withPad: " ", startingAt: 0) + $0.help }
    let wrapped = { (text: String, hanging: String) in
      TextWrapping.wrap(text, width: 80, indent: "", hangingIndent: hanging).joined(separator: "\n")
    }
    return [
      wrapped("Usage: swift run \(executableName) \(synopsis)", "         "), "",
      wrapped("Prints Lesson \(lesson)'s walkthrough: \"\(title)\", every number computed as it runs.", ""),
      lines.joined(separator: "\n"), "Colour is used on a terminal unless NO_COLOR is set.",
    ].joined(separator: "\n")
  }

  /// Runs with the process's arguments and exits: status 0 when every section ran and every
  /// self-check held, 1 when a section failed or a check did not hold, 2 for bad arguments.
  public func runAndExit() -> Never {
    exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
  }

  /// Runs with the given arguments (without the program name) and returns the exit status.
  /// - Parameters:
  ///   - arguments: the command-line arguments.
  ///   - style: the colours to use.
  ///   - output: receives each line of the walkthrough (default: standard output).
  ///   - errors: receives error messages (default: standard error).
  public func run(
    arguments: [String], style: TerminalStyle = .detect(),
    output: @escaping (String) -> Void = { print($0) },
    errors: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
  ) -> Int32 {
    var chosen: Int?
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      switch argument {
      case "--help", "-h":
        output(usage)
        return 0
      case "--list":
        for (index, section) in sections.enumerated() { output("\(index + 1). \(section.title)") }
        return 0
      case "--section":
        guard let text = remaining.popFirst(), let number = Int(text), number >= 1, number <= sections.count else {
          errors("error: --section needs a number from 1 to \(sections.count)\n\n\(usage)")
          return 2
        }
        chosen = number
      default:
        errors("error: unknown argument \"\(argument)\"\n\n\(usage)")
        return 2
      }
    }
    // Sections end in a blank line or not; the runner adds one before a heading when needed.
    let lastLine = LastLineWritten()
    var page = Page(style: style) { line in
      lastLine.wasBlank = line.isEmpty
      output(line)
    }
    if chosen == nil {
      page.line(style.bold("Lesson \(lesson) · \(title)"))
      page.line(String(repeating: "═", count: Swift.min(page.width, "Lesson \(lesson) · \(title)".count)))
      page.line()
    }
    for (index, section) in sections.enumerated() where chosen == nil || chosen == index + 1 {
      let heading = "\(index + 1). \(section.title)"
      if !lastLine.wasBlank { page.line() }
      page.line(style.bold(heading))
      page.line(String(repeating: "─", count: Swift.min(page.width, heading.count)))
      do {
        try section.body(&page)
      } catch {
        errors("error in section \(index + 1) (\(section.title)): \(error)")
        return 1
      }
    }
    if page.failedChecks > 0 {
      errors("\(page.failedChecks) self-check(s) failed: this is a bug in the workbook")
      return 1
    }
    return 0
  }
}

/// Remembers whether the last line a walkthrough wrote was blank.
private final class LastLineWritten {
  var wasBlank = true
}

/// An option a lesson's walkthrough takes, as `--help` shows it.
public struct WalkthroughOption: Sendable {
  /// How it is written, e.g. "--save FILE".
  public let usage: String
  /// What it does, in a few words.
  public let help: String

  /// An option and its help line.
  public init(_ usage: String, _ help: String) {
    self.usage = usage
    self.help = help
  }
}
