import WorkbookBasics
import XCTest

/// The progress bar draws only when live, redraws in place and leaves nothing behind.
final class ProgressBarTests: XCTestCase {
  func testTheLineFillsInProportion() {
    XCTAssertEqual(
      ProgressBar.line(done: 5, total: 20, label: "training", detail: "loss 0.5", usesColour: false),
      "training [█████░░░░░░░░░░░░░░░]  5/20 loss 0.5")
    XCTAssertEqual(
      ProgressBar.line(done: 3, total: 3, label: "x", detail: "", usesColour: false), "x [████████████████████] 3/3")
    XCTAssertTrue(ProgressBar.line(done: 1, total: 2, label: "x", detail: "", usesColour: true).contains("\u{1B}[32m"))
  }

  func testALiveBarRedrawsInPlaceAndIsErasedAtTheEnd() {
    let written = Recorder()
    let bar = ProgressBar(total: 4, label: "run", live: true, usesColour: false) { written.parts.append($0) }
    bar.update(1)
    bar.update(4, detail: "done")
    bar.finish()
    XCTAssertEqual(written.parts.count, 3)
    XCTAssertTrue(written.parts.dropLast().allSatisfy { $0.hasPrefix("\r") && $0.hasSuffix("\u{1B}[K") })
    XCTAssertEqual(written.parts.last, "\r\u{1B}[K")
  }

  func testABarThatIsNotLiveWritesNothing() {
    let written = Recorder()
    let bar = ProgressBar(total: 4, label: "run", live: false, usesColour: false) { written.parts.append($0) }
    bar.update(2)
    bar.finish()
    XCTAssertTrue(written.parts.isEmpty)
  }
}

private final class Recorder {
  var parts = [String]()
}
