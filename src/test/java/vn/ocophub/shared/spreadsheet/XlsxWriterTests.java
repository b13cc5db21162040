package vn.ocophub.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ocophub.shared.spreadsheet.Cell.Kind;
import vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.Recording;

class XlsxWriterTests {

	static final List<Column> PRODUCERS = List.of(Column.text("Tên chủ thể"), Column.text("Mã số thuế"),
			Column.integer("Số lao động"), Column.decimal("Diện tích (ha)"), Column.percent("Tỷ lệ nữ"),
			Column.date("Ngày thành lập"));

	@TempDir
	Path dir;

	@Test
	void writesTypedCellsThatTheReaderReadsBack() throws IOException {
		Path file = export(xlsx -> xlsx.sheet("Chủ thể OCOP", PRODUCERS)
			.row("Hợp tác xã Cam bù Hương Sơn", "0101234567", 1250, new BigDecimal("12.5"), 45,
					LocalDate.of(2019, 3, 15))
			.row("Công ty TNHH Trà Thái", null, 7L, 3.0, new BigDecimal("62.5"), LocalDate.of(2024, 2, 29)));

		Recording recording = SpreadsheetFixtures.read(file);

		assertThat(recording.texts(0)).containsExactly("Tên chủ thể", "Mã số thuế", "Số lao động", "Diện tích (ha)",
				"Tỷ lệ nữ", "Ngày thành lập");
		SheetRow first = recording.rows.get(1);
		assertThat(first.cell(0)).isEqualTo(Cell.ofText("Hợp tác xã Cam bù Hương Sơn"));
		assertThat(first.cell(1)).as("codes stay text").isEqualTo(Cell.ofText("0101234567"));
		assertThat(first.cell(2)).isEqualTo(Cell.ofNumber(new BigDecimal("1250")));
		assertThat(CellValues.decimal(first.cell(3)).value()).isEqualByComparingTo("12.5");
		assertThat(first.cell(4).text()).isEqualTo("45%");
		assertThat(CellValues.percent(first.cell(4)).value()).isEqualByComparingTo("45");
		assertThat(first.cell(5)).isEqualTo(Cell.ofDate(LocalDate.of(2019, 3, 15)));
		SheetRow second = recording.rows.get(2);
		assertThat(second.cell(1).kind()).isEqualTo(Kind.BLANK);
		assertThat(CellValues.percent(second.cell(4)).value()).isEqualByComparingTo("62.5");
		assertThat(second.cell(5).date()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void writesABoldFrozenFilterableHeaderAndSeveralSheets() throws Exception {
		Path file = export(xlsx -> {
			xlsx.sheet("Chủ thể OCOP", PRODUCERS).row("Hợp tác xã", "3001234567", 12, 1.25, 40, LocalDate.of(2020, 1, 2));
			xlsx.sheet("Hướng dẫn", List.of(Column.text("Hướng dẫn"))).row("Mỗi dòng là một chủ thể.");
			xlsx.sheet("Danh mục xã", List.of(Column.text("Mã"), Column.text("Tên xã"))).row("18070", "Xã Sơn Kim 1");
		});

		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("Chủ thể OCOP", "Hướng dẫn", "Danh mục xã");
			XSSFSheet sheet = workbook.getSheetAt(0);
			XSSFCell header = sheet.getRow(0).getCell(0);
			assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F2");
			assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
			assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.##");
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.4);
			assertThat(sheet.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2020, 1, 2));
		}
	}

	@Test
	void writesManyRowsWithOnlyAWindowInMemory() throws IOException {
		Path file = export(xlsx -> {
			xlsx.sheet("Sản phẩm", List.of(Column.integer("STT"), Column.text("Tên sản phẩm")));
			for (int i = 1; i <= 20_000; i++) {
				xlsx.row(i, "Sản phẩm số " + i);
			}
		});

		assertThat(SpreadsheetFixtures.read(file).rows).hasSize(20_001);
	}

	@Test
	void refusesInvalidSheetNamesAndValuesOfTheWrongType() throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter()) {
			assertThatThrownBy(() -> xlsx.sheet("Báo cáo: quý 1/2024", PRODUCERS))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> xlsx.sheet("Danh sách chủ thể OCOP tỉnh Hà Tĩnh", PRODUCERS))
				.isInstanceOf(IllegalArgumentException.class);
			xlsx.sheet("Chủ thể", PRODUCERS);
			assertThatThrownBy(() -> xlsx.row("Trà", "1", "mười hai")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Số lao động");
			assertThatThrownBy(() -> xlsx.row("a", "b", 1, 2, 3, LocalDate.now(), "thừa"))
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(XlsxWriter.safeSheetName("Báo cáo: quý 1/2024")).isEqualTo("Báo cáo  quý 1 2024");
	}

	private Path export(java.util.function.Consumer<XlsxWriter> content) throws IOException {
		Path file = dir.resolve("xuat.xlsx");
		try (XlsxWriter xlsx = new XlsxWriter(); OutputStream out = Files.newOutputStream(file)) {
			content.accept(xlsx);
			xlsx.write(out);
		}
		return file;
	}

}
