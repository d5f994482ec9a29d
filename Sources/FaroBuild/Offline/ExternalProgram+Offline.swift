import FaroCore
import Foundation

extension ExternalProgram {
    /// Runs the program for one offline file; a failure names the program and the file it was making.
    func run(_ arguments: [String], in folder: URL, input: URL? = nil, environment: [String: String] = [:],
             making file: String) async throws(OfflineProblem) {
        do {
            try await run(arguments, in: folder, input: input, environment: environment)
        } catch {
            throw OfflineProblem.programFailed(program: name, file: file, output: error.message)
        }
    }
}
