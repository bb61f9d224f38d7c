/// What the preview server has to show: whether a build ever succeeded (its pages are in the
/// preview folder), and the problems of the latest build if it failed.
actor PreviewStatus {
    private(set) var hasSite = false
    /// Empty when the latest build succeeded.
    private(set) var failure: [Diagnostic] = []

    func record(_ outcome: Portal.BuildOutcome) {
        if outcome.failed {
            failure = outcome.diagnostics
        } else {
            hasSite = true
            failure = []
        }
    }
}
