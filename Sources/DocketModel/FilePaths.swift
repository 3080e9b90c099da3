import Foundation

/// Paths as one file's identity: absolute, with `.` and `..` resolved (symbolic links are not followed).
public enum FilePaths {
    /// The components of a path made absolute from the working folder, with `.` and `..` resolved.
    public static func components(_ path: String) -> [String] {
        // (Split by hand: a run keys every input this way, and building a URL for each costs more than the rest.)
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var out: [String] = []
        for c in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(String(c))
        }
        return out
    }

    /// A path made absolute from the working folder, with `.` and `..` resolved and no closing slash.
    public static func absolute(_ path: String) -> String { "/" + components(path).joined(separator: "/") }
}
