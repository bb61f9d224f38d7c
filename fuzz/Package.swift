// swift-tools-version:6.0
import PackageDescription

// The libFuzzer targets, a package of their own so that a plain `swift build` of the portal never
// sees executables without a `main`: libFuzzer supplies it when they are built with
// `--sanitize fuzzer`. Build and run them with `scripts/fuzz.sh`; see fuzz/README.md.
let targets = ["records", "award-csv", "markdown", "slug", "collation"]

let package = Package(
    name: "CampaignPortalFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, so the product resolves whatever the checkout's folder is called.
        .package(name: "CampaignPortal", path: ".."),
    ],
    targets: targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: [.product(name: "PortalCore", package: "CampaignPortal")])
    }
)
