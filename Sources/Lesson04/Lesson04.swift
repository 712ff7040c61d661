import WorkbookBasics

/// `swift run Lesson04`: the printed walkthrough of Lesson 4, XOR with a multilayer perceptron.
@main
struct Lesson04 {
  static func main() {
    Walkthrough(
      lesson: 4, title: "XOR with a multilayer perceptron",
      sections: [
        perceptronSection,
        collapseSection,
        activationsSection,
        xorSection,
        bostonNetworkSection,
        deepSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
