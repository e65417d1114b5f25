import Testing
@testable import FlashpointCore

@Suite struct CSVReaderTests {
    @Test func quotedFieldsWithCommasNewlinesAndQuotes() {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"line one\r\nline two\",\r\n"
        let rows = CSVReader.records(text)
        #expect(rows.count == 3)
        #expect(rows[1] == ["1", "x, y", "say \"hi\""])
        #expect(rows[2] == ["2", "line one\r\nline two", ""])
    }

    @Test func lfAndCrEndingsBlankLinesAndNoFinalNewline() {
        let rows = CSVReader.records("h1,h2\n\nA,B\rC,\"D\"")
        #expect(rows == [["h1", "h2"], ["A", "B"], ["C", "D"]])
    }

    @Test func byteOrderMarkAndDictionaries() {
        let (header, rows) = CSVReader.dictionaries("\u{FEFF}id,notes\nk1,\"a \"\"b\"\"\"\nk2\n")
        #expect(header == ["id", "notes"])
        #expect(rows.count == 2)
        #expect(rows[0]["notes"] == "a \"b\"")
        #expect(rows[1]["id"] == "k2")
        #expect(rows[1]["notes"] == nil)
    }

    @Test func emptyFieldsAndUnicode() {
        #expect(CSVReader.records(",,\nÄin,\"é\",") == [["", "", ""], ["Äin", "é", ""]])
    }
}
