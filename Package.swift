// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "verbatim", targets: ["verbatim"]),
        .executable(name: "verbatim-train", targets: ["verbatim-train"]),
        .executable(name: "verbatim-bench", targets: ["verbatim-bench"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
        .library(name: "ArchiveKit", targets: ["ArchiveKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CUtf8proc",
            providers: [.apt(["libutf8proc-dev"])]
        ),
        .systemLibrary(
            name: "CMark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ArticleKit",
            dependencies: ["CMark", "CLibXML2"],
            exclude: ["Entities/DESIGN.md", "Syntax/DESIGN.md"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ArchiveKit",
            dependencies: ["ArticleKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "ReaderCore",
            dependencies: ["ArticleKit", "CUtf8proc"]
        ),
        .target(
            name: "Themes",
            path: "Themes",
            exclude: ["README.md"],
            resources: [.copy("default.toml"), .copy("light.toml"), .copy("high-contrast.toml"), .copy("mono.toml")]
        ),
        .target(
            name: "ReaderTerminal",
            dependencies: ["CNcurses", "ArticleKit", "ReaderCore", "Themes", "TOMLKit"]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: [
                "ArticleKit", "ArchiveKit", "ReaderCore", "ReaderTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Samples")]
        ),
        .executableTarget(
            name: "verbatim-train",
            dependencies: [
                "ArticleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "verbatim-bench",
            dependencies: ["ArticleKit", "ArchiveKit", "ReaderCore"]
        ),
        .testTarget(name: "ArticleKitTests", dependencies: ["ArticleKit"]),
        .testTarget(name: "ReaderCoreTests", dependencies: [
            "ReaderCore", "ArticleKit", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        // Shared by the test targets that write files: one scratch folder per test process.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ReaderTerminalTests", dependencies: ["ReaderTerminal", "ReaderCore", "CNcurses", "TestSupport"]),
        .testTarget(name: "ArchiveKitTests", dependencies: ["ArchiveKit", "ArticleKit", "verbatim", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["verbatim", "TestSupport"]),
    ]
)
