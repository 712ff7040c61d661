import Foundation
import WorkbookBasics
import XCTest

/// The basics' side of the bad-input sweep that does not stop the program: data loading and
/// solving throw an error a caller can catch, NaN never disappears from a reduction, and sizes
/// 0 and 1 give the correct (finite) answer. The calls that must stop are in
/// `WorkbookReferenceTests/BadInputTrapTests`.
final class BadInputResultTests: XCTestCase {
  // MARK: CSV: every bad file throws a CSVError naming the place

  private func csvError(_ text: String) -> String {
    do {
      _ = try CSVTable(parsing: text, source: "t.csv")
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  func testHexadecimalNaNAndInfinityAreNotData() {
    // Double("0x10") is 16 and Double("nan") is NaN: a CSV field is read as a decimal only.
    XCTAssertEqual(
      csvError("a,b\n1,0x10\n"),
      "t.csv:2:2: \"0x10\" in column \"b\" is not a decimal number (such as 12, -0.5 or 1.2e-3)")
    for field in ["nan", "inf", "-infinity", "1_000", "0b11", "1e400", "1.2.3", "e5", "--1"] {
      XCTAssertTrue(csvError("a\n\(field)\n").hasPrefix("t.csv:2:1: \"\(field)\""), field)
    }
  }

  func testPlainDecimalsAreRead() throws {
    let table = try CSVTable(parsing: "a,b,c,d\n12,-0.5,1.2e-3,+.25\n", source: "t.csv")
    XCTAssertEqual(table.values, Matrix([[12, -0.5, 1.2e-3, 0.25]]))
  }

  func testAHeaderWithNoRowsIsNotADataSet() {
    XCTAssertEqual(csvError("a,b\n"), "t.csv:2: the file has a header (2 columns) but no data rows")
    XCTAssertEqual(csvError("a,b\n\n  \n"), "t.csv:2: the file has a header (2 columns) but no data rows")
  }

  func testAFolderIsNamedAsAFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-folder-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    XCTAssertThrowsError(try CSVTable(contentsOf: folder)) { error in
      XCTAssertEqual("\(error)", "\(folder.path): this is a folder, not a CSV file")
    }
  }

  func testALatin1FileNamesItsFirstBadByte() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(getpid()).csv")
    // "x,y\n1,2\ncafé…": é is the single byte 0xE9 in Latin-1, which is not UTF-8.
    try Data("x,y\n1,2\ncaf".utf8 + [0xE9] + Data(",3\n".utf8)).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    XCTAssertThrowsError(try CSVTable(contentsOf: file)) { error in
      XCTAssertTrue(
        "\(error)".hasPrefix("\(file.path):3:4: this is not UTF-8 text (byte 0xE9; a file saved as Latin-1"),
        "\(error)")
    }
  }

  // MARK: solving throws on NaN and ∞ instead of returning garbage

  private func notFinite(_ call: () throws -> Matrix) -> (argument: String, row: Int, column: Int)? {
    do {
      _ = try call()
    } catch LinearAlgebraError.notFinite(_, let argument, let row, let column, _) {
      return (argument, row, column)
    } catch {
      XCTFail("expected LinearAlgebraError.notFinite, got \(error)")
    }
    return nil
  }

  func testALinearSolveNamesTheNaNOrInfinity() {
    let A = Matrix([[2, 0], [0, 4]])
    XCTAssertEqual(notFinite { try solveLinearSystem(A, Matrix(column: [1, .nan])) }?.argument, "B")
    XCTAssertEqual(notFinite { try solveLinearSystem(A, Matrix(column: [1, .nan])) }?.row, 1)
    XCTAssertEqual(
      notFinite { try solveLinearSystem(Matrix([[2, .infinity], [0, 4]]), Matrix(column: [1, 1])) }?.column, 1)
    let message = LinearAlgebraError.notFinite(
      operation: "solveLinearSystem", argument: "B", row: 1, column: 0, value: .nan)
    XCTAssertEqual(
      "\(message)",
      "solveLinearSystem: B [1, 0] is NaN; a NaN or ∞ in the data (a missing value?) makes every entry of the answer "
        + "meaningless")
  }

  func testAnOverflowingSolutionIsNotReturned() {
    // 1e300 / 1e-300 = 1e600 is beyond the largest Double.
    XCTAssertEqual(
      notFinite { try solveLinearSystem(Matrix([[1e-300]]), Matrix([[1e300]])) }?.argument, "the solution X")
  }

  // MARK: NaN never disappears from a reduction

  func testMaxAndMinAgreeOnNaNWhereverItIs() {
    for values in [[Double.nan, 1, 2], [1, .nan, 2], [1, 2, .nan]] {
      XCTAssertTrue(Matrix(row: values).max().isNaN, "max of \(values)")
      XCTAssertTrue(Matrix(row: values).min().isNaN, "min of \(values)")
    }
    XCTAssertEqual(Matrix(row: [1, .infinity, -.infinity]).max(), .infinity)
    XCTAssertEqual(Matrix(row: [1, .infinity, -.infinity]).min(), -.infinity)
  }

  func testSumsMeansAndNormsCarryNaN() {
    let withNaN = Matrix([[1, .nan], [3, 4]])
    XCTAssertTrue(withNaN.sum().isNaN)
    XCTAssertTrue(withNaN.mean().isNaN)
    XCTAssertTrue(withNaN.norm().isNaN)
    XCTAssertTrue(withNaN.mean(axis: 0)[0, 1].isNaN)
    XCTAssertEqual(withNaN.mean(axis: 0)[0, 0], 2)
    XCTAssertEqual(Matrix(row: [3, -.infinity]).norm(), .infinity)
  }

  func testRelativeErrorNeverCallsNaNAMatch() {
    XCTAssertEqual(relativeError(.nan, .nan), .infinity)
    XCTAssertEqual(relativeError(.nan, 1), .infinity)
    XCTAssertEqual(relativeError(Matrix([[1, .nan]]), Matrix([[1, 2]])), .infinity)
    XCTAssertEqual(relativeError(.infinity, .infinity), 0)
  }

  func testANaNFunctionGivesANaNGradient() {
    let gradient = numericGradient(of: { $0[0, 0] < 0 ? .nan : $0.sum() }, at: Matrix([[1e-6, 2]]))
    XCTAssertTrue(gradient[0, 0].isNaN, "the probe below 0 saw NaN")
    XCTAssertEqual(gradient[0, 1], 1, accuracy: 1e-9)
  }

  // MARK: CSV details a spreadsheet adds

  func testAByteOrderMarkAndQuotedNamesAreNotPartOfTheHeader() throws {
    let table = try CSVTable(parsing: "\u{FEFF}\"a\",b\n\"1\",2\n", source: "t.csv")
    XCTAssertEqual(table.header, ["a", "b"])
    XCTAssertEqual(table.values, Matrix([[1, 2]]))
  }

  func testANumericFirstRowIsNotAHeader() {
    XCTAssertEqual(
      csvError("1,2\n3,4\n"), "t.csv:1: the first row (1, 2) is numbers, not column names; the file needs a header row")
    XCTAssertEqual(csvError("\na,b\n1,2\n"), "t.csv:1: line 1 is empty; the header row must come first")
  }

  func testInvisibleCharactersAreShownInMessages() {
    XCTAssertEqual(
      csvError("a\n1\u{0}\n"),
      "t.csv:2:1: \"1\\u{0}\" in column \"a\" is not a decimal number (such as 12, -0.5 or 1.2e-3)")
  }

  func testCarriageReturnLinesAreCountedWhenLocatingABadByte() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cr-\(getpid()).csv")
    try Data("x,y\r1,2\rcaf".utf8 + [0xE9] + Data("\r".utf8)).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    XCTAssertThrowsError(try CSVTable(contentsOf: file)) { error in
      XCTAssertTrue("\(error)".hasPrefix("\(file.path):3:4: this is not UTF-8"), "\(error)")
    }
  }

  // MARK: extreme finite values give finite answers

  func testHugeFiniteValuesDoNotOverflowTheAnswer() {
    XCTAssertEqual(largestEigenvalue(ofSymmetric: Matrix([[1e160]])), 1e160, accuracy: 1e146)
    XCTAssertEqual(largestEigenvalue(ofSymmetric: Matrix([[1e200, 0], [0, 1e200]])), 1e200, accuracy: 1e186)
    XCTAssertEqual(Matrix(row: [1e308, 1e308]).mean(), 1e308)
    XCTAssertEqual(Matrix(column: [1e308, 1e308]).mean(axis: 0), Matrix([[1e308]]))
    let bars = BarChart(labels: ["a", "b"], values: [1.7e308, 1], width: 4).render()
    XCTAssertTrue(bars[0].contains("████"), bars[0])
    let logBars = BarChart(labels: ["a", "b"], values: [1e-300, 1e10], width: 4, logarithmic: true).render()
    XCTAssertTrue(logBars[1].contains("████"), logBars[1])
    XCTAssertEqual(LinePlot([-1e308, 1e308], width: 10, height: 2).render().count, 4)
  }

  func testADecisionPlotSkipsPointsItCannotPlace() {
    var plot = DecisionRegionPlot(x: 0...1, y: 0...1, width: 4, height: 2) { _, _ in 0 }
    plot.points = [(.nan, 0.5, 1), (1e300, 0.5, 1), (0.1, 0.9, 1)]
    XCTAssertEqual(plot.render().joined().filter { $0 == "●" }.count, 1, "only the point inside is drawn")
  }

  func testASectionNumberWithNoSectionsIsAUsageError() {
    var errors = [String]()
    let status = Walkthrough(lesson: 1, title: "t", sections: []).run(
      arguments: ["--section", "1"], style: TerminalStyle(usesColour: false), output: { _ in },
      errors: { errors.append($0) })
    XCTAssertEqual(status, 2)
    XCTAssertTrue(errors.joined().contains("--section needs a number"), "\(errors)")
  }

  // MARK: a plot says what it could not draw

  func testALinePlotNamesTheValuesItCouldNotDraw() {
    let diverged = LinePlot([3, 2, .nan, .infinity], width: 10, height: 2).render()
    XCTAssertEqual(diverged.last, "  (2 values not drawn; the first, NaN at 2, is not a finite number)")
    let logarithmic = LinePlot([1, 0, 10], width: 10, height: 2, logarithmic: true).render()
    XCTAssertEqual(logarithmic.last, "  (1 value not drawn; the first, 0.0000 at 1, is ≤ 0 on the log scale)")
    XCTAssertEqual(
      LinePlot([Double.nan], width: 10, height: 2).render(),
      ["(nothing to plot: no finite values)", "  (1 value not drawn; the first, NaN at 0, is not a finite number)"])
    XCTAssertFalse(LinePlot([1, 2], width: 10, height: 2).render().joined().contains("not drawn"))
  }

  // MARK: sizes 0 and 1 have correct answers

  func testEmptyMatricesHaveTheirExactAnswers() {
    let empty = Matrix.zeros(rows: 0, columns: 3)
    XCTAssertEqual(empty.sum(), 0, "an empty sum is 0")
    XCTAssertEqual(empty.sum(axis: 0), .zeros(rows: 1, columns: 3))
    XCTAssertEqual(empty.transposed().shapeDescription, "3×0")
    XCTAssertEqual(Matrix.zeros(rows: 2, columns: 0).matmul(.zeros(rows: 0, columns: 3)), .zeros(rows: 2, columns: 3))
    XCTAssertEqual(Matrix.identity(0).shapeDescription, "0×0")
    XCTAssertEqual(Matrix.hstack([]).shapeDescription, "0×0")
    var generator = SeededGenerator(seed: 3)
    XCTAssertEqual(Matrix.randomNormal(rows: 0, columns: 4, using: &generator).shapeDescription, "0×4")
    XCTAssertEqual(generator.permutation(0), [])
    XCTAssertEqual(generator.permutation(1), [0])
    XCTAssertEqual(Matrix.zeros(rows: 0, columns: 0).norm(), 0)
  }

  func testOneByOneMatricesBehave() throws {
    let one = Matrix([[-2]])
    XCTAssertEqual(one.mean(), -2)
    XCTAssertEqual(one.variance(axis: 0), Matrix([[0]]))
    XCTAssertEqual(one.max(), -2)
    XCTAssertEqual(largestEigenvalue(ofSymmetric: Matrix([[5]])), 5, accuracy: 1e-12)
    XCTAssertEqual(try solveLinearSystem(Matrix([[4]]), Matrix([[2]])), Matrix([[0.5]]))
  }
}
