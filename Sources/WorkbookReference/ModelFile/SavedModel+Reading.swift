import Foundation
import WorkbookBasics

extension SavedModel {
  /// Rebuilds a model from the JSON that `jsonText()` writes, checking it all first.
  /// - Parameter json: the file's bytes.
  /// - Throws: `ModelFileError` naming the first problem: not JSON, another format or version,
  ///   an unknown layer type or activation, a missing field, a matrix whose rows do not match
  ///   its shape, a NaN or ∞, a shape that does not fit the layer before it.
  public init(json: Data) throws(ModelFileError) {
    let header = try decode(HeaderRecord.self, from: json)
    guard header.format == Self.formatName else {
      throw ModelFileError(
        "the \"format\" field is \(header.format.map { "\"\($0)\"" } ?? "missing"); a workbook model file says "
          + "\"\(Self.formatName)\"")
    }
    guard header.version == Self.formatVersion else {
      throw ModelFileError(
        "the file is version \(header.version.map(String.init) ?? "(missing)") of the model format; this workbook "
          + "reads version \(Self.formatVersion)")
    }
    let record = try decode(ModelRecord.self, from: json)
    let loss: any LossFunction
    switch record.loss {
    case "softmaxCrossEntropy": loss = SoftmaxCrossEntropyLoss()
    case "binaryCrossEntropy": loss = BinaryCrossEntropyLoss()
    case "meanSquaredError": loss = MeanSquaredErrorLoss()
    default:
      throw ModelFileError(
        "unknown loss \"\(record.loss)\"; expected softmaxCrossEntropy, binaryCrossEntropy or meanSquaredError")
    }
    guard !record.layers.isEmpty else { throw ModelFileError("the model has no layers") }
    var layers = [any Layer]()
    for (index, layerRecord) in record.layers.enumerated() { layers.append(try layerRecord.layer(index)) }
    self.network = Sequential(layers, loss: loss)
    self.standardizer = try record.standardizer?.standardizer()
    try checkLayersFit()
  }

  /// Each layer's input width must be the previous layer's output width, found by running one
  /// row of zeros through the network.
  private func checkLayersFit() throws(ModelFileError) {
    var width = standardizer?.means.columns ?? network.layers[0].expectedInputWidth
    var probe = network
    for index in probe.layers.indices {
      if let expected = probe.layers[index].expectedInputWidth, let current = width, expected != current {
        throw ModelFileError(
          "layer \(index) (\(probe.layers[index].name)) takes \(expected) inputs, but "
            + (index == 0 ? "the standardiser gives \(current)" : "layer \(index - 1) gives \(current)"))
      }
      let input = Matrix.zeros(rows: 1, columns: width ?? probe.layers[index].expectedInputWidth ?? 1)
      width = probe.layers[index].forward(input, training: false).columns
    }
  }
}

extension SavedModel {
  /// How many numbers each input row must have: the standardiser's width, or else the first
  /// layer that insists on one; nil when no layer does (a network of activations only).
  public var inputWidth: Int? {
    standardizer?.means.columns ?? network.layers.lazy.compactMap(\.expectedInputWidth).first
  }
}

extension Layer {
  /// The input width a layer insists on, or nil for one that takes any width.
  fileprivate var expectedInputWidth: Int? {
    switch self {
    case let dense as Dense: return dense.weights.rows
    case let norm as BatchNorm: return norm.scale.columns
    case let convolution as Conv2D: return convolution.inputShape.count
    case let pooling as MaxPool2D: return pooling.inputShape.count
    default: return nil
    }
  }
}

/// Decodes `type` from JSON, turning the decoder's error into a sentence naming the field.
private func decode<Record: Decodable>(_ type: Record.Type, from json: Data) throws(ModelFileError) -> Record {
  do {
    return try JSONDecoder().decode(type, from: json)
  } catch let error as DecodingError {
    throw ModelFileError(describe(error))
  } catch {
    throw ModelFileError("cannot be read as JSON: \(error.localizedDescription)")
  }
}

/// "layers[2].weights: …" from a decoding error.
private func describe(_ error: DecodingError) -> String {
  func path(_ keys: [any CodingKey]) -> String {
    let text = keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
    return text.hasPrefix(".") ? String(text.dropFirst()) : text
  }
  switch error {
  case .dataCorrupted(let context) where context.codingPath.isEmpty:
    return "is not valid JSON (\(context.debugDescription))"
  case .dataCorrupted(let context):
    return "\(path(context.codingPath)): \(context.debugDescription)"
  case .keyNotFound(let key, let context):
    return "\(path(context.codingPath + [key])) is missing"
  case .typeMismatch(_, let context) where context.codingPath.isEmpty:
    return "should hold a JSON object (a model with \"format\", \"version\" and \"layers\"), found something else"
  case .typeMismatch(let type, let context):
    return "\(path(context.codingPath)) should be \(describe(type))"
  case .valueNotFound(let type, let context):
    return "\(path(context.codingPath)) is null but should be \(describe(type))"
  @unknown default:
    return "cannot be read: \(error)"
  }
}

private func describe(_ type: Any.Type) -> String {
  switch type {
  case is Double.Type: return "a number"
  case is Int.Type: return "a whole number"
  case is String.Type: return "a string"
  default: return "a \(type)"
  }
}

/// The fields read first, so a file of another format or version says so before anything else.
private struct HeaderRecord: Decodable {
  let format: String?
  let version: Int?
}

private struct ModelRecord: Decodable {
  let loss: String
  let standardizer: StandardizerRecord?
  let layers: [LayerRecord]
}

private struct StandardizerRecord: Decodable {
  let means: MatrixRecord
  let standardDeviations: MatrixRecord

  func standardizer() throws(ModelFileError) -> Standardizer {
    let means = try self.means.matrix("standardizer.means")
    let deviations = try standardDeviations.matrix("standardizer.standardDeviations")
    guard means.rows == 1, deviations.shape == means.shape else {
      throw ModelFileError(
        "standardizer: the means (\(means.shapeDescription)) and deviations (\(deviations.shapeDescription)) "
          + "must be the same 1×n row")
    }
    if let column = deviations.values.firstIndex(where: { $0 <= 0 }) {
      throw ModelFileError(
        "standardizer.standardDeviations: column \(column) is \(formatNumber(deviations.values[column])); "
          + "each deviation must be > 0")
    }
    return Standardizer(means: means, standardDeviations: deviations)
  }
}

private struct ShapeRecord: Decodable {
  let height: Int
  let width: Int
  let channels: Int
}

private struct MatrixRecord: Decodable {
  let rows: Int
  let columns: Int
  let values: [[Double]]

  /// The matrix, after checking the declared shape against the rows given and that every
  /// number is finite (JSON cannot hold NaN, but 1e999 reads as ∞).
  func matrix(_ field: String) throws(ModelFileError) -> Matrix {
    guard rows >= 0, columns >= 0, rows <= 1 << 24, columns <= 1 << 24 else {
      throw ModelFileError("\(field): the shape \(rows)×\(columns) is not a usable matrix shape")
    }
    guard values.count == rows else {
      throw ModelFileError("\(field): declared \(rows)×\(columns) but holds \(values.count) rows")
    }
    if let row = values.firstIndex(where: { $0.count != columns }) {
      throw ModelFileError("\(field): row \(row) has \(values[row].count) numbers, expected \(columns)")
    }
    let matrix = Matrix(rows: rows, columns: columns, values: Array(values.joined()))
    if let broken = matrix.firstNonFiniteEntry {
      throw ModelFileError(
        "\(field): entry (\(broken.row), \(broken.column)) is \(formatNumber(broken.value)), not a finite number")
    }
    return matrix
  }
}

/// One layer as the file stores it: a type and the fields that type uses.
private struct LayerRecord: Decodable {
  let type: String
  let weights: MatrixRecord?
  let bias: MatrixRecord?
  let scale: MatrixRecord?
  let shift: MatrixRecord?
  let runningMean: MatrixRecord?
  let runningVariance: MatrixRecord?
  let momentum: Double?
  let epsilon: Double?
  let function: String?
  let rate: Double?
  let input: ShapeRecord?
  let kernelSize: Int?
  let padding: String?
  let size: Int?

  /// The layer, after checking every field it needs is there and makes sense.
  func layer(_ index: Int) throws(ModelFileError) -> any Layer {
    let label = "layers[\(index)] (\(type))"
    func field<Value>(_ value: Value?, _ name: String) throws(ModelFileError) -> Value {
      guard let value else { throw ModelFileError("\(label): the field \"\(name)\" is missing") }
      return value
    }
    func matrix(_ record: MatrixRecord?, _ name: String) throws(ModelFileError) -> Matrix {
      try field(record, name).matrix("layers[\(index)].\(name)")
    }
    func requireRow(_ matrix: Matrix, _ name: String, columns: Int) throws(ModelFileError) {
      guard matrix.rows == 1, matrix.columns == columns else {
        throw ModelFileError("\(label): \(name) is \(matrix.shapeDescription), expected 1×\(columns)")
      }
    }
    func imageShape() throws(ModelFileError) -> ImageShape {
      let shape = try field(input, "input")
      guard shape.height >= 1, shape.width >= 1, shape.channels >= 1,
        shape.height <= 4096, shape.width <= 4096, shape.channels <= 4096
      else {
        throw ModelFileError(
          "\(label): the input shape \(shape.height)×\(shape.width)×\(shape.channels) is not a usable image shape")
      }
      return ImageShape(height: shape.height, width: shape.width, channels: shape.channels)
    }
    switch type {
    case "dense":
      let weights = try matrix(weights, "weights")
      let bias = try matrix(bias, "bias")
      guard weights.rows >= 1, weights.columns >= 1 else {
        throw ModelFileError("\(label): the weights are \(weights.shapeDescription); a dense layer needs at least 1×1")
      }
      try requireRow(bias, "the bias", columns: weights.columns)
      return Dense(weights: weights, bias: bias)
    case "batchNorm":
      let momentum = try field(momentum, "momentum")
      let epsilon = try field(epsilon, "epsilon")
      guard momentum >= 0, momentum < 1, epsilon > 0, epsilon.isFinite else {
        throw ModelFileError(
          "\(label): momentum \(formatNumber(momentum)) must be in [0, 1) and epsilon \(formatNumber(epsilon)) > 0")
      }
      let scale = try matrix(scale, "scale")
      guard scale.rows == 1, scale.columns >= 1 else {
        throw ModelFileError("\(label): scale is \(scale.shapeDescription), expected a 1×n row")
      }
      var norm = BatchNorm(features: scale.columns, momentum: momentum, epsilon: epsilon)
      let shift = try matrix(shift, "shift")
      let mean = try matrix(runningMean, "runningMean")
      let variance = try matrix(runningVariance, "runningVariance")
      try requireRow(shift, "shift", columns: scale.columns)
      try requireRow(mean, "runningMean", columns: scale.columns)
      try requireRow(variance, "runningVariance", columns: scale.columns)
      if let column = variance.values.firstIndex(where: { $0 < 0 }) {
        throw ModelFileError("\(label): runningVariance column \(column) is negative")
      }
      norm.parameters = [scale, shift]
      norm.runningMean = mean
      norm.runningVariance = variance
      return norm
    case "activation":
      let name = try field(function, "function")
      guard let function = ActivationLayer.Function.allCases.first(where: { $0.name == name }) else {
        throw ModelFileError(
          "\(label): unknown function \"\(name)\"; expected one of "
            + ActivationLayer.Function.allCases.map(\.name).joined(separator: ", "))
      }
      return ActivationLayer(function)
    case "dropout":
      let rate = try field(rate, "rate")
      guard rate >= 0, rate < 1 else {
        throw ModelFileError("\(label): the rate is \(formatNumber(rate)); it must be in [0, 1)")
      }
      return Dropout(rate: rate)
    case "conv2d":
      let shape = try imageShape()
      let kernelSize = try field(kernelSize, "kernelSize")
      let paddingName = try field(padding, "padding")
      guard let padding = Conv2D.Padding(rawValue: paddingName) else {
        throw ModelFileError("\(label): unknown padding \"\(paddingName)\"; expected \"same\" or \"valid\"")
      }
      let fits = padding == .same ? kernelSize % 2 == 1 : kernelSize <= Swift.min(shape.height, shape.width)
      guard kernelSize >= 1, fits else {
        throw ModelFileError("\(label): a kernel size of \(kernelSize) does not work with \(paddingName) padding")
      }
      let weights = try matrix(weights, "weights")
      let bias = try matrix(bias, "bias")
      let patch = kernelSize * kernelSize * shape.channels
      guard weights.rows == patch, weights.columns >= 1 else {
        throw ModelFileError("\(label): the weights are \(weights.shapeDescription), expected \(patch) rows (k·k·C)")
      }
      try requireRow(bias, "the bias", columns: weights.columns)
      return Conv2D(inputShape: shape, kernelSize: kernelSize, padding: padding, weights: weights, bias: bias)
    case "maxPool2d":
      let shape = try imageShape()
      let size = try field(size, "size")
      guard size >= 1, shape.height % size == 0, shape.width % size == 0 else {
        throw ModelFileError("\(label): a \(size)×\(size) window does not divide the input \(shape)")
      }
      return MaxPool2D(inputShape: shape, size: size)
    default:
      throw ModelFileError(
        "\(label): unknown layer type; expected dense, batchNorm, activation, dropout, conv2d or maxPool2d")
    }
  }
}
