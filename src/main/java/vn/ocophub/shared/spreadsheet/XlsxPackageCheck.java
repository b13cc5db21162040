package vn.ocophub.shared.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks at the ZIP directory before anything is inflated: refuses a ZIP bomb from the sizes it declares (POI
 * checks the sizes actually inflated again while reading, in case they lie), and tells an XLSX from other ZIP
 * files (Word documents, OpenDocument, binary workbooks) so that the user gets the right advice.
 */
final class XlsxPackageCheck {

	/**
	 * A sheet of 100,000 rows and 50 text columns is about 300 MB of XML; a workbook expanding to more than this
	 * is refused without spending minutes of CPU on it.
	 */
	static final long MAX_TOTAL_SIZE = 1L << 30;

	private XlsxPackageCheck() {
	}

	static void check(Path file) {
		boolean contentTypes = false;
		boolean excelParts = false;
		boolean unsupported = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long count = 0;
			long total = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (++count > ZipSecureFile.getMaxFileCount()) {
					throw new SpreadsheetException(SpreadsheetErrors.ZIP_BOMB);
				}
				total += checkSize(entry);
				if (total > MAX_TOTAL_SIZE) {
					throw new SpreadsheetException(SpreadsheetErrors.ZIP_BOMB);
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				contentTypes |= name.equals("[content_types].xml");
				excelParts |= name.startsWith("xl/");
				// xl/workbook.bin is a binary workbook (.xlsb); mimetype and content.xml an OpenDocument file.
				unsupported |= name.equals("xl/workbook.bin") || name.equals("mimetype");
			}
		}
		catch (ZipException damaged) {
			throw SpreadsheetException.causedBy(damaged, SpreadsheetErrors.CORRUPT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (unsupported) {
			throw new SpreadsheetException(SpreadsheetErrors.UNSUPPORTED_FORMAT);
		}
		if (!contentTypes || !excelParts) {
			throw new SpreadsheetException(SpreadsheetErrors.NOT_SPREADSHEET);
		}
	}

	/** The declared size, refused when it exceeds POI's limits on one entry. */
	private static long checkSize(ZipEntry entry) {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		if (size > ZipSecureFile.getMaxEntrySize()) {
			throw new SpreadsheetException(SpreadsheetErrors.ZIP_BOMB);
		}
		if (size > ZipSecureFile.getGraceEntrySize() && compressed >= 0
				&& (double) compressed / size < ZipSecureFile.getMinInflateRatio()) {
			throw new SpreadsheetException(SpreadsheetErrors.ZIP_BOMB);
		}
		return Math.max(size, 0);
	}

}
