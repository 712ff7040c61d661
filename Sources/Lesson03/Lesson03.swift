import WorkbookBasics

/// `swift run Lesson03`: the printed walkthrough of Lesson 3, softmax and cross-entropy.
@main
struct Lesson03 {
  static func main() {
    Walkthrough(
      lesson: 3, title: "Softmax and cross-entropy (and multi-label)",
      sections: [
        targetsSection,
        onePostSection,
        threePostsSection,
        predictionSection,
        twoClassesSection,
        gradientSection,
        stabilitySection,
        multiLabelSection,
        summarySection,
        digitsSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
