/**
 * Reading uploaded spreadsheets (XLSX or CSV, told apart by content) row by row with bounded memory, turning
 * cell values into dates, numbers and yes/no answers with Vietnamese error messages, and writing typed XLSX
 * exports.
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package vn.ocophub.shared.spreadsheet;
