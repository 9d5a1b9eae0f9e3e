@testable import Emit
import Testing

/// The size guess for libxml2's buffer changes only how often it grows, never what is written.
struct XHTMLCapacityTests {
    /// A document longer than the smallest guesses, written into buffers made too small, about
    /// right, and far too large.
    @Test func theBytesDoNotDependOnTheCapacity() {
        func write(_ markup: XHTMLMarkup) {
            markup.start("body")
            for number in 0..<200 {
                markup.start("p")
                markup.attribute("rowspan", number: number)
                markup.text("第\(number)行 & <指标>")
                markup.end()
                markup.newline()
            }
            markup.end()
        }
        let grown = XHTMLMarkup.document(write)
        for capacity in [1, 64, grown.count, 1 << 20] {
            #expect(XHTMLMarkup.document(capacity: capacity, write) == grown, "capacity \(capacity)")
        }
    }
}
