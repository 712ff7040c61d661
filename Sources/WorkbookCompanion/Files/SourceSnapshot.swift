import Foundation

/// The modification times and sizes of the Swift files under a folder, so that `watch` can
/// tell when the learner saves one, by polling: no file-system events, no dependencies.
///
/// Editor scratch files are ignored: hidden files and folders (`.Exercises.swift.swp`,
/// `.#Exercises.swift`, `.backups/`), `#Exercises.swift#`, `Exercises.swift~`, and anything
/// that does not end in `.swift`.
public struct SourceSnapshot: Equatable, Sendable {
  /// Path (relative to the folder) → (modification time, size).
  public let files: [String: FileStamp]

  /// When and how big a file was.
  public struct FileStamp: Equatable, Sendable {
    /// Its modification time.
    public let modified: Date
    /// Its size in bytes.
    public let size: Int
  }

  /// The Swift files under `folder` now.
  public init(of folder: URL) {
    var files = [String: FileStamp]()
    let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
    let walker = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    while let url = walker?.nextObject() as? URL {
      guard Self.isWatched(fileName: url.lastPathComponent),
        let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true
      else { continue }
      let path = String(url.path.dropFirst(folder.path.count))
      files[path] = FileStamp(modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? 0)
    }
    self.files = files
  }

  /// True for a Swift source file, false for editors' swap, backup and lock files.
  public static func isWatched(fileName name: String) -> Bool {
    name.hasSuffix(".swift") && !name.hasPrefix(".") && !name.hasPrefix("#") && name.count > ".swift".count
  }

  /// The files added, removed or changed since `earlier`, sorted.
  public func changes(since earlier: SourceSnapshot) -> [String] {
    Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }.sorted()
  }
}
