import FormPress
import Foundation

/// Cleaning is idempotent: the `--to text` copy of a model, read back, gives the same model,
/// up to source lines and the reader's own notes about repairs (the writer's promise).
enum PropertyRoundTrip {
    /// Keys that say where something was read or what was repaired, not what the form says.
    static let ignoredKeys: Set<String> = ["line", "column", "diagnostics", "source", "encoding"]

    /// The first difference between the model and its text copy read back, or `nil`.
    static func difference(_ document: Document) -> String? {
        let text = TextWriter.render(document)
        let again: Document
        do {
            again = try FormReader.read(Array(text.utf8), source: document.source)
        } catch {
            return document.forms.isEmpty ? nil : "the text copy cannot be read: \(error)"
        }
        return difference(model(document), model(again), at: "")
    }

    /// The model as JSON values without the ignored keys.
    static func model(_ document: Document) -> Any {
        let json = try? JSONSerialization.jsonObject(with: Data(JSONWriter.render(document).utf8))
        return stripped(json ?? [:])
    }

    private static func stripped(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { !ignoredKeys.contains($0.key) }.mapValues(stripped)
        }
        if let array = value as? [Any] { return array.map(stripped) }
        return value
    }

    private static func difference(_ a: Any, _ b: Any, at path: String) -> String? {
        switch (a, b) {
        case let (a as [String: Any], b as [String: Any]):
            for key in Set(a.keys).union(b.keys).sorted() {
                guard let x = a[key], let y = b[key] else { return "\(path).\(key) only on one side" }
                if let found = difference(x, y, at: "\(path).\(key)") { return found }
            }
            return nil
        case let (a as [Any], b as [Any]):
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let found = difference(x, y, at: "\(path)[\(index)]") { return found }
            }
            return a.count == b.count ? nil : "\(path) has \(a.count) items, read back \(b.count)"
        default:
            return (a as? NSObject) == (b as? NSObject) ? nil : "\(path): \(describe(a)) became \(describe(b))"
        }
    }

    private static func describe(_ value: Any) -> String {
        String(String(describing: value).prefix(60)).debugDescription
    }
}
