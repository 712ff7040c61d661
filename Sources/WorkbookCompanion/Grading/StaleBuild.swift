/// Recognises a build folder that is out of step with the exercise files, in two forms seen
/// after an exercise file was deleted and put back between builds:
///
/// - the compiler is happy, but the linker cannot find the exercises' functions
///   (`undefined reference to '$s17Lesson02Exercises7sigmoid…'` on Linux,
///   `"_$s17Lesson02Exercises7sigmoid…", referenced from:` on macOS): that module's compiled
///   files are stale;
/// - SwiftPM's plan names files that are gone (`unable to load output file map '…'`).
///
/// Removing the module's compiled files and SwiftPM's plan (`debug.yaml`) makes the next build
/// plan again and compile what is missing; it cures both.
public enum StaleBuild {
  /// True when the build's output shows either form.
  public static func isStale(_ output: String) -> Bool {
    !missingExerciseModules(in: output).isEmpty || output.contains("unable to load output file map")
  }

  /// The exercise modules ("Lesson02Exercises") whose symbols the linker could not find, in
  /// the order they first appear.
  /// - Parameter output: the build's output.
  public static func missingExerciseModules(in output: String) -> [String] {
    var modules = [String]()
    for line in output.split(separator: "\n")
    where line.contains("undefined reference to '") || line.contains("referenced from") || line.contains("\"_$s") {
      guard let module = mangledModuleName(in: line), module.hasSuffix("Exercises"), !modules.contains(module)
      else { continue }
      modules.append(module)
    }
    return modules
  }

  /// The module of the first Swift symbol in `text`: `$s17Lesson02Exercises…` → "Lesson02Exercises"
  /// (a Swift 5 mangled name starts with `$s`, then the module's name after its length).
  static func mangledModuleName(in text: some StringProtocol) -> String? {
    guard let start = text.range(of: "$s") else { return nil }
    let rest = text[start.upperBound...]
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard let length = Int(digits), length > 0 else { return nil }
    let name = rest.dropFirst(digits.count).prefix(length)
    return name.count == length ? String(name) : nil
  }
}
