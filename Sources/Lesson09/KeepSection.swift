import Foundation
import WorkbookBasics
import WorkbookReference

/// Section 8: the trained network written to a file, read back, and used on a drawing.
let keepSection = WalkthroughSection("Keep the model") { page in
  let run = try TrainedCapstone.shared()
  let model = SavedModel(network: run.best, standardizer: run.data.standardizer)
  let text = try model.jsonText()
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-lesson09-\(getpid())")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let path = folder.appendingPathComponent("model.json").path
  try model.write(to: path)
  let loaded = try SavedModel.read(from: path)
  let validationRows = run.data.digits.features.rows(at: run.data.split.validation)
  let rawAccuracy = run.best.classificationAccuracy(features: validationRows, targets: run.data.validationY)
  let standardisedAccuracy = run.best.classificationAccuracy(
    features: run.data.validationX, targets: run.data.validationY)
  page.paragraph(
    """
    A trained network is worth keeping, and the standardiser must be kept with it: fed the \
    raw validation pixels instead of standardised ones, section 3's network gets \
    \(formatPercent(rawAccuracy, decimals: 1)) of them right, against \
    \(formatPercent(standardisedAccuracy, decimals: 1)). The workbook's model file is JSON, readable in \
    any editor: a header with the format's name and version, the loss, the standardiser's \
    64 means and deviations, then one entry per layer, every matrix with its shape and one \
    line per row, batch normalisation's running statistics included (inference uses them). \
    Here is how the file of section 3's network begins (\(text.utf8.count) bytes in all):
    """)
  page.code(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(5).map(String.init) + ["  …"])
  let layerTypes = text.split(separator: "\n").filter { $0.contains("\"type\":") }
    .map { $0.split(separator: "\"")[3] }
  page.paragraph(
    """
    Its \(layerTypes.count) layers: \(layerTypes.joined(separator: ", ")). Written with \
    `swift run Lesson09 --save model.json`, read back by `SavedModel.read(from:)`, which \
    checks the header, every field, every shape and that each layer fits the one before, \
    and names the first problem it finds instead of crashing.
    """)
  let before = model.predict(run.data.digits.features.rows(at: run.data.split.test))
  let after = loaded.predict(run.data.digits.features.rows(at: run.data.split.test))
  page.check(
    "the model read back from the file gives the same \(before.count) test outputs, bit for bit",
    holds: before == after,
    detail: "largest difference \(formatScientific((before - after).values.map(abs).max() ?? .nan))")
  page.check(
    "reading a damaged file fails with a message naming the problem",
    holds: damagedFileMessage(text) == "layers[0].weights: declared 63×128 but holds 64 rows",
    detail: "“\(damagedFileMessage(text))”")
  page.line()
  page.paragraph(
    """
    The network can now classify digits drawn by hand, as text: 8 lines of 8 characters, \
    "." for a blank pixel, "+" for half ink, "#" for full ink, lines starting with // \
    ignored. The example in Lessons/Lesson09/digit.txt:
    """)
  page.code(DigitDrawing.example.split(separator: "\n").map(String.init))
  let drawing = try DigitDrawing(text: DigitDrawing.example, source: "the example")
  CapstoneCommands.showPrediction(of: drawing, by: loaded, caption: "digit.txt", page: &page)
  page.paragraph(
    """
    A high probability is not a guarantee. Here is a zero drawn round, out to the edges of \
    the box:
    """)
  let zero = try DigitDrawing(text: DigitDrawing.edgeZero, source: "the edge zero")
  let reading = CapstoneCommands.showPrediction(of: zero, by: loaded, caption: "a zero", page: &page)
  let deviations = loaded.standardizer?.standardDeviations ?? .ones(rows: 1, columns: 64)
  let z = loaded.standardizer?.transform(zero.pixels) ?? zero.pixels
  let furthest = (0..<64).max { abs(z[0, $0]) < abs(z[0, $1]) } ?? 0
  page.paragraph(
    reading.choice == 0
      ? "The network reads it right this time; the warning above still applies to drawings like it."
      : """
      The network reads it as a \(reading.choice), with P = \
      \(formatNumber(reading.probability)): on an input unlike its training data, a \
      network's confidence is no guide. The furthest pixel, row \(furthest / 8 + 1), column \
      \(furthest % 8 + 1), has a spread of only \(formatScientific(deviations[0, furthest])) in \
      the training digits (on the 0-to-1 scale), so one inked pixel there standardises to \
      \(formatNumber(reading.largestDeviation, decimals: 0)) standard deviations. Pixels like that, and ink where \
      every training digit is blank, are what the warning looks for.
      """)
  let sevenUnusual = loaded.standardizer.map { UnusualPixels(drawing.pixels, $0) }
  let zeroUnusual = loaded.standardizer.map { UnusualPixels(zero.pixels, $0) }
  page.check(
    "the warning fires for the edge zero and not for the example seven",
    holds: zeroUnusual?.any == true && sevenUnusual?.any == false,
    detail: "largest |z| \(formatNumber(zeroUnusual?.largestDeviation ?? .nan, decimals: 0)) for the zero, "
      + "\(formatNumber(sevenUnusual?.largestDeviation ?? .nan, decimals: 1)) for the seven; threshold "
      + formatNumber(UnusualPixels.threshold, decimals: 0))
  page.line()
  page.paragraph(
    """
    Try your own: copy digit.txt, draw a digit, and run \
    `swift run Lesson09 --predict mydigit.txt`. Draw it as the bundled digits are drawn: \
    thick strokes, inside the middle six columns.
    """)
}

/// The message of reading `text` with the first weight matrix declared one row short.
private func damagedFileMessage(_ text: String) -> String {
  guard let range = text.range(of: "\"rows\": 64, \"columns\": 128") else { return "(no match)" }
  let damaged = text.replacingCharacters(in: range, with: "\"rows\": 63, \"columns\": 128")
  do {
    _ = try SavedModel(json: Data(damaged.utf8))
    return "(accepted)"
  } catch {
    return error.message
  }
}
