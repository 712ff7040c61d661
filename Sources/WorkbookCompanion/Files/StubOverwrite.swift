/// What a learner would lose if a freshly generated stub were written over their exercise
/// file: `workbook verify-sources --write-stubs` refuses to write over these parts.
///
/// A part is compared by its code only (lines that are neither blank nor comments), so a
/// course author's change to a doc comment can be written over an untouched stub, while an
/// answer, a helper function, or a changed declaration counts as an edit.
public enum StubOverwrite {
  /// The parts of `current` whose code differs from `newStub`'s: exercise numbers ("2.3"),
  /// or "the lines before the first exercise". An exercise that `newStub` no longer has
  /// counts when it has an answer (its `throw NotAttempted` line is gone).
  /// - Parameters:
  ///   - current: the learner's file as it is.
  ///   - newStub: the stub that would replace it.
  public static func editedParts(current: String, newStub: String) -> [String] {
    let old = ExerciseRegions(in: current)
    let new = ExerciseRegions(in: newStub)
    var edited = [String]()
    if code(old.lines.prefix(preambleLength(old))) != code(new.lines.prefix(preambleLength(new))) {
      edited.append("the lines before the first exercise")
    }
    for region in old.regions {
      let oldCode = code(old.regionLines(region.number))
      if new.region(of: region.number) != nil {
        if oldCode != code(new.regionLines(region.number)) { edited.append(region.number) }
      } else if !oldCode.contains(where: { $0.contains("NotAttempted(\"\(region.number)\")") }) {
        edited.append(region.number)
      }
    }
    return edited
  }

  /// The lines before the first exercise's MARK line.
  private static func preambleLength(_ regions: ExerciseRegions) -> Int {
    (regions.regions.first?.firstLine ?? regions.lines.count + 1) - 1
  }

  /// The lines that are code: not blank, not a comment; leading and trailing spaces removed.
  static func code(_ lines: some Sequence<String>) -> [String] {
    lines.map { $0.trimmingSpaces() }.filter { !$0.isEmpty && !$0.hasPrefix("//") }
  }
}
