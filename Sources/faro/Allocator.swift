import CMimalloc

/// The memory allocator: mimalloc instead of glibc's malloc.
///
/// A build allocates and frees many small strings, arrays and dictionaries per page on every core; mimalloc
/// serves them faster than glibc's malloc (about a tenth of the whole build's time on the 10,000-page benchmark,
/// with the same peak memory). Linking it into the executable replaces `malloc` for the whole process: the
/// Swift runtime, Foundation, cmark-gfm and zlib all allocate through it. The tests keep glibc's.
enum Allocator {
    /// mimalloc's version, such as 209. Calling one of its functions also keeps the linker from dropping a
    /// library that nothing else names (its `malloc` alone would not: glibc's satisfies that too).
    static var version: Int { Int(mi_version()) }
}
