/// Where a build is, for a progress line on a slow build: the stages, and file counts while writing.
public enum BuildProgress: Sendable, Equatable {
    case loading
    case rendering
    case writing(done: Int, of: Int)
}
