import Foundation
import WorkbookKernels

#if arch(x86_64)
  import WorkbookKernelsAVX2
  import WorkbookKernelsAVX512
#endif

/// Which compiled copy of the matrix product's kernel runs (see
/// Sources/WorkbookKernels/MatrixProductKernel.swift): every copy gives the same bits, the
/// wider ones faster.
///
/// The widest path the CPU supports is chosen once, at the first use of a kernel. The environment
/// variable `WORKBOOK_KERNEL=portable|avx2|avx512` forces one, e.g. to compare them or to run
/// the tests on the portable path.
public enum KernelPath: String, CaseIterable, Sendable {
  /// Any CPU: SSE2 on x86-64, NEON on arm64.
  case portable
  /// x86-64 CPUs with the x86-64-v3 feature level (AVX2, FMA, BMI1/2, …): Haswell (2013) and
  /// Zen 1 (2017) on.
  case avx2
  /// x86-64 CPUs with the x86-64-v4 level (AVX-512 F, BW, CD, DQ, VL).
  case avx512

  /// The path every product uses.
  public static let active: KernelPath = chooseActive(
    requested: ProcessInfo.processInfo.environment["WORKBOOK_KERNEL"], available: available)

  /// The paths this CPU can run, portable first.
  public static let available: [KernelPath] = {
    #if arch(x86_64)
      let features = CPUFeatures.current
      var paths = [KernelPath.portable]
      if features.isSuperset(of: CPUFeatures.x86_64v3) { paths.append(.avx2) }
      if features.isSuperset(of: CPUFeatures.x86_64v3.union(CPUFeatures.x86_64v4)) { paths.append(.avx512) }
      return paths
    #else
      return [.portable]
    #endif
  }()

  /// The path `WORKBOOK_KERNEL` asks for, or the widest available one when it is not set.
  /// - Precondition: a requested path is a known name that this CPU can run.
  static func chooseActive(requested: String?, available: [KernelPath]) -> KernelPath {
    guard let requested, !requested.isEmpty else { return available.last ?? .portable }
    guard let path = KernelPath(rawValue: requested) else {
      fatalError(
        "WORKBOOK_KERNEL=\(requested) is not a kernel path; use one of "
          + allCases.map(\.rawValue).joined(separator: ", ") + " (or unset it)")
    }
    guard available.contains(path) else {
      fatalError(
        "WORKBOOK_KERNEL=\(requested), but this CPU cannot run it; it can run "
          + available.map(\.rawValue).joined(separator: ", "))
    }
    return path
  }

  /// The compiled functions of one path.
  struct Kernels: Sendable {
    /// C += A·B (or C = A·B); see `WorkbookKernels.multiplyAdd` for the arguments (m, n, k; A
    /// and its row and column strides; B and its strides; C, its row stride, and whether to
    /// overwrite it), which are not checked here.
    let multiplyAdd:
      @Sendable (
        Int, Int, Int, UnsafePointer<Double>, Int, Int, UnsafePointer<Double>, Int, Int,
        UnsafeMutablePointer<Double>, Int, Bool
      ) -> Void
    /// Whether every one of `count` doubles is finite (`WorkbookKernels.allFinite`).
    let allFinite: @Sendable (UnsafePointer<Double>, Int) -> Bool
    /// target[i] ← target[i] − factor · values[i] (`WorkbookKernels.subtractScaled`: values,
    /// factor, target, count).
    let subtractScaled: @Sendable (UnsafePointer<Double>, Double, UnsafeMutablePointer<Double>, Int) -> Void
  }

  /// The functions of the active path, looked up once.
  static let activeKernels = active.kernels

  /// This path's compiled functions.
  var kernels: Kernels {
    switch self {
    case .portable:
      return Kernels(
        multiplyAdd: WorkbookKernels.multiplyAdd, allFinite: WorkbookKernels.allFinite,
        subtractScaled: WorkbookKernels.subtractScaled)
    case .avx2:
      #if arch(x86_64)
        return Kernels(
          multiplyAdd: WorkbookKernelsAVX2.multiplyAdd, allFinite: WorkbookKernelsAVX2.allFinite,
          subtractScaled: WorkbookKernelsAVX2.subtractScaled)
      #else
        fatalError("KernelPath.avx2 exists only on x86-64")
      #endif
    case .avx512:
      #if arch(x86_64)
        return Kernels(
          multiplyAdd: WorkbookKernelsAVX512.multiplyAdd, allFinite: WorkbookKernelsAVX512.allFinite,
          subtractScaled: WorkbookKernelsAVX512.subtractScaled)
      #else
        fatalError("KernelPath.avx512 exists only on x86-64")
      #endif
    }
  }
}
