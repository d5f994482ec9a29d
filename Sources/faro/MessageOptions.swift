import ArgumentParser
import FaroCore
import Foundation

/// How `faro` writes its messages: in which language, and for a terminal or for GitHub's annotations.
struct MessageOptions: ParsableArguments {
    /// Plain lines, or GitHub Actions workflow commands shown beside the changed lines of a pull request.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, github
    }

    @Option(name: .customLong("lang"), help: "Language of messages: es or en (default: from the environment's locale).")
    var languageCode: String?

    @Option(help: "Message format: text, or github for annotations in pull requests.")
    var format: Format = .text

    /// The chosen language, or the locale's.
    var language: MessageLanguage {
        languageCode.flatMap(MessageLanguage.init(rawValue:)) ?? MessageLanguage.fromLocale(ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        if let code = languageCode, MessageLanguage(rawValue: code) == nil {
            throw ValidationError("--lang must be es or en")
        }
    }
}
