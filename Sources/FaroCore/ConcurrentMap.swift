import Dispatch

/// Maps an array on every core, keeping the order of the input.
public enum ConcurrentMap {
    public static func map<Input: Sendable, Output: Sendable>(_ items: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        // Each worker initialises only its own slot of the result, so no lock is needed and no optional is unwrapped and copied afterwards.
        Array(unsafeUninitializedCapacity: items.count) { buffer, initializedCount in
            let slots = ResultSlots(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                (slots.base! + index).initialize(to: transform(items[index]))
            }
            initializedCount = items.count
        }
    }
}

/// The result's storage, shared with the workers; each slot is written once, by one worker.
private struct ResultSlots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>?
}
