package vn.ocophub.shared.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A module's import of one kind of record. {@link #run} reads the whole file, checks every row (and the rows
 * against each other and the database), and, when asked to commit and only when no row has an error, saves
 * everything in one transaction. Problems of the file itself (not a spreadsheet, wrong header) are thrown as
 * {@link vn.ocophub.shared.error.BusinessRuleViolation}s.
 */
public interface ImportHandler {

	/** The kind in addresses, e.g. "producers". */
	String kind();

	/** Whether the user may import this kind at all (e.g. producer accounts may not register producers). */
	boolean allowed(org.springframework.security.core.userdetails.UserDetails user);

	ImportOutcome run(Path file, ImportRun run);

	/** Writes the XLSX template: the header row, an example, the instructions and reference lists. */
	void writeTemplate(OutputStream out, Locale locale) throws IOException;

}
