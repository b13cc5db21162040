package vn.ocophub.shared.spreadsheet;

/**
 * What {@link SpreadsheetReader#read} found.
 *
 * @param format the format recognised from the content
 * @param rows the number of non-blank rows passed to the handler
 */
public record ReadSummary(SpreadsheetFormat format, int rows) {
}
