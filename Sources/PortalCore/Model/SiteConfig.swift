/// `portal.yaml`: the site's settings.
public struct SiteConfig: Sendable {
    public var title: String
    public var shortTitle: String
    /// The body above the ward, e.g. `thành phố Hà Nội`.
    public var parent: String?
    /// Absolute, ending in `/`; used only where machines read the site (canonical links, feeds, sitemap).
    public var baseURL: String
    public var contact: Contact
    public var unsafeHTML: Bool
    public var showBirthYear: Bool
    public var storiesPerPage: Int
    /// Award forms from the highest standing down, for the honour roll's order.
    public var awardForms: [String]

    public struct Contact: Sendable {
        public var address: String?
        public var phone: String?
        public var email: String?
    }
}
