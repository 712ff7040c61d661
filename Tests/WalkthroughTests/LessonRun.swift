import Foundation

/// What a lesson executable printed and how it exited.
struct LessonRun {
  let status: Int32
  let output: String
  let errors: String
}

/// Runs a lesson executable from the build folder (next to the test bundle) and collects its
/// output.
func runLesson(_ name: String, arguments: [String] = []) throws -> LessonRun {
  let process = Process()
  process.executableURL = productsDirectory.appendingPathComponent(name)
  process.arguments = arguments
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = "1"
  process.environment = environment
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return LessonRun(
    status: process.terminationStatus,
    output: String(decoding: outputData, as: UTF8.self),
    errors: String(decoding: errorData, as: UTF8.self))
}

/// The folder holding the built products: the test bundle's folder.
var productsDirectory: URL {
  #if os(macOS)
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    fatalError("no .xctest bundle found")
  #else
    return Bundle.main.bundleURL
  #endif
}
