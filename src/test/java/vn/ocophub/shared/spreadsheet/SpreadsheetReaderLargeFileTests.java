package vn.ocophub.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry import of 100,000 producers is read row by row. Speed and memory are measured by the benchmark,
 * not asserted here; the test prints what it saw.
 */
class SpreadsheetReaderLargeFileTests {

	static final int PRODUCERS = 100_000;

	@TempDir
	Path dir;

	@Test
	void streamsAHundredThousandRows() throws IOException {
		Path file = hundredThousandProducers();
		Runtime runtime = Runtime.getRuntime();
		long[] peak = { 0 };
		int[] valid = { 0 };
		long start = System.nanoTime();

		ReadSummary summary = new SpreadsheetReader().read(file, row -> {
			if (row.number() > 1 && CellValues.date(row.cell(3)).value() != null
					&& CellValues.integer(row.cell(4)).value() != null && CellValues.code(row.cell(1)).value() != null) {
				valid[0]++;
			}
			if (row.number() % 10_000 == 0) {
				peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
			}
		});

		System.out.printf("Read %,d rows (%,d KB file) in %d ms; heap used peaked around %,d MB (max heap %,d MB)%n",
				summary.rows(), Files.size(file) / 1024, (System.nanoTime() - start) / 1_000_000, peak[0] >> 20,
				runtime.maxMemory() >> 20);
		assertThat(summary.rows()).isEqualTo(PRODUCERS + 1);
		assertThat(valid[0]).isEqualTo(PRODUCERS);
	}

	/**
	 * Typed numbers and a date style as Excel writes them. Strings are inline: POI writes 100,000 shared strings
	 * three times slower, and the smaller fixtures cover the shared-strings path.
	 */
	private Path hundredThousandProducers() throws IOException {
		Path file = dir.resolve("100000-chu-the.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
				OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet("Chủ thể");
			Row header = sheet.createRow(0);
			String[] headers = { "Tên chủ thể", "Mã số thuế", "Xã", "Ngày thành lập", "Số lao động", "Ghi chú" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int r = 1; r <= PRODUCERS; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("Hợp tác xã nông nghiệp số " + r);
				row.createCell(1).setCellValue(3_000_000_000L + r);
				row.createCell(2).setCellValue("Xã Sơn Kim " + (r % 300));
				row.createCell(3).setCellValue(LocalDate.of(2000, 1, 1).plusDays(r % 9000));
				row.getCell(3).setCellStyle(date);
				row.createCell(4).setCellValue(r % 250);
				row.createCell(5).setCellValue(r % 7 == 0 ? "Đã được công nhận OCOP 3 sao" : "");
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

}
