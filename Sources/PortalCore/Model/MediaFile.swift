/// One file under `content/media/`, as the loader found it: what pages say about a file they
/// link to (`PDF, 1,2 MB`) comes from here, never from the disk at render time.
public struct MediaFile: Sendable, Hashable {
    public let bytes: Int

    public init(bytes: Int) { self.bytes = bytes }
}
