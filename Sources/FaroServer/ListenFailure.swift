import Foundation

/// The error that ended `HTTPServer.run()` before it listened, if any.
actor ListenFailure {
    private(set) var error: (any Error)?

    func record(_ error: any Error) {
        self.error = error
    }
}
