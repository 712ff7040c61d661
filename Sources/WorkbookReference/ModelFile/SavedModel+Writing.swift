import Foundation
import WorkbookBasics

extension SavedModel {
  /// The model as the JSON text `write(to:)` saves: two-space indents, one line per matrix row,
  /// every number in Swift's shortest form that reads back to the same bits.
  /// - Throws: `ModelFileError` for a layer type the format does not know (only the library's
  ///   own layers can be saved) or a parameter that is NaN or infinite (JSON has no such numbers).
  public func jsonText() throws(ModelFileError) -> String {
    var fields = [
      "\"format\": \(quoted(Self.formatName))",
      "\"version\": \(Self.formatVersion)",
      "\"loss\": \(quoted(try lossName(network.loss)))",
    ]
    if let standardizer {
      fields.append(
        "\"standardizer\": {\n"
          + "    \"means\": \(try matrixText(standardizer.means, "the standardiser's means", indent: 4)),\n"
          + "    \"standardDeviations\": "
          + "\(try matrixText(standardizer.standardDeviations, "the standardiser's deviations", indent: 4))\n  }")
    }
    var layerTexts = [String]()
    for (index, layer) in network.layers.enumerated() {
      layerTexts.append("    {\n" + (try layerFields(layer, index)).joined(separator: ",\n") + "\n    }")
    }
    fields.append("\"layers\": [\n" + layerTexts.joined(separator: ",\n") + "\n  ]")
    return "{\n" + fields.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
  }

  /// One layer's fields, each on its own line at a six-space indent.
  private func layerFields(_ layer: any Layer, _ index: Int) throws(ModelFileError) -> [String] {
    let label = "layer \(index) (\(layer.name))"
    func matrix(_ name: String, _ value: Matrix) throws(ModelFileError) -> String {
      "\(quoted(name)): \(try matrixText(value, "\(label): \(name)", indent: 6))"
    }
    let fields: [String]
    switch layer {
    case let dense as Dense:
      fields = ["\"type\": \"dense\"", try matrix("weights", dense.weights), try matrix("bias", dense.bias)]
    case let norm as BatchNorm:
      fields = [
        "\"type\": \"batchNorm\"", "\"momentum\": \(norm.momentum)", "\"epsilon\": \(norm.epsilon)",
        try matrix("scale", norm.scale), try matrix("shift", norm.shift), try matrix("runningMean", norm.runningMean),
        try matrix("runningVariance", norm.runningVariance),
      ]
    case let activation as ActivationLayer:
      fields = ["\"type\": \"activation\"", "\"function\": \(quoted(activation.function.name))"]
    case let dropout as Dropout:
      fields = ["\"type\": \"dropout\"", "\"rate\": \(dropout.rate)"]
    case let convolution as Conv2D:
      fields = [
        "\"type\": \"conv2d\"", "\"input\": \(shapeText(convolution.inputShape))",
        "\"kernelSize\": \(convolution.kernelSize)", "\"padding\": \(quoted(convolution.padding.rawValue))",
        try matrix("weights", convolution.weights), try matrix("bias", convolution.bias),
      ]
    case let pooling as MaxPool2D:
      fields = ["\"type\": \"maxPool2d\"", "\"input\": \(shapeText(pooling.inputShape))", "\"size\": \(pooling.size)"]
    default:
      throw ModelFileError(
        "\(label): the model format has no entry for \(type(of: layer)); it saves Dense, BatchNorm, ActivationLayer, "
          + "Dropout, Conv2D and MaxPool2D")
    }
    return fields.map { "      " + $0 }
  }

  /// {"rows": r, "columns": c, "values": [ one line per row ]}.
  private func matrixText(_ matrix: Matrix, _ what: String, indent: Int) throws(ModelFileError) -> String {
    if let broken = matrix.firstNonFiniteEntry {
      throw ModelFileError(
        "\(what): entry (\(broken.row), \(broken.column)) is \(formatNumber(broken.value)); a saved model "
          + "holds finite numbers only")
    }
    let pad = String(repeating: " ", count: indent + 2)
    let rows = (0..<matrix.rows).map { row in
      pad + "[" + (0..<matrix.columns).map { "\(matrix[row, $0])" }.joined(separator: ", ") + "]"
    }
    let body =
      rows.isEmpty ? "[]" : "[\n" + rows.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "]"
    return "{\"rows\": \(matrix.rows), \"columns\": \(matrix.columns), \"values\": \(body)}"
  }

  private func shapeText(_ shape: ImageShape) -> String {
    "{\"height\": \(shape.height), \"width\": \(shape.width), \"channels\": \(shape.channels)}"
  }

  private func lossName(_ loss: any LossFunction) throws(ModelFileError) -> String {
    switch loss {
    case is SoftmaxCrossEntropyLoss: return "softmaxCrossEntropy"
    case is BinaryCrossEntropyLoss: return "binaryCrossEntropy"
    case is MeanSquaredErrorLoss: return "meanSquaredError"
    default: throw ModelFileError("the model format has no entry for the loss \(type(of: loss))")
    }
  }
}

/// A JSON string literal (the format's own names need no escapes beyond these).
private func quoted(_ text: String) -> String {
  "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
