import Foundation

/// Whether the JSON writer's output is one JSON document, as Foundation's strict parser reads it.
enum JSONCheck {
    static func isValid(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }
}
