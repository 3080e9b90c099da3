import Foundation

/// Paths as one file's identity: absolute, with `.` and `..` resolved (symbolic links are not followed).
public enum FilePaths {
    /// The components of a path made absolute from the working folder, with `.` and `..` resolved.
    public static func components(_ path: String) -> [String] {
        var out: [String] = []
        for c in URL(fileURLWithPath: path).path.split(separator: "/") {
            if c == "." { continue }
            if c == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(String(c))
        }
        return out
    }

    /// A path made absolute from the working folder, with `.` and `..` resolved and no closing slash.
    public static func absolute(_ path: String) -> String { "/" + components(path).joined(separator: "/") }
}
