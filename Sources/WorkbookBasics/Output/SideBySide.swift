/// Places blocks of text (pictures, small plots) next to each other, each with an optional
/// caption underneath, wrapping onto further rows of blocks after `perRow`.
/// - Parameters:
///   - blocks: the blocks, each a list of lines (of equal length within a block).
///   - captions: one short line under each block (cut to the block's width), or nil.
///   - perRow: blocks per row.
///   - gap: spaces between blocks.
/// - Returns: the lines of text, with a blank line between rows of blocks.
public func sideBySide(_ blocks: [[String]], captions: [String]? = nil, perRow: Int = 4, gap: Int = 2) -> [String] {
  require(perRow > 0, "sideBySide: perRow must be positive, got \(perRow)")
  require(gap >= 0, "sideBySide: the gap cannot be negative, got \(gap)")
  require(
    captions == nil || captions?.count == blocks.count,
    "sideBySide: \(blocks.count) blocks but \(captions?.count ?? 0) captions")
  var lines = [String]()
  for start in stride(from: 0, to: blocks.count, by: perRow) {
    let chunk = start..<Swift.min(start + perRow, blocks.count)
    let captioned = chunk.map { index -> [String] in
      let block = blocks[index]
      let width = block.map(\.count).max() ?? 0
      let padded = block.map { $0 + String(repeating: " ", count: width - $0.count) }
      guard let caption = captions?[index] else { return padded }
      let shown = String(caption.prefix(width))
      return padded + [shown + String(repeating: " ", count: width - shown.count)]
    }
    let height = captioned.map(\.count).max() ?? 0
    if start > 0 { lines.append("") }
    let spacer = String(repeating: " ", count: gap)
    for line in 0..<height {
      lines.append(
        captioned.map { block in
          line < block.count ? block[line] : String(repeating: " ", count: block.first?.count ?? 0)
        }.joined(separator: spacer).trimmingTrailingSpaces())
    }
  }
  return lines
}
