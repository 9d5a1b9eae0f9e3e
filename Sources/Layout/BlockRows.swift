/// Rows of cells for one block: header rows to repeat on every page, and the body.
/// A block with header rows is printed as a band of its own.
///
/// The cells are the grid's own, built once: their repairs are marked in place
/// (``RepairMarks``) and the rows move into the grid's bands without a copy.
struct BlockRows {
    var header: [[GridCell]] = []
    var body: [[GridCell]] = []
}
