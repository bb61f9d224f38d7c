// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CampaignPortal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "portal", targets: ["portal"]),
        .library(name: "PortalCore", targets: ["PortalCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(path: "vendor/swift-mustache"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CFileSystem"),
        .target(
            name: "PortalCore",
            dependencies: [
                "CCmark",
                "CFileSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "portal",
            dependencies: [
                "PortalCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc (Debian's libjemalloc-dev) in place of glibc's malloc: a build allocates
            // millions of small strings and dictionaries on every core, and with glibc's a city
            // build took 9.6 s instead of 8.8 s (and 30 MB more memory).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "PortalCoreTests",
            dependencies: ["PortalCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
