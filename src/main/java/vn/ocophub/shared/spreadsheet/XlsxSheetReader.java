package vn.ocophub.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first worksheet of an XLSX workbook through {@link SheetXmlHandler}. Only the shared strings
 * and the styles are held in memory; POI's usermodel, which builds the whole sheet, is never used.
 */
final class XlsxSheetReader {

	private XlsxSheetReader() {
	}

	static void read(Path file, RowHandler handler) {
		XlsxPackageCheck.check(file);
		OPCPackage workbook = open(file);
		try {
			XSSFReader reader = new XSSFReader(workbook);
			CellStyles styles = new CellStyles(reader.getStylesTable());
			ReadOnlySharedStringsTable sharedStrings = new ReadOnlySharedStringsTable(workbook, false);
			SheetXmlHandler sheetHandler = new SheetXmlHandler(
					new XlsxCellDecoder(sharedStrings, styles, isDate1904(reader)), handler);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new SpreadsheetException(SpreadsheetErrors.CORRUPT);
			}
			try (InputStream sheet = sheets.next()) {
				// POI's factory: no DOCTYPE, no external entities (XXE), bounded entity expansion.
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(sheetHandler);
				parser.parse(new InputSource(sheet));
			}
		}
		catch (SheetXmlHandler.Stop stop) {
			throw stop.reason();
		}
		catch (SpreadsheetException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | XmlException | ParserConfigurationException
				| RuntimeException ex) {
			// POI reports damage with a dozen exception types, unchecked ones included.
			throw translate(ex);
		}
		finally {
			workbook.revert();
		}
	}

	private static OPCPackage open(Path file) {
		try {
			return OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw translate(ex);
		}
	}

	/** Workbooks from old Mac Excel count days from 1904. */
	private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
		try (InputStream in = reader.getWorkbookData()) {
			CTWorkbookPr properties = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
				.getWorkbook()
				.getWorkbookPr();
			return properties != null && properties.getDate1904();
		}
	}

	/** POI says "Zip bomb detected" when the inflated data grows too fast; everything else is damage. */
	static SpreadsheetException translate(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message == null) {
				continue;
			}
			if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
				return SpreadsheetException.causedBy(failure, SpreadsheetErrors.ZIP_BOMB);
			}
			if (message.contains("Strict OOXML")) {
				return SpreadsheetException.causedBy(failure, SpreadsheetErrors.UNSUPPORTED_FORMAT);
			}
		}
		return SpreadsheetException.causedBy(failure, SpreadsheetErrors.CORRUPT);
	}

}
