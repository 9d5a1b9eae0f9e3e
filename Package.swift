// swift-tools-version: 6.0
import PackageDescription

/// FormPress: OCR text of Chinese budget performance-target forms → clean model → XHTML, CSV, JSON, text.
///
/// The pipeline is staged, one target a stage, and no stage reaches around another:
/// `Parse` (bytes → `FormModel`), `Layout` (model → official grid), `Emit` (grid and model → files).
let package = Package(
    name: "FormPress",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FormPress", targets: ["FormPress"]),
        .executable(name: "formpress", targets: ["formpress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's malloc.h (mallopt), part of the C library: the batch tunes the heap with it.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "FormModel", path: "Sources/FormModel"),
        .target(name: "Parse", dependencies: ["FormModel", "CLibXML2"], path: "Sources/Parse"),
        .target(name: "Layout", dependencies: ["FormModel"], path: "Sources/Layout"),
        .target(
            name: "Emit",
            dependencies: ["FormModel", "Layout", "CLibXML2"],
            path: "Sources/Emit",
            plugins: ["EmbedStyles"]
        ),
        .target(name: "FormPress", dependencies: ["FormModel", "Parse", "Layout", "Emit"], path: "Sources/FormPress"),
        .executableTarget(
            name: "formpress",
            dependencies: ["FormPress", "CLibXML2", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/formpress"
        ),
        .executableTarget(name: "embed-styles", path: "Plugins/EmbedStylesTool"),
        .plugin(name: "EmbedStyles", capability: .buildTool(), dependencies: ["embed-styles"], path: "Plugins/EmbedStyles"),
        .testTarget(name: "ParseTests", dependencies: ["Parse", "FormModel"], path: "Tests/ParseTests"),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "FormModel"], path: "Tests/LayoutTests"),
        .testTarget(name: "EmitTests", dependencies: ["Emit", "Layout", "FormModel", "Parse", "CLibXML2"], path: "Tests/EmitTests"),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["FormPress", "formpress"],
            path: "Tests/EndToEndTests"
        ),
    ]
)
