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
/// The loop still compares snapshots to learn what changed, and still scans now and then in case a
/// file system does not report changes (network and some container mounts do not).
final class ChangeSignal: @unchecked Sendable {
    #if os(Linux)
    private let descriptor: Int32
    #endif
    private let folders: [URL]
    private let lock = NSLock()
    private var changed = false
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

    /// Whether something changed since the last call; clears the mark.
    func takeChange() -> Bool {
        lock.lock(); defer { lock.unlock() }
        let result = changed
        changed = false
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
            for path in paths where inotify_add_watch(descriptor, path, events) < 0 {
                return false
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
            // Read every pending event: one save makes several, and one mark is enough.
            while read(descriptor, &buffer, buffer.count) > 0 {}
            lock.lock(); changed = true; lock.unlock()
        }
        close(descriptor)
    }
    #endif
}
