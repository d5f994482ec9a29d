import FaroCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the rebuild loop when something changes under the watched folders, so it need not scan every
/// file several times a second: on a 10,000-page site each scan reads 20,000 file stamps, which kept a
/// core a fifth busy while nobody typed and added up to 300 ms between a save and its rebuild.
///
/// Uses Linux's inotify on every folder (written against Glibc because no listed package watches files).
/// It also says which files the events named, so the loop looks at those alone; a new or removed folder, or
/// more events than the system kept, asks for a full scan. The loop still scans now and then in case a file
/// system does not report changes (network and some container mounts do not).
final class ChangeSignal: @unchecked Sendable {
    /// What changed since the last look.
    enum Changes: Equatable, Sendable {
        case none
        /// These files (absolute paths) were created, saved, moved or removed.
        case files(Set<String>)
        /// Something the events cannot pin down to files (folders came or went, events were lost): scan.
        case unknown

        /// Both marks together.
        func merged(with other: Changes) -> Changes {
            switch (self, other) {
            case (.none, _): return other
            case (_, .none): return self
            case (.files(let mine), .files(let theirs)): return .files(mine.union(theirs))
            default: return .unknown
            }
        }
    }

    #if os(Linux)
    private let descriptor: Int32
    /// The folder each watch descriptor stands for, as the snapshot names it.
    private var watched: [Int32: String] = [:]
    #endif
    private let folders: [URL]
    private let lock = NSLock()
    private var changes = Changes.none
    private var stopped = false

    /// Watches `folders` and every folder below them; nil when the system cannot (not Linux, or no watches left).
    /// A thread of its own waits for the system's events, so no task ever blocks on them.
    init?(folders: [URL]) {
        self.folders = folders
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard watchEveryFolder() else {
            close(descriptor)
            return nil
        }
        let thread = Thread { [self] in listen() }
        thread.name = "faro-change-signal"
        thread.start()
        #else
        return nil
        #endif
    }

    /// Stops the listening thread (within a second) and closes the watches.
    func stop() {
        lock.lock(); stopped = true; lock.unlock()
    }

    /// What changed since the last call; clears the mark.
    func takeChanges() -> Changes {
        lock.lock(); defer { lock.unlock() }
        let result = changes
        changes = .none
        return result
    }

    /// Adds a watch to every folder (again: folders made since the last call get theirs; inotify ignores
    /// a second watch of the same folder). False when a folder could not be watched.
    @discardableResult
    func watchEveryFolder() -> Bool {
        #if os(Linux)
        let events = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in folders where FileTree.kind(atPath: folder.path) == .directory {
            let root = folder.standardizedFileURL.path
            let paths = [root] + FileTree.walk(folder).filter { $0.kind == .directory }.map { root + "/" + $0.path }
            for path in paths {
                let watch = inotify_add_watch(descriptor, path, events)
                guard watch >= 0 else { return false }
                lock.lock(); watched[watch] = path; lock.unlock()
            }
        }
        return true
        #else
        return false
        #endif
    }

    #if os(Linux)
    private func listen() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            lock.lock()
            let done = stopped
            lock.unlock()
            if done { break }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 1000) > 0 else { continue }
            // Read every pending event: one save makes several.
            var found = Changes.none
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                found = found.merged(with: changes(in: buffer[..<count]))
            }
            lock.lock(); changes = changes.merged(with: found); lock.unlock()
        }
        close(descriptor)
    }

    /// The files a read's events name (`struct inotify_event`: watch, mask, cookie, name length, name).
    private func changes(in events: ArraySlice<UInt8>) -> Changes {
        var files: Set<String> = []
        var offset = events.startIndex
        let header = 16
        while offset + header <= events.endIndex {
            func field(_ at: Int) -> UInt32 {
                UInt32(events[offset + at]) | UInt32(events[offset + at + 1]) << 8 | UInt32(events[offset + at + 2]) << 16
                    | UInt32(events[offset + at + 3]) << 24
            }
            let watch = Int32(bitPattern: field(0)), mask = field(4), length = Int(field(12))
            let nameBytes = events[(offset + header)..<min(offset + header + length, events.endIndex)].prefix { $0 != 0 }
            offset += header + length
            let folderEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
            if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0
                || (mask & UInt32(IN_ISDIR) != 0 && mask & folderEvents != 0) {
                return .unknown
            }
            let name = String(decoding: nameBytes, as: UTF8.self)
            // Hidden names (editor swap files) are skipped, as the snapshot and the build skip them.
            guard !name.isEmpty, !name.hasPrefix("."), mask & UInt32(IN_ISDIR) == 0 else { continue }
            lock.lock(); let folder = watched[watch]; lock.unlock()
            guard let folder else { return .unknown }
            files.insert(folder + "/" + name)
        }
        return files.isEmpty ? .none : .files(files)
    }
    #endif
}
