// swift-tools-version: 6.0
import PackageDescription

/// The libFuzzer harness of FormPress, kept out of the main package so that `swift build` and
/// `swift test` never compile it with sanitizers. `scripts/fuzz SECONDS` builds and runs it.
let package = Package(
    name: "FormPressFuzz",
    dependencies: [.package(name: "FormPress", path: "..")],
    targets: [
        .executableTarget(
            name: "FormPressFuzz",
            dependencies: [.product(name: "FormPress", package: "FormPress")],
            // `scripts/fuzz` links libFuzzer without its `main`; `main.swift` hands control to its driver.
            path: "Sources/FormPressFuzz"
        ),
    ]
)
