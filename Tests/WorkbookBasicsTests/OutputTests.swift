import WorkbookBasics
import XCTest

final class NumberFormattingTests: XCTestCase {
  func testFixedAndScientific() {
    XCTAssertEqual(formatNumber(22.077_63), "22.0776")
    XCTAssertEqual(formatNumber(4.0656e17), "4.0656e+17")
    XCTAssertEqual(formatNumber(7.8886e-31), "7.8886e-31")
    XCTAssertEqual(formatNumber(0), "0.0000")
    XCTAssertEqual(formatNumber(-0.000_01), "-1.0000e-05")
    XCTAssertEqual(formatFixed(-0.000_01), "0.0000")  // never "-0.0000"
    XCTAssertEqual(formatNumber(-0.0), "0.0000")
    XCTAssertEqual(formatNumber(.nan), "NaN")
    XCTAssertEqual(formatNumber(-.infinity), "-∞")
    XCTAssertEqual(formatNumber(2.5, decimals: 0), "2")  // printf rounds half to even
  }

  func testScientificPercentAndPowersOfTen() {
    XCTAssertEqual(formatScientific(0.0429), "4.29e-02")
    XCTAssertEqual(formatScientific(1234, decimals: 1), "1.2e+03")
    XCTAssertEqual(formatScientific(.infinity), "∞")
    XCTAssertEqual(formatPercent(0.96667), "96.67%")
    XCTAssertEqual(formatPercent(0.5, decimals: 0), "50%")
    XCTAssertEqual(formatPowerOfTen(-5), "10⁻⁵")
    XCTAssertEqual(formatPowerOfTen(-15), "10⁻¹⁵")
    XCTAssertEqual(formatPowerOfTen(3), "10³")
  }
}

final class TextTableTests: XCTestCase {
  func testAlignsNumbersRightAndWordsLeft() {
    let lines = TextTable(headers: ["name", "value"], rows: [["a", "1.5"], ["bcd", "-22.25"]]).render()
    XCTAssertEqual(lines, ["name   value", "────  ──────", "a        1.5", "bcd   -22.25"])
  }
}

final class LinePlotTests: XCTestCase {
  func testDrawsAFallingLineWithLabels() {
    let lines = LinePlot([4, 3, 2, 1], width: 4, height: 2).render()
    XCTAssertEqual(lines.count, 4)
    XCTAssertTrue(lines[0].hasPrefix("4.0000 ┤"))
    XCTAssertTrue(lines[1].hasPrefix("1.0000 ┤"))
    XCTAssertEqual(lines[0].count, lines[1].count)
    XCTAssertTrue(lines[3].hasSuffix("3  step"))
    XCTAssertTrue(lines[0].unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
  }

  func testSaysItSkippedNonFiniteValues() {
    XCTAssertEqual(
      LinePlot([.nan, .infinity]).render(),
      ["(nothing to plot: no finite values)", "  (2 values not drawn; the first, NaN at 0, is not a finite number)"])
  }
}

final class PageTests: XCTestCase {
  func testWrapsParagraphsAndPlainStyleHasNoEscapes() {
    let collected = Collected()
    var page = Page(style: TerminalStyle(usesColour: false), width: 20, write: collected.append)
    page.paragraph("one two three four five six seven")
    page.check("sums agree", holds: false, detail: "off by 1")
    page.errata("the notes say 3")
    XCTAssertEqual(collected.lines[0], "one two three four")
    XCTAssertEqual(collected.lines[1], "five six seven")
    XCTAssertEqual(page.failedChecks, 1)
    XCTAssertTrue(collected.lines.contains { $0.contains("✗ CHECK FAILED:") })
    XCTAssertFalse(collected.lines.joined().contains("\u{1B}"))
    XCTAssertTrue(TerminalStyle(usesColour: true).bold("x").contains("\u{1B}[1m"))
  }

  func testMatrixShowsItsShape() {
    let collected = Collected()
    Page(style: TerminalStyle(usesColour: false), write: collected.append).matrix("W", Matrix(column: [1, -2]))
    XCTAssertEqual(collected.lines, ["  W  (2×1)", "    [  1.0000 ]", "    [ -2.0000 ]"])
  }
}

/// Gathers the lines a `Page` writes.
final class Collected: @unchecked Sendable {
  var lines = [String]()
  func append(_ line: String) { lines.append(line) }
}

final class WalkthroughRunnerTests: XCTestCase {
  func testArgumentsAndExitStatus() {
    let walkthrough = Walkthrough(
      lesson: 9, title: "T",
      sections: [
        WalkthroughSection("ok") { $0.line("hello") },
        WalkthroughSection("fails") { page in page.check("x", holds: false, detail: "") },
        WalkthroughSection("throws") { _ in throw CSVError(file: "f.csv", line: 2, column: 1, reason: "bad") },
      ])
    func run(_ arguments: [String]) -> (status: Int32, output: [String], errors: [String]) {
      let output = Collected()
      var errors = [String]()
      let status = walkthrough.run(
        arguments: arguments, style: .init(usesColour: false), output: output.append, errors: { errors.append($0) })
      return (status, output.lines, errors)
    }
    XCTAssertTrue(walkthrough.usage.contains("swift run Lesson09"))
    let long = Walkthrough(
      lesson: 9, title: "A title long enough to push the description past eighty columns", sections: [],
      moreOptions: [WalkthroughOption("--a-long-option FILE", "what it does"), WalkthroughOption("--b FILE", "more")])
    let usage = long.usage.split(separator: "\n")
    XCTAssertTrue(usage.allSatisfy { $0.count <= 80 }, long.usage)
    XCTAssertTrue(usage.contains { $0.hasPrefix("  --b FILE               more") }, "options aligned:\n\(long.usage)")
    XCTAssertTrue(long.usage.contains("[--a-long-option FILE]"), "options in the synopsis")
    XCTAssertEqual(run(["--section", "1"]).status, 0)
    XCTAssertEqual(run(["--section", "1"]).output, ["1. ok", "─────", "hello"])
    XCTAssertEqual(run(["--section", "2"]).status, 1)
    XCTAssertEqual(run(["--section", "2"]).errors, ["1 self-check(s) failed: this is a bug in the workbook"])
    XCTAssertEqual(run(["--section", "3"]).errors, ["error in section 3 (throws): f.csv:2:1: bad"])
    XCTAssertEqual(run(["--section", "4"]).status, 2)
    XCTAssertTrue(run(["--bogus"]).errors.first?.hasPrefix("error: unknown argument \"--bogus\"") ?? false)
    XCTAssertEqual(run(["--list"]).output, ["1. ok", "2. fails", "3. throws"])
    XCTAssertTrue(run([]).output.first?.hasPrefix("Lesson 9 · T") ?? false)
  }

  /// A section that does not end with a blank line still gets one before the next heading.
  func testSeparatesSectionsWithOneBlankLine() {
    let walkthrough = Walkthrough(
      lesson: 1, title: "T",
      sections: [
        WalkthroughSection("a") { $0.line("no blank after me") },
        WalkthroughSection("b") { $0.paragraph("ends with a blank") },
        WalkthroughSection("c") { _ in },
      ])
    let output = Collected()
    _ = walkthrough.run(arguments: [], style: .init(usesColour: false), output: output.append, errors: { _ in })
    XCTAssertEqual(
      output.lines,
      [
        "Lesson 1 · T", "════════════", "", "1. a", "────", "no blank after me", "", "2. b", "────",
        "ends with a blank", "",
        "3. c", "────",
      ])
  }
}

final class GreyscaleImageTests: XCTestCase {
  /// Brightness 0, 4, 8, 12, 16 of 16 map to the five shades, two characters per pixel, framed.
  func testShadesEveryLevelInAFrame() {
    let image = GreyscaleImage(row: Matrix(row: [0, 4, 8, 12, 16, 20]), width: 3, maximum: 16)
    XCTAssertEqual(image.render(), ["┌──────┐", "│  ░░▒▒│", "│▓▓████│", "└──────┘"])
  }

  /// Captions go under each picture; more than `perRow` pictures continue below a blank line.
  func testSideBySideWrapsIntoRows() {
    let dot = GreyscaleImage(pixels: Matrix([[16]]), maximum: 16)
    let lines = GreyscaleImage.sideBySide([dot, dot, dot], captions: ["a", "bcdef", "c"], perRow: 2, gap: 1)
    XCTAssertEqual(
      lines, ["┌──┐ ┌──┐", "│██│ │██│", "└──┘ └──┘", "a    bcde", "", "┌──┐", "│██│", "└──┘", "c"])
  }

  func testSideBySideBlocksWithoutCaptions() {
    XCTAssertEqual(sideBySide([["ab", "c"], ["x"]], perRow: 2, gap: 1), ["ab x", "c"])
  }

  /// A classifier that answers 1 right of x = 0: the right half is shaded, points on top.
  func testDecisionRegionPlot() {
    var plot = DecisionRegionPlot(x: -1...1, y: -1...1, width: 4, height: 2) { x, _ in x > 0 ? 1 : 0 }
    plot.points = [(-0.75, 0.75, 0), (0.75, -0.75, 1)]
    XCTAssertEqual(
      plot.render(),
      ["     ┌────┐", " 1.0 │○ ░░│", "-1.0 │  ░●│", "     └────┘", "     -1.0 1.0"])
  }

  /// f = x² + y² on a 5×3 grid with one band per decade (⌊log₁₀ f⌋): a cell gets a dot where
  /// its band differs from the cell to its right or below; the path's points are o, its last
  /// ●, and × marks the minimum.
  func testContourPlotTracesLevelSetsAndDrawsThePath() {
    var plot = ContourPlot(x: -1...1, y: -1...1, width: 5, height: 3, bandsPerDecade: 1) { x, y in x * x + y * y }
    // Cell centres: x = −0.8, −0.4, 0, 0.4, 0.8 and y = 0.667, 0, −0.667.
    // The centre is f = 0: the lowest band, log₁₀ 1e-300 = −300.
    XCTAssertEqual(plot.bands[1], [-1, -1, -300, -1, -1])
    XCTAssertEqual(plot.bands[0], [0, -1, -1, -1, 0])
    plot.path = [(-0.8, 0.667), (-0.4, 0)]
    plot.minimum = (0, 0)
    XCTAssertEqual(
      plot.render(),
      ["     ┌─────┐", " 1.0 │o ···│", "     │·●× ·│", "-1.0 │·  · │", "     └─────┘", "     -1.0 1.0"])
  }

  func testFormatsTuples() {
    XCTAssertEqual(formatTuple(Matrix(column: [0.2, -0.5, 3])), "(0.2000, -0.5000, 3.0000)")
    XCTAssertEqual(formatTuple(Matrix(row: [1, 0]), decimals: 0), "(1, 0)")
  }
}

final class NotAttemptedTests: XCTestCase {
  func testPointsAtThePackageRelativeLine() {
    let error = NotAttempted("1.3", file: "/home/me/workbook/Lessons/Lesson01/Exercises.swift", line: 57)
    XCTAssertEqual(error.location, "Lessons/Lesson01/Exercises.swift:57")
    XCTAssertEqual("\(error)", "Exercise 1.3 not attempted yet — Lessons/Lesson01/Exercises.swift:57")
  }
}

final class TerminalStyleTests: XCTestCase {
  /// Under `swift test` standard output is a pipe, not a terminal: no colour.
  func testNoColourWhenNotATerminal() {
    XCTAssertFalse(TerminalStyle.detect().usesColour)
    XCTAssertEqual(TerminalStyle(usesColour: false).warning("Errata:"), "Errata:")
  }
}

/// Bar charts: linear and logarithmic lengths, non-finite values without a bar.
final class BarChartTests: XCTestCase {
  func testLinearBars() {
    let lines = BarChart(labels: ["a", "bb"], values: [1, 2], width: 4).render()
    XCTAssertEqual(lines, ["a   ██    1.0000", "bb  ████  2.0000"])
  }

  func testLogarithmicBarsGiveEqualStepsForEqualRatios() {
    let lines = BarChart(labels: ["1", "2", "3"], values: [1e-6, 1e-3, 1], width: 9, logarithmic: true).render()
    let lengths = lines.map { $0.filter { "█▏▎▍▌▋▊▉".contains($0) }.count }
    XCTAssertEqual(lengths, [1, 5, 9])
  }

  func testNonFiniteAndZeroValuesHaveNoBar() {
    let lines = BarChart(labels: ["x", "y", "z"], values: [.nan, 0, 4], width: 2).render()
    XCTAssertEqual(lines[0], "x      NaN")
    XCTAssertEqual(lines[1], "y      0.0000")
    XCTAssertEqual(lines[2], "z  ██  4.0000")
  }
}

final class TextWrappingTests: XCTestCase {
  func testWidthCountsCharactersNotCodesOrAccents() {
    XCTAssertEqual(TextWrapping.displayWidth("x̂ = p̂ − y"), 9, "x̂ and p̂ are one column each")
    XCTAssertEqual(TextWrapping.displayWidth("\u{1B}[31mred\u{1B}[0m"), 3)
  }

  func testNeverSplitsAnOperatorFromItsNeighbours() {
    let lines = TextWrapping.wrap("it has the shape of W, n × 1, and L = (1 − y) · z", width: 24)
    XCTAssertEqual(lines, ["it has the shape of W,", "n × 1, and", "L = (1 − y) · z"])
  }

  func testIndentsAndKeepsLongWordsWhole() {
    let path = "Lessons/Lesson02/Exercises.swift:28:20"
    XCTAssertEqual(
      TextWrapping.wrap("at \(path) here", width: 20, indent: "  ", hangingIndent: "    "),
      ["  at", "    \(path)", "    here"])
    XCTAssertEqual(TextWrapping.wrap("one\ntwo", width: 80), ["one", "two"])
  }
}
