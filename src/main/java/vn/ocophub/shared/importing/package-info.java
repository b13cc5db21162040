/**
 * Imports of registry spreadsheets (XLSX or CSV) shared by the modules that own the data: a module provides an
 * {@link vn.ocophub.shared.importing.ImportHandler}; this package stores the upload, runs the dry run and the
 * all-or-nothing commit in the background with progress that every app node can read, and keeps each row's
 * errors.
 */
@org.springframework.modulith.NamedInterface("importing")
package vn.ocophub.shared.importing;
