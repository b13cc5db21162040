package vn.ocophub.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.producers;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.read;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.sheetXml;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ocophub.shared.spreadsheet.Cell.Kind;
import vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.Recording;

class SpreadsheetReaderXlsxTests {

	@TempDir
	Path dir;

	@Test
	void readsHeaderAndRowsWithExcelRowNumbersSkippingBlankRows() {
		Path file = producers(dir, new Object[] { "Tên chủ thể", "Mã số thuế", "Xã" },
				new Object[] { "Hợp tác xã Cam bù Hương Sơn", "3001234567", "Xã Sơn Kim 1" }, null,
				new Object[] { "Công ty TNHH Trà Thái", null, "Phường Tân Thịnh" });

		Recording recording = read(file);

		assertThat(recording.numbers()).containsExactly(1, 2, 4);
		assertThat(recording.texts(0)).containsExactly("Tên chủ thể", "Mã số thuế", "Xã");
		assertThat(recording.rows.get(1).cell(0)).isEqualTo(Cell.ofText("Hợp tác xã Cam bù Hương Sơn"));
		SheetRow third = recording.rows.get(2);
		assertThat(third.cell(1)).isEqualTo(Cell.BLANK);
		assertThat(third.cell(2).text()).isEqualTo("Phường Tân Thịnh");
		assertThat(third.cell(40)).isEqualTo(Cell.BLANK);
		assertThat(third.width()).isEqualTo(3);
		assertThat(third.reference(2)).isEqualTo("C4");
	}

	@Test
	void returnsTheFormatAndTheNumberOfRows() {
		Path file = producers(dir, new Object[] { "Tên" }, new Object[] { "Một" }, new Object[] { "Hai" });

		ReadSummary summary = new SpreadsheetReader().read(file, row -> {
		});

		assertThat(summary).isEqualTo(new ReadSummary(SpreadsheetFormat.XLSX, 3));
	}

	@Test
	void reportsMergedRegionsOnceAfterTheLastRow() {
		Path file = xlsx(dir, "gop-o.xlsx", workbook -> {
			XSSFSheet sheet = workbook.createSheet("Chủ thể");
			sheet.createRow(0).createCell(0).setCellValue("Danh sách chủ thể");
			sheet.createRow(1).createCell(0).setCellValue("Tên");
			sheet.createRow(2).createCell(1).setCellValue("Hợp tác xã");
			sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("B3:B5"));
		});

		Recording recording = read(file);

		assertThat(recording.events).containsExactly("row 1", "row 2", "row 3", "merges");
		assertThat(recording.merges).containsExactly(new CellRange(1, 1, 0, 3), new CellRange(3, 5, 1, 1));
		assertThat(recording.merges.get(1).reference()).isEqualTo("B3:B5");
		assertThat(recording.merges.get(1).touchesRows(2, 3)).isTrue();
		assertThat(recording.merges.get(0).touchesRows(2, 100)).isFalse();
	}

	@Test
	void readsTheSavedResultOfAFormulaAndFlagsAFormulaWithoutOne() {
		Path file = sheetXml(dir, """
				<sheetData><row r="2">
				<c r="A2"><v>42</v></c>
				<c r="B2"><f>A2*2</f><v>84</v></c>
				<c r="C2" t="str"><f>A2&amp;" hộ"</f><v>42 hộ</v></c>
				<c r="D2"><f t="shared" ref="D2:D3" si="0">SUM(Z1:Z9)</f></c>
				</row></sheetData>""");

		SheetRow row = read(file).rows.get(0);

		assertThat(row.cell(0).formula()).isFalse();
		assertThat(row.cell(1)).isEqualTo(new Cell("84", Kind.NUMBER, new BigDecimal("84"), null, true));
		assertThat(row.cell(2)).isEqualTo(new Cell("42 hộ", Kind.TEXT, null, null, true));
		assertThat(row.cell(3).kind()).isEqualTo(Kind.FORMULA_WITHOUT_VALUE);
		assertThat(row.cell(3).formula()).isTrue();
	}

	@Test
	void writesATaxCodeTypedAsANumberInPlainDigits() {
		// POI, like some other producers, stores 101234567 as "1.01234567E8".
		Path file = producers(dir, new Object[] { 101234567L, 1.5, 1234567890123L, 0.1, -3 });

		SheetRow row = read(file).rows.get(0);

		assertThat(row.cells()).extracting(Cell::text).containsExactly("101234567", "1.5", "1234567890123", "0.1", "-3");
		assertThat(row.cell(0).kind()).isEqualTo(Kind.NUMBER);
		assertThat(row.cell(0).number()).isEqualByComparingTo("101234567");
		assertThat(CellValues.code(row.cell(0)).value()).isEqualTo("101234567");
	}

	@Test
	void readsDateCellsAsDatesAndDatesTypedAsTextAsText() {
		Path file = producers(dir, new Object[] { LocalDate.of(2019, 3, 15), "15/03/2019", 43539 });

		SheetRow row = read(file).rows.get(0);

		assertThat(row.cell(0)).isEqualTo(new Cell("15/03/2019", Kind.DATE, null, LocalDate.of(2019, 3, 15), false));
		assertThat(row.cell(1).kind()).isEqualTo(Kind.TEXT);
		assertThat(row.cell(2).kind()).as("the same serial without a date format").isEqualTo(Kind.NUMBER);
		assertThat(CellValues.date(row.cell(0)).value()).isEqualTo(CellValues.date(row.cell(1)).value());
	}

	@Test
	void countsDaysFrom1904WhenTheWorkbookSaysSo() {
		Path file = xlsx(dir, "mac.xlsx", workbook -> {
			workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(LocalDate.of(2024, 2, 29));
			row.getCell(0).setCellStyle(date);
		});

		assertThat(read(file).rows.get(0).cell(0).date()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void readsPercentagesBooleansAndErrors() {
		Path file = xlsx(dir, "kieu.xlsx", workbook -> {
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(0.455);
			row.getCell(0).setCellStyle(percent);
			row.createCell(1).setCellValue(true);
			row.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
		});

		SheetRow row = read(file).rows.get(0);

		assertThat(row.cell(0).text()).isEqualTo("45.5%");
		assertThat(row.cell(0).number()).isEqualByComparingTo("0.455");
		assertThat(row.cell(1)).isEqualTo(Cell.ofBoolean(true));
		assertThat(row.cell(2)).isEqualTo(Cell.ofError("#N/A"));
	}

	@Test
	void readsInlineRichAndPhoneticStringsAndCellsWithoutReferences() {
		Path file = sheetXml(dir, """
				<sheetData><row>
				<c t="inlineStr"><is><t>Cam bù</t></is></c>
				<c t="inlineStr"><is><r><t>Hương </t></r><r><t>Sơn</t></r><rPh sb="0" eb="1"><t>phiên âm</t></rPh></is></c>
				<c r="E1" t="inlineStr"><is><t xml:space="preserve">  Hà Tĩnh\u00A0 </t></is></c>
				</row><row><c s="1"/></row></sheetData>""");

		Recording recording = read(file);

		assertThat(recording.numbers()).containsExactly(1);
		assertThat(recording.texts(0)).containsExactly("Cam bù", "Hương Sơn", "", "", "Hà Tĩnh");
	}

	@Test
	void readsOnlyTheFirstWorksheet() {
		Path file = xlsx(dir, "hai-trang.xlsx", workbook -> {
			workbook.createSheet("Dữ liệu").createRow(0).createCell(0).setCellValue("trang một");
			workbook.createSheet("Hướng dẫn").createRow(5).createCell(0).setCellValue("trang hai");
		});

		assertThat(read(file).texts(0)).containsExactly("trang một");
	}

	@Test
	void composesDecomposedVietnameseText() {
		String decomposed = java.text.Normalizer.normalize("Hợp tác xã", java.text.Normalizer.Form.NFD);
		Path file = producers(dir, new Object[] { decomposed });

		assertThat(read(file).rows.get(0).cell(0).text()).isEqualTo("Hợp tác xã").isNotEqualTo(decomposed);
	}

}
