package vn.ocophub.adminunit.internal;

/**
 * A problem found in a file: the row (1-based, as a spreadsheet shows it; 0 for the file as a whole), the
 * column's header, and a message key with its arguments.
 */
public record RowError(long row, String column, String messageKey, Object... arguments) {
}
