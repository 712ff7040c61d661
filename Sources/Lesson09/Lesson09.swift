import Foundation
import WorkbookBasics

/// `swift run Lesson09`: the printed walkthrough of Lesson 9, the capstone, and its own
/// options to save the trained network and classify a drawn digit.
@main
struct Lesson09 {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    var page = Page(style: .detect())
    if let status = CapstoneCommands.run(arguments, page: &page) { exit(status) }
    Walkthrough(
      lesson: 9, title: "Capstone: a digit classifier end to end",
      sections: [
        dataSection,
        healthChecksSection,
        trainingSection,
        diagnosticsSection,
        resultSection,
        wideDeepSection,
        convolutionSection,
        keepSection,
        nextStepsSection,
      ], moreOptions: CapstoneCommands.usage
    ).runAndExit()
  }
}
