import FormModel

extension RichText {
    /// ``RichText/plainText``, without joining anything when the text is one run or none
    /// (nearly every cell of a grid): the run's own string is the plain text.
    var flatText: String {
        if paragraphs.isEmpty { return "" }
        if paragraphs.count == 1, paragraphs[0].count == 1 { return paragraphs[0][0].text }
        return plainText
    }
}
