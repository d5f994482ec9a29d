import FaroCore
import FlyingFox
import FlyingSocks
import Foundation

/// `faro serve`: builds the site into a private folder, serves it on a loopback address, rebuilds when the
/// content or theme changes, and makes open pages reload. It prints nothing; events go to `report`.
public actor PreviewServer {
    /// What to build and where to listen.
    public nonisolated let options: PreviewOptions
    /// The folder the preview is built into.
    public nonisolated let siteFolder: URL
    private let ownsSiteFolder: Bool
    private let state = PreviewState()
    private let report: @Sendable (PreviewEvent) -> Void
    private var http: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var rebuildTask: Task<Void, Never>?
    /// The port being listened on, once started.
    public private(set) var port: UInt16?

    /// Creates a server; nothing is built or opened until `start()`.
    public init(options: PreviewOptions, report: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.options = options
        self.report = report
        if let folder = options.siteFolder {
            siteFolder = folder
            ownsSiteFolder = false
        } else {
            let scratch = options.buildsOnDisk ? FileManager.default.temporaryDirectory
                                               : Self.memoryFolder() ?? FileManager.default.temporaryDirectory
            siteFolder = scratch.appendingPathComponent("faro-serve-\(UUID().uuidString.prefix(8))", isDirectory: true)
                .appendingPathComponent("site", isDirectory: true)
            ownsSiteFolder = true
        }
    }

    /// `/dev/shm` when it is a writable memory file system (Linux). The preview is written on every save, and in
    /// memory a full rebuild of a big site does not wait on the disk (`hugo server` renders to memory too): on
    /// the 10,000-page benchmark, creating its 21,000 files on this machine's disk cost 9–10 s of system time
    /// against 0.9 s in memory.
    static func memoryFolder() -> URL? {
        #if os(Linux)
        // The mount table says what is mounted there (Glibc's module has no `statfs`): "tmpfs /dev/shm tmpfs …".
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8),
              mounts.split(separator: "\n").contains(where: { line in
                  let fields = line.split(separator: " ")
                  return fields.count > 2 && fields[1] == "/dev/shm" && fields[2] == "tmpfs"
              }),
              access("/dev/shm", W_OK) == 0 else { return nil }
        return URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        #else
        return nil
        #endif
    }

    /// Starts listening, builds the site once, starts watching, and returns the address to open (`http://127.0.0.1:1313/`).
    /// A failed first build still leaves the server running: pages show the errors until they are fixed.
    public func start() async throws(PreviewProblem) -> URL {
        let address = try Self.socketAddress(host: options.host, port: options.port)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .contentNotFound(options.displayPath(options.content))
        }
        do {
            try FileManager.default.createDirectory(at: siteFolder.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateSiteFolder(path: siteFolder.deletingLastPathComponent().path, reason: error.localizedDescription)
        }
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.versionPath)"), to: VersionRequestHandler(state: state, wait: options.reloadWait))
        await server.appendRoute("GET,HEAD *", to: SiteRequestHandler(root: siteFolder, state: state, language: options.messageLanguage))
        let failure = ListenFailure()
        serverTask = Task {
            do { try await server.run() } catch { await failure.record(error) }
        }
        http = server
        do {
            port = try await waitUntilListening(server, failure: failure)
        } catch {
            await stop()
            throw error
        }

        // Listening comes first, so a taken port is reported at once rather than after a whole build.
        let builder = PreviewBuilder(options: options, siteFolder: siteFolder)
        let folders = options.watchedFolders
        let signal = ChangeSignal(folders: folders)   // before the snapshot, so no save between them goes unnoticed
        let snapshot = SourceSnapshot(of: folders)
        let first = await builder.build(number: 1, changedFiles: [])
        await state.publish(first)
        report(.built(first))

        let options = self.options
        let loop = RebuildLoop(builder: builder, state: state, folders: folders, signal: signal, interval: options.pollInterval,
                               displayPath: options.displayPath, report: report)
        rebuildTask = Task { await loop.run(from: snapshot, nextNumber: 2) }
        return URL(string: "http://\(Self.urlHost(options.host)):\(port ?? options.port)/")!
    }

    /// Stops watching and serving, and removes the preview folder if the server made it.
    public func stop() async {
        rebuildTask?.cancel()
        await rebuildTask?.value
        rebuildTask = nil
        await http?.stop(timeout: 0)
        await serverTask?.value
        http = nil
        serverTask = nil
        if ownsSiteFolder { try? FileManager.default.removeItem(at: siteFolder.deletingLastPathComponent()) }
    }

    /// The version that pages carry now; it changes with every finished build.
    public var version: String {
        get async { await state.version }
    }

    /// The latest finished build.
    public var latestBuild: PreviewBuild? {
        get async { await state.build }
    }

    /// Waits (at most five seconds) until the server listens, or throws the reason it could not.
    private func waitUntilListening(_ server: HTTPServer, failure: ListenFailure) async throws(PreviewProblem) -> UInt16 {
        for _ in 0..<500 {
            if let error = await failure.error {
                throw .cannotListen(host: options.host, port: options.port, reason: error.localizedDescription)
            }
            if case .ip4(_, let port)? = await server.listeningAddress { return port }
            if case .ip6(_, let port)? = await server.listeningAddress { return port }
            try? await Task.sleep(for: .milliseconds(10))
        }
        throw .cannotListen(host: options.host, port: options.port, reason: "the server did not start within 5 seconds")
    }

    /// An IPv4 or IPv6 address to bind; `localhost` means 127.0.0.1.
    static func socketAddress(host: String, port: UInt16) throws(PreviewProblem) -> any SocketAddress {
        let host = host == "localhost" ? "127.0.0.1" : host
        do {
            return host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw .invalidHost(host)
        }
    }

    /// How a host is written in a URL (IPv6 in brackets).
    static func urlHost(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : (host == "localhost" ? "127.0.0.1" : host)
    }
}
