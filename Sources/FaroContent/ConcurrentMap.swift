import Dispatch
import Foundation

/// Maps an array on every core, keeping the order of the input.
enum ConcurrentMap {
    static func map<Input: Sendable, Output: Sendable>(_ items: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        let slots = ResultSlots<Output>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.set(index, transform(items[index]))
        }
        return slots.values
    }
}

/// Fixed slots that concurrent workers fill, each slot written once.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock(); storage[index] = value; lock.unlock()
    }

    var values: [Value] { storage.map { $0! } }
}
