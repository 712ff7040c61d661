// swift-tools-version: 6.0
// The Swift deep-learning workbook: a core library, one walkthrough executable per lesson,
// and graded exercises. No package dependencies: the Swift toolchain only.
import PackageDescription

/// The lessons that exist. Adding `LessonNN` here adds its walkthrough executable
/// (`Sources/LessonNN`), its exercise module and its graded tests (`Tests/LessonNNTests`).
let lessons = [
  "Lesson00", "Lesson01", "Lesson02", "Lesson03", "Lesson04", "Lesson05", "Lesson06", "Lesson07", "Lesson08",
  "Lesson09",
]

/// `WORKBOOK_SOLUTIONS=1 swift test` grades the reference answers in `Solutions/` instead of
/// the learner's files in `Lessons/`. Exactly "1" switches; anything else is learner mode.
let gradingSolutions = Context.environment["WORKBOOK_SOLUTIONS"] == "1"
let solutionsDefine: [SwiftSetting] = gradingSolutions ? [.define("WORKBOOK_SOLUTIONS")] : []

/// The core's numeric loops are 50-100x slower unoptimised, so the library targets are compiled
/// with -O even in the debug build that `swift run` and `swift test` use.
let optimisedInEveryBuild: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The matrix product's kernel, one source file (Sources/WorkbookKernels) compiled once for any
/// CPU and, on x86-64, again for AVX2 and AVX-512 (the other two folders hold links to the same
/// file). WorkbookBasics picks one at run time, after checking the CPU's features.
/// `#if arch(x86_64)` in a manifest is evaluated for the machine that builds, which is the one
/// that runs the lessons. (`-target-cpu x86-64-v3` is refused by the compiler; the clang
/// option `-march` sets the same features.)
var kernelTargets: [Target] = [.target(name: "WorkbookKernels", swiftSettings: optimisedInEveryBuild)]
var kernelModules: [Target.Dependency] = ["WorkbookKernels"]
#if arch(x86_64)
  for (name, level, define) in [
    ("WorkbookKernelsAVX2", "x86-64-v3", "WORKBOOK_KERNEL_AVX2"),
    ("WorkbookKernelsAVX512", "x86-64-v4", "WORKBOOK_KERNEL_AVX512"),
  ] {
    kernelTargets.append(
      .target(
        name: name,
        swiftSettings: optimisedInEveryBuild + [.define(define), .unsafeFlags(["-Xcc", "-march=\(level)"])]))
    kernelModules.append(.target(name: name))
  }
#endif

var targets: [Target] =
  kernelTargets + [
    .target(
      name: "WorkbookBasics",
      dependencies: kernelModules,
      resources: [.copy("Datasets")],
      swiftSettings: optimisedInEveryBuild),
    .target(
      name: "WorkbookReference",
      dependencies: ["WorkbookBasics"],
      swiftSettings: optimisedInEveryBuild),
    .target(name: "WorkbookCompanion"),
    .executableTarget(name: "workbook", dependencies: ["WorkbookCompanion", "WorkbookBasics"]),
    .executableTarget(name: "Benchmark", dependencies: ["WorkbookBasics", "WorkbookReference"]),
    .target(
      name: "GradingSupport",
      dependencies: ["WorkbookBasics"],
      path: "Tests/GradingSupport",
      swiftSettings: solutionsDefine),
    .testTarget(name: "WorkbookBasicsTests", dependencies: ["WorkbookBasics"]),
    .testTarget(name: "WorkbookReferenceTests", dependencies: ["WorkbookBasics", "WorkbookReference"]),
    .testTarget(name: "WorkbookCompanionTests", dependencies: ["WorkbookCompanion"]),
    .testTarget(name: "GradingSupportTests", dependencies: ["GradingSupport", "WorkbookBasics"]),
    .testTarget(
      name: "WalkthroughTests",
      dependencies: lessons.map { .target(name: $0) } + ["WorkbookBasics"]),
  ]

/// Files in a lesson's folder besides its exercises and README, which the build must skip.
let extraLessonFiles = ["Lesson09": ["digit.txt"]]

for lesson in lessons {
  targets += [
    .executableTarget(
      name: lesson,
      dependencies: ["WorkbookBasics", "WorkbookReference"]),
    .target(
      name: "\(lesson)Exercises",
      dependencies: ["WorkbookBasics"],
      path: "\(gradingSolutions ? "Solutions" : "Lessons")/\(lesson)",
      exclude: gradingSolutions ? [] : ["README.md"] + (extraLessonFiles[lesson] ?? [])),
    .testTarget(
      name: "\(lesson)Tests",
      dependencies: [.target(name: "\(lesson)Exercises"), "WorkbookBasics", "WorkbookReference", "GradingSupport"],
      swiftSettings: solutionsDefine),
  ]
}

let package = Package(
  name: "DeepLearningWorkbook",
  products: lessons.map { .executable(name: $0, targets: [$0]) }
    + [.executable(name: "workbook", targets: ["workbook"]), .executable(name: "Benchmark", targets: ["Benchmark"])],
  targets: targets
)
