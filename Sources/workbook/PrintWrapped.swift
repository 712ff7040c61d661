import WorkbookBasics

/// Prints `text`, each of its lines wrapped at spaces to `width` columns, so that nothing the
/// companion says runs past the terminal's edge. A wrapped line goes on as far in as it
/// started; lines that fit are printed as they are.
func printWrapped(_ text: String = "", width: Int = 80) {
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    guard TextWrapping.displayWidth(line) > width else {
      print(line)  // as it is: its spacing may line up columns
      continue
    }
    let indent = String(line.prefix { $0 == " " })
    let body = String(line.dropFirst(indent.count))
    for piece in TextWrapping.wrap(body, width: width, indent: indent, hangingIndent: indent) {
      print(piece)
    }
  }
}
