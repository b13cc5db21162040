package vn.ocophub.shared.importing;

/** One problem of one row: the spreadsheet row number (as Excel shows it), the column's header, the message. */
public record RowError(int row, String column, String message) {
}
