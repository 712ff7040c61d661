import Foundation
import WorkbookBasics

/// A trained network with what it needs to classify new data, ready to be written to a file
/// and read back: its layers with their weights, batch normalisation's running statistics,
/// the loss, and the standardiser the inputs went through.
///
/// The file is JSON, human-readable and versioned: a header naming the format and its
/// version, then one object per layer, each matrix as its shape and one line per row.
///
/// ```
/// try SavedModel(network: network, standardizer: scaler).write(to: "model.json")
/// let model = try SavedModel.read(from: "model.json")   // the same predictions, bit for bit
/// let probabilities = model.predict(pixels)
/// ```
/// Reading checks everything (the header, each layer's type, every shape, that every number is
/// finite, that consecutive layers fit together) and throws a `ModelFileError` naming the first
/// problem, never a crash half-way.
public struct SavedModel: Sendable {
  /// The network, with its trained parameters and running statistics.
  public var network: Sequential
  /// The standardiser fitted to the training inputs, applied before the network; nil when the
  /// network takes its inputs as they are.
  public var standardizer: Standardizer?

  /// The value of the file's "format" field.
  public static let formatName = "swift-deep-learning-workbook model"
  /// The version of the format this workbook writes and reads.
  public static let formatVersion = 1

  /// A model to save.
  /// - Parameters:
  ///   - network: the trained network.
  ///   - standardizer: the standardiser its inputs need, if any.
  public init(network: Sequential, standardizer: Standardizer? = nil) {
    self.network = network
    self.standardizer = standardizer
  }

  /// The network's output for raw inputs: standardised first when the model has a standardiser,
  /// then the network in inference mode.
  /// - Parameter input: m × n, as the training data was before standardising.
  public func predict(_ input: Matrix) -> Matrix {
    network.predict(standardizer?.transform(input) ?? input)
  }

  /// Writes the model as JSON to `path`, replacing the file.
  /// - Throws: `ModelFileError` when a layer cannot be saved, a number is not finite, or the
  ///   file cannot be written.
  public func write(to path: String) throws(ModelFileError) {
    let text = try jsonText()
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ModelFileError("cannot write \(path): \(error.localizedDescription)")
    }
  }

  /// Reads a model written by `write(to:)`.
  /// - Throws: `ModelFileError` naming the file and the first problem found.
  public static func read(from path: String) throws(ModelFileError) -> SavedModel {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ModelFileError("cannot read \(path): \(error.localizedDescription)")
    }
    do {
      return try SavedModel(json: data)
    } catch {
      throw ModelFileError("\(path): \(error.message)")
    }
  }
}

/// Why a model could not be saved or loaded, in words that name the file, the layer or the
/// field, and what was wrong with it.
public struct ModelFileError: Error, CustomStringConvertible, Equatable {
  /// The explanation.
  public let message: String

  /// An error with the given explanation.
  public init(_ message: String) { self.message = message }

  /// The explanation.
  public var description: String { message }
}
