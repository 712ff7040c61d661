import WorkbookBasics

/// `swift run Lesson00`: the printed walkthrough of the prologue, derivatives, computation
/// graphs and automatic differentiation.
@main
struct Lesson00 {
  static func main() {
    Walkthrough(
      lesson: 0, title: "Derivatives, computation graphs and automatic differentiation",
      sections: [
        slopeSection,
        graphSection,
        pathsSection,
        logisticNeuronSection,
        valueNetworkSection,
        vectorisationSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
