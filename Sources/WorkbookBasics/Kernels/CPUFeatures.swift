import Foundation

#if canImport(Darwin)
  import Darwin
#endif

/// The x86-64 instruction-set features the CPU (and the operating system, which must save the
/// wide registers) supports, by their Linux /proc/cpuinfo names.
///
/// A module compiled for a feature level may use any instruction of that level anywhere, so a
/// wide kernel is used only when every feature of its level is present.
struct CPUFeatures: Equatable, Sendable {
  /// The feature names, e.g. "avx2".
  let names: Set<String>

  /// x86-64-v3 beyond the baseline: what `-march=x86-64-v3` lets the compiler use. ("abm" is
  /// Linux's name for LZCNT.)
  static let x86_64v3 = CPUFeatures(names: ["avx", "avx2", "fma", "bmi1", "bmi2", "f16c", "movbe", "abm", "xsave"])
  /// x86-64-v4 beyond v3.
  static let x86_64v4 = CPUFeatures(names: ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"])

  /// True when every feature of `other` is here.
  func isSuperset(of other: CPUFeatures) -> Bool { names.isSuperset(of: other.names) }

  /// Both sets of features.
  func union(_ other: CPUFeatures) -> CPUFeatures { CPUFeatures(names: names.union(other.names)) }

  /// This machine's features (empty where they cannot be read, so that only the portable
  /// kernel runs).
  static let current: CPUFeatures = {
    #if os(Linux)
      guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
        return CPUFeatures(names: [])
      }
      return fromCPUInfo(text)
    #elseif canImport(Darwin) && arch(x86_64)
      return fromSysctl()
    #else
      return CPUFeatures(names: [])
    #endif
  }()

  /// The features on the first "flags" line of a /proc/cpuinfo text.
  static func fromCPUInfo(_ text: String) -> CPUFeatures {
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
      let colon = line.firstIndex(of: ":")
    else { return CPUFeatures(names: []) }
    return CPUFeatures(names: Set(line[line.index(after: colon)...].split(separator: " ").map(String.init)))
  }

  #if canImport(Darwin) && arch(x86_64)
    /// The features macOS reports through `sysctlbyname("hw.optional.…")`, under Linux's names.
    /// (Not run on a Mac here: unverified.)
    static func fromSysctl() -> CPUFeatures {
      let sysctlNames = [
        "avx": "hw.optional.avx1_0", "avx2": "hw.optional.avx2_0", "fma": "hw.optional.fma",
        "bmi1": "hw.optional.bmi1", "bmi2": "hw.optional.bmi2", "f16c": "hw.optional.f16c",
        "movbe": "hw.optional.movbe", "abm": "hw.optional.lzcnt", "xsave": "hw.optional.xsave",
        "avx512f": "hw.optional.avx512f", "avx512bw": "hw.optional.avx512bw",
        "avx512cd": "hw.optional.avx512cd", "avx512dq": "hw.optional.avx512dq",
        "avx512vl": "hw.optional.avx512vl",
      ]
      var names = Set<String>()
      for (feature, key) in sysctlNames {
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        if sysctlbyname(key, &value, &size, nil, 0) == 0 && value != 0 { names.insert(feature) }
      }
      return CPUFeatures(names: names)
    }
  #endif
}
