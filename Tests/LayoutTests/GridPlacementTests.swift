import FormModel
import Layout
import Testing

/// Placing cells by the HTML table model, the check every writer and test relies on.
struct GridPlacementTests {
    static func grid(_ rows: [[GridCell]], columns: ColumnSet = .single) -> FormGrid {
        FormGrid(kind: .unknown, title: "t", yearLine: nil, partyLine: [], columns: columns, bands: [GridBand(bodyRows: rows)])
    }

    static func cell(_ text: String, rows: Int = 1, columns: Int = 1) -> GridCell {
        GridCell(plain: text, role: .value, rowSpan: rows, colSpan: columns)
    }

    @Test func placesCellsBesideMergedOnes() throws {
        let grid = Self.grid([
            [Self.cell("a", rows: 2), Self.cell("b", columns: 5)],
            [Self.cell("c", columns: 2), Self.cell("d", columns: 3)],
        ])
        let placed = try #require(grid.placements())
        #expect(placed.map { [$0.row, $0.column] } == [[0, 0], [0, 1], [1, 1], [1, 3]])
    }

    @Test func rejectsGapsOverlapsAndOverhangs() {
        #expect(!Self.grid([[Self.cell("short", columns: 5)]]).isRectangular, "a gap at the right edge")
        #expect(!Self.grid([[Self.cell("wide", columns: 7)]]).isRectangular, "past the right edge")
        #expect(!Self.grid([[Self.cell("a", rows: 2), Self.cell("b", columns: 5)], [Self.cell("c", columns: 6)]]).isRectangular,
                "overlaps the merged cell")
        #expect(!Self.grid([[Self.cell("a", rows: 3), Self.cell("b", columns: 5)], [Self.cell("c", columns: 5)]]).isRectangular,
                "a merge below the last row")
    }

    @Test func aMergeNeverLeavesItsRowGroup() {
        let band = GridBand(headerRows: [[Self.cell("h", rows: 2), Self.cell("x", columns: 5)]], bodyRows: [[Self.cell("y", columns: 5)]])
        let grid = FormGrid(kind: .unknown, title: "t", yearLine: nil, partyLine: [], columns: .single, bands: [band])
        #expect(!grid.isRectangular)
    }
}
