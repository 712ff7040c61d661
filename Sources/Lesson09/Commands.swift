import Foundation
import WorkbookBasics
import WorkbookReference

/// Lesson 9's own options: `--save FILE` keeps the trained network, `--predict FILE` classifies
/// a digit drawn as text, with the network of `--model FILE` or a freshly trained one.
enum CapstoneCommands {
  /// The `--help` lines.
  static let usage = [
    WalkthroughOption("--save FILE", "train the network, save it (and its standardiser) as JSON"),
    WalkthroughOption("--predict FILE", "classify a digit drawn as 8 lines of 8 characters (. + #)"),
    WalkthroughOption("--model FILE", "with --predict: use a saved model instead of training one"),
  ]

  /// Runs the options in `arguments` and returns the exit status, or nil when there are none
  /// (the walkthrough runs instead).
  static func run(_ arguments: [String], page: inout Page) -> Int32? {
    let names = ["--save", "--predict", "--model"]
    guard arguments.contains(where: names.contains) else { return nil }
    var values = [String: String]()
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      guard names.contains(argument) else {
        return fail("unknown argument \"\(argument)\" with \(names.joined(separator: ", "))", status: 2)
      }
      guard let value = remaining.popFirst(), !value.hasPrefix("--") else {
        return fail("\(argument) needs a file name", status: 2)
      }
      values[argument] = value
    }
    if values["--model"] != nil && values["--predict"] == nil {
      return fail("--model goes with --predict FILE", status: 2)
    }
    do {
      if let path = values["--save"] { try save(to: path, page: &page) }
      if let path = values["--predict"] { try predict(drawing: path, model: values["--model"], page: &page) }
      return 0
    } catch {
      return fail("\(error)", status: 1)
    }
  }

  /// Writes "error: …" to standard error and returns `status`: 2 for bad arguments, 1 for a
  /// file that cannot be read or written.
  private static func fail(_ message: String, status: Int32) -> Int32 {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    return status
  }

  /// Trains the capstone network and writes it, keeping any file already at `path` as a backup.
  static func save(to path: String, page: inout Page) throws {
    let run = try TrainedCapstone.shared()
    let model = SavedModel(network: run.best, standardizer: run.data.standardizer)
    let text = try model.jsonText()
    if FileManager.default.fileExists(atPath: path) {
      let backup = try backUp(path)
      page.text("\(path) already existed; the old file is kept as \(backup).")
    }
    try model.write(to: path)
    let accuracy = run.best.classificationAccuracy(features: run.data.validationX, targets: run.data.validationY)
    page.text(
      "Wrote \(path): \(run.best.layers.count) layers, \(run.best.parameterCount) parameters, "
        + "\(text.utf8.count) bytes; \(formatPercent(accuracy, decimals: 1)) of the validation digits right.")
    page.text("Classify a drawing with it:")
    page.code(["swift run Lesson09 --predict Lessons/Lesson09/digit.txt --model \(path)"])
  }

  /// Moves the file at `path` to the first free `path.backup`, `path.backup-2`, …
  private static func backUp(_ path: String) throws -> String {
    var candidate = path + ".backup"
    var number = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = "\(path).backup-\(number)"
      number += 1
    }
    try FileManager.default.moveItem(atPath: path, toPath: candidate)
    return candidate
  }

  /// Reads a drawing and prints the network's probabilities for it.
  static func predict(drawing path: String, model modelPath: String?, page: inout Page) throws {
    let drawing = try DigitDrawing.read(from: path)
    let model: SavedModel
    if let modelPath {
      model = try SavedModel.read(from: modelPath)
      page.text("Using the model in \(modelPath).")
    } else {
      let run = try TrainedCapstone.shared()
      model = SavedModel(network: run.best, standardizer: run.data.standardizer)
      page.text("Using a freshly trained capstone network (save one with --save FILE, then add --model FILE).")
    }
    guard model.inputWidth == 64, model.predict(.zeros(rows: 1, columns: 64)).columns == 10 else {
      throw ModelFileError(
        "\(modelPath ?? "the model"): it takes \(model.inputWidth.map(String.init) ?? "any number of") inputs; a digit "
          + "classifier takes 64 pixels and gives 10 classes")
    }
    page.text("The drawing in \(path):")
    page.line()
    showPrediction(of: drawing, by: model, caption: "your drawing", page: &page)
  }

  /// The drawing, the ten probabilities as bars, the class chosen, and a warning for pixels far
  /// from anything in the training digits.
  /// - Returns: the class chosen, its probability, and the largest |z| of a pixel after
  ///   standardising.
  @discardableResult
  static func showPrediction(
    of drawing: DigitDrawing, by model: SavedModel, caption: String, page: inout Page
  ) -> (choice: Int, probability: Double, largestDeviation: Double) {
    let probabilities = softmax(model.predict(drawing.pixels))
    let choice = argmaxPerRow(probabilities)[0]
    page.images([GreyscaleImage(row: drawing.pixels, width: 8, maximum: 1)], captions: [caption])
    page.line()
    page.bars(BarChart(labels: (0..<10).map { "\($0)" }, values: probabilities.values, width: 40))
    page.line()
    page.value("P(\(choice))", probabilities[0, choice], note: "the network reads a \(choice)")
    guard let standardizer = model.standardizer else {
      page.line()
      return (choice, probabilities[0, choice], 0)
    }
    let unusual = UnusualPixels(drawing.pixels, standardizer)
    if let worst = unusual.furthest {
      page.line()
      let never = unusual.neverInked.count
      let far = unusual.far.count
      var parts = [String]()
      if never > 0 { parts.append("\(never) \(never == 1 ? "is" : "are") inked where every training digit is blank") }
      if far > 0 {
        parts.append(
          "\(far) \(far == 1 ? "is" : "are") more than \(formatNumber(UnusualPixels.threshold, decimals: 0)) standard "
            + "deviations from the training digits' mean there (the furthest, row \(worst / 8 + 1) column "
            + "\(worst % 8 + 1), by \(formatNumber(unusual.largestDeviation, decimals: 0)))")
      }
      page.note(
        """
        \(never + far) pixel\(never + far == 1 ? "" : "s") of this drawing \(never + far == 1 ? "is" : "are") \
        unusual: \(parts.joined(separator: ", and ")). Such pixels are rare or absent in the \
        training digits, so treat the probabilities with care, however high.
        """)
    } else {
      page.line()
    }
    return (choice, probabilities[0, choice], unusual.largestDeviation)
  }
}
