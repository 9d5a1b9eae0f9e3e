import Foundation
import PackagePlugin

/// Compiles every stylesheet in `Styles/` into the `Emit` module, so that the `formpress`
/// binary carries its print CSS with it and still finds it when copied out of `.build`.
@main
struct EmbedStyles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let styles = context.package.directoryURL.appending(path: "Styles")
        let sheets = try FileManager.default.contentsOfDirectory(at: styles, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "css" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedStyles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(sheets.count) stylesheet(s) from Styles/",
                executable: try context.tool(named: "embed-styles").url,
                arguments: [output.path] + sheets.map(\.path),
                inputFiles: sheets,
                outputFiles: [output]
            ),
        ]
    }
}
