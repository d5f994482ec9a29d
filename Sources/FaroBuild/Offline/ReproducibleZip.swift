import FaroCore
import Foundation

/// Makes a ZIP archive of a folder with the `zip` program, byte for byte the same from the same files.
///
/// ZIPFoundation (0.9.20) writes reproducible archives too, but it cannot be linked into Faro: its own
/// `CZLib` target declares a clang module named `CZlib`, as Faro's zlib target does, and the compiler
/// rejects the second definition. Until one of them is renamed, the archive is made by `zip` with:
/// - `-X`: no extra fields (owner ids, access and change times);
/// - `-D`: no folder entries (whose times and modes would vary);
/// - the entries in a fixed, sorted order, read from a list (`-@`);
/// - files whose time and mode `OfflineCopy` fixed, and `TZ=UTC0`, since ZIP stores local time;
/// - a clean environment, so `ZIPOPT` cannot change the options.
struct ReproducibleZip: Sendable {
    /// The `zip` program.
    let program: ExternalProgram

    /// Suffixes of files already compressed, stored as they are rather than deflated again.
    static let storedSuffixes = ".png:.jpg:.jpeg:.gif:.webp:.pdf:.zip:.zim"

    /// Archives `entries` (paths relative to `folder`, in this order) into a new file `archive`.
    func archive(_ entries: [String], in folder: URL, to archive: URL) async throws(OfflineProblem) {
        let list = archive.deletingPathExtension().appendingPathExtension("list")
        defer { try? FileManager.default.removeItem(at: list) }
        do {
            try Data(entries.map { $0 + "\n" }.joined().utf8).write(to: list)
        } catch {
            throw OfflineProblem.programFailed(program: "zip", file: archive.lastPathComponent, output: "\(error)")
        }
        try await program.run(["-X", "-D", "-q", "-9", "-n", Self.storedSuffixes, "-@", archive.path], in: folder, input: list,
                              environment: ["TZ": "UTC0", "LC_ALL": "C"], making: archive.lastPathComponent)
    }
}
