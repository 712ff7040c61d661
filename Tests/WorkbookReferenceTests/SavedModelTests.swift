import Foundation
import WorkbookBasics
import WorkbookReference
import XCTest

/// The model file: a round trip keeps every bit, and a wrong or damaged file is refused with
/// a message naming what is wrong.
final class SavedModelTests: XCTestCase {
  /// A trained-looking network of every layer type the format saves, with a standardiser.
  private func everyLayerModel() throws -> SavedModel {
    var generator = SeededGenerator(seed: 7)
    let shape = ImageShape(height: 4, width: 4, channels: 1)
    let convolution = Conv2D(inputShape: shape, filters: 3, initializer: .heNormal, using: &generator)
    let pooling = MaxPool2D(inputShape: convolution.outputShape)
    var network = Sequential(
      [
        convolution, ActivationLayer(.relu), pooling,
        Dense(inputs: pooling.outputShape.count, outputs: 5, initializer: .heNormal, using: &generator),
        BatchNorm(features: 5, momentum: 0.8), ActivationLayer(.tanh), Dropout(rate: 0.25, seed: 3),
        Dense(inputs: 5, outputs: 3, initializer: .glorotNormal, using: &generator),
      ], loss: SoftmaxCrossEntropyLoss())
    let features = Matrix.randomNormal(rows: 20, columns: 16, mean: 3, standardDeviation: 2, using: &generator)
    let scaler = Standardizer(fittedTo: features)
    var optimizer = Adam()
    try network.train(
      features: scaler.transform(features), targets: oneHot((0..<20).map { $0 % 3 }, classCount: 3),
      optimizer: &optimizer, schedule: ConstantRate(0.01), options: TrainingOptions(epochs: 3, batchSize: 5),
      order: { _ in Array(0..<20) })
    return SavedModel(network: network, standardizer: scaler)
  }

  private var probeInputs: Matrix {
    var generator = SeededGenerator(seed: 8)
    return Matrix.randomNormal(rows: 6, columns: 16, mean: 3, standardDeviation: 2, using: &generator)
  }

  func testARoundTripGivesTheSamePredictionsBitForBit() throws {
    let model = try everyLayerModel()
    let text = try model.jsonText()
    let loaded = try SavedModel(json: Data(text.utf8))
    XCTAssertEqual(loaded.predict(probeInputs), model.predict(probeInputs))
    XCTAssertEqual(loaded.network.parameters, model.network.parameters)
    XCTAssertEqual(loaded.network.layers.map(\.name), model.network.layers.map(\.name))
    let norm = try XCTUnwrap(loaded.network.layers[4] as? BatchNorm)
    let original = try XCTUnwrap(model.network.layers[4] as? BatchNorm)
    XCTAssertEqual(norm.runningMean, original.runningMean)
    XCTAssertEqual(norm.runningVariance, original.runningVariance)
    XCTAssertEqual(norm.momentum, 0.8)
    XCTAssertEqual(try loaded.jsonText(), text, "saving a loaded model writes the same file")
  }

  func testAFileOnDiskRoundTrips() throws {
    let model = try everyLayerModel()
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try model.write(to: path)
    XCTAssertEqual(try SavedModel.read(from: path).predict(probeInputs), model.predict(probeInputs))
  }

  func testTheFileIsReadableJSONWithAHeaderAndOneLinePerRow() throws {
    let text = try everyLayerModel().jsonText()
    XCTAssertTrue(text.hasPrefix("{\n  \"format\": \"swift-deep-learning-workbook model\",\n  \"version\": 1,"))
    XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    XCTAssertTrue(text.contains("\"type\": \"conv2d\""))
    // The 5 × 3 weights of the last layer: five lines of three numbers each.
    let lines = text.split(separator: "\n")
    let rowLines = lines.filter { $0.hasPrefix("        [") && $0.filter { $0 == "," }.count >= 2 }
    XCTAssertGreaterThanOrEqual(rowLines.count, 5)
  }

  /// Edits a good file and checks the message names the problem.
  private func assertRefused(
    _ edit: (String) -> String, mentions expected: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let good = try everyLayerModel().jsonText()
    let bad = edit(good)
    XCTAssertNotEqual(bad, good, "the edit changed nothing", file: file, line: line)
    do {
      _ = try SavedModel(json: Data(bad.utf8))
      XCTFail("a damaged file was accepted; expected “\(expected)”", file: file, line: line)
    } catch {
      XCTAssertTrue(
        error.message.contains(expected), "“\(error.message)” should mention “\(expected)”", file: file, line: line)
    }
  }

  private func replacingFirst(_ target: String, with replacement: String) -> (String) -> String {
    { text in
      guard let range = text.range(of: target) else { return text }
      return text.replacingCharacters(in: range, with: replacement)
    }
  }

  func testAWrongOrDamagedFileIsRefusedWithAMessageNamingTheProblem() throws {
    try assertRefused({ String($0.dropLast(40)) }, mentions: "is not valid JSON")
    try assertRefused({ _ in "[1, 2, 3]" }, mentions: "should hold a JSON object")
    try assertRefused(replacingFirst("workbook model", with: "keras model"), mentions: "\"format\" field")
    try assertRefused(replacingFirst("\"version\": 1", with: "\"version\": 2"), mentions: "version 2")
    try assertRefused(replacingFirst("\"version\": 1,", with: ""), mentions: "version (missing)")
    try assertRefused(
      replacingFirst("\"type\": \"dense\"", with: "\"type\": \"lstm\""),
      mentions: "layers[3] (lstm): unknown layer type")
    try assertRefused(
      replacingFirst("\"function\": \"relu\"", with: "\"function\": \"swish\""), mentions: "unknown function \"swish\"")
    try assertRefused(replacingFirst("\"rows\": 9", with: "\"rows\": 8"), mentions: "declared 8×3 but holds 9 rows")
    try assertRefused(
      replacingFirst("\"size\": 2", with: "\"size\": 3"), mentions: "a 3×3 window does not divide the input 4×4×3")
    try assertRefused(replacingFirst("\"kernelSize\": 3", with: "\"kernelSize\": 2"), mentions: "kernel size of 2")
    try assertRefused(
      replacingFirst("\"loss\": \"softmaxCrossEntropy\"", with: "\"loss\": \"hinge\""),
      mentions: "unknown loss \"hinge\"")
    try assertRefused(replacingFirst("\"momentum\": 0.8,", with: ""), mentions: "the field \"momentum\" is missing")
    try assertRefused(replacingFirst("\"rate\": 0.25", with: "\"rate\": 1.5"), mentions: "it must be in [0, 1)")
    try assertRefused(
      replacingFirst("\"rows\": 1, \"columns\": 5", with: "\"rows\": 1, \"columns\": 4"),
      mentions: "row 0 has 5 numbers, expected 4")
    try assertRefused(
      replacingFirst(
        "\"means\": {\"rows\": 1, \"columns\": 16", with: "\"means\": {\"rows\": \"one\", \"columns\": 16"),
      mentions: "standardizer.means.rows should be a whole number")
  }

  /// JSON has no infinity; Foundation refuses 1e999 as it parses.
  func testANumberTooLargeForADoubleIsRefused() throws {
    try assertRefused(
      { text in
        let pattern = /\"bias\": \{\"rows\": 1, \"columns\": 3, \"values\": \[\n *\[/
        guard let match = text.firstMatch(of: pattern) else { return text }
        return text.replacingCharacters(in: match.range, with: String(match.output) + "1e999, ")
          .replacingOccurrences(
            of: "\"bias\": {\"rows\": 1, \"columns\": 3", with: "\"bias\": {\"rows\": 1, \"columns\": 4")
      }, mentions: "is not valid JSON")
  }

  func testLayersThatDoNotFitTogetherAreRefused() throws {
    var generator = SeededGenerator(seed: 9)
    let network = Sequential(
      [
        Dense(inputs: 16, outputs: 4, initializer: .heNormal, using: &generator), ActivationLayer(.relu),
        Dense(inputs: 5, outputs: 2, initializer: .heNormal, using: &generator),
      ], loss: SoftmaxCrossEntropyLoss())
    let text = try SavedModel(network: network).jsonText()
    XCTAssertThrowsError(try SavedModel(json: Data(text.utf8))) { error in
      XCTAssertEqual((error as? ModelFileError)?.message, "layer 2 (Dense 5 → 2) takes 5 inputs, but layer 1 gives 4")
    }
  }

  func testWhatCannotBeSavedIsNamed() throws {
    var generator = SeededGenerator(seed: 10)
    var dense = Dense(inputs: 2, outputs: 2, initializer: .heNormal, using: &generator)
    dense.weights[1, 0] = .nan
    XCTAssertThrowsError(try SavedModel(network: Sequential([dense], loss: MeanSquaredErrorLoss())).jsonText()) {
      XCTAssertEqual(
        ($0 as? ModelFileError)?.message,
        "layer 0 (Dense 2 → 2): weights: entry (1, 0) is NaN; a saved model holds finite numbers only")
    }
    XCTAssertThrowsError(try SavedModel(network: Sequential([ForeignLayer()], loss: MeanSquaredErrorLoss())).jsonText())
    {
      XCTAssertTrue(($0 as? ModelFileError)?.message.contains("has no entry for ForeignLayer") ?? false, "\($0)")
    }
    XCTAssertThrowsError(try SavedModel.read(from: "/nonexistent/model.json")) {
      XCTAssertTrue(($0 as? ModelFileError)?.message.hasPrefix("cannot read /nonexistent/model.json") ?? false, "\($0)")
    }
  }
}

/// A layer the model format does not know.
private struct ForeignLayer: Layer {
  var parameters: [Matrix] = []
  var parameterRoles: [ParameterRole] { [] }
  var parameterGradients: [Matrix] { [] }
  var name: String { "foreign" }
  mutating func forward(_ input: Matrix, training: Bool) -> Matrix { input }
  mutating func backward(_ outputGradient: Matrix) -> Matrix { outputGradient }
}
