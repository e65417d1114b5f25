// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Flashpoint",
    products: [
        .library(name: "FlashpointCore", targets: ["FlashpointCore"]),
        .executable(name: "flashpoint", targets: ["flashpoint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The syntax stage's C pieces: a cache prefetch hint and an AVX2 row sum (Swift has neither).
        .target(name: "FlashpointKernels"),
        .target(
            name: "FlashpointCore",
            dependencies: ["FlashpointKernels"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "flashpoint",
            dependencies: [
                "FlashpointCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "coder-benchmark",
            dependencies: ["FlashpointCore"],
            path: "Benchmarks/CoderBenchmark",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FlashpointCoreTests",
            dependencies: ["FlashpointCore", "FlashpointKernels"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FlashpointCLITests",
            dependencies: ["flashpoint"],
            swiftSettings: swiftSettings
        ),
    ]
)
