import WorkbookBasics

/// `swift run Lesson05`: the printed walkthrough of Lesson 5, vanishing and exploding gradients.
@main
struct Lesson05 {
  static func main() {
    Walkthrough(
      lesson: 5, title: "Vanishing and exploding gradients",
      sections: [
        chainForwardSection,
        chainBackwardSection,
        pathsSection,
        deepGradientsSection,
        initialisationSection,
        symmetrySection,
        explodingSection,
        clippingSection,
        nextStepsSection,
      ]
    ).runAndExit()
  }
}
