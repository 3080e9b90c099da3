// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Docket",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docket", targets: ["docket"]),
        .library(name: "Docket", targets: ["Docket"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The C library, confined to DocketXML.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib, for deflating the parts of tasks.xlsx in parallel (ZipWriter.swift is the one file that uses it).
        .systemLibrary(name: "CZlibDocket", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Layer 0: the document model and facts.
        .target(name: "DocketModel"),
        // The one wrapper around libxml2: parsing, writing, validating.
        .target(name: "DocketXML", dependencies: ["CLibXML2"]),
        // Layer 1: readers that turn files into the document model.
        .target(name: "DocketReaders", dependencies: ["DocketModel", "DocketXML", "ZIPFoundation"]),
        // Layer 2: extraction of facts from the document model.
        .target(name: "DocketExtract", dependencies: ["DocketModel"], resources: [.copy("Resources/lexicon")]),
        // Layer 3: the task graph.
        .target(name: "DocketGraph", dependencies: ["DocketModel"]),
        // Layer 4: the report model and its writers.
        .target(name: "DocketReport", dependencies: ["DocketModel", "DocketGraph", "DocketXML"]),
        // The task ledger that lives across runs (SQLite through GRDB).
        .target(name: "DocketLedger", dependencies: ["DocketModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // The pipeline that ties the layers together.
        .target(name: "Docket", dependencies: ["DocketModel", "DocketReaders", "DocketExtract", "DocketGraph", "DocketReport", "DocketLedger", "CZlibDocket"]),
        // The thin command-line tool.
        .executableTarget(name: "docket", dependencies: ["Docket", "DocketLedger", "DocketReport", "DocketModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The benchmark: builds a corpus of N documents and times every stage (not a test).
        .executableTarget(name: "docket-bench", dependencies: ["Docket", "DocketExtract", "DocketGraph", "DocketModel", "DocketReaders", "DocketReport"]),
        // libFuzzer targets for the readers and extraction (scripts/fuzz.sh); replays inputs without the fuzzer.
        .executableTarget(name: "docket-fuzz", dependencies: ["DocketExtract", "DocketModel", "DocketReaders"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .testTarget(name: "DocketTests", dependencies: ["Docket", "DocketModel", "DocketReaders", "DocketExtract", "DocketGraph", "DocketReport", "DocketXML", "DocketLedger"],
                    exclude: ["Golden"]),
    ]
)
