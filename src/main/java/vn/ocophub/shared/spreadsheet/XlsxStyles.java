package vn.ocophub.shared.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of an export, created once per workbook (Excel allows about 64,000 styles, and one per
 * cell would exhaust them). Whole numbers get a format without decimals because {@code #,##0.##} shows
 * {@code 12} as {@code 12.} in Excel.
 */
final class XlsxStyles {

	final CellStyle header;

	final CellStyle text;

	final CellStyle integer;

	final CellStyle decimal;

	final CellStyle wholePercent;

	final CellStyle percent;

	final CellStyle date;

	XlsxStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		text = formatted(workbook, "@");
		integer = formatted(workbook, "#,##0");
		decimal = formatted(workbook, "#,##0.##");
		wholePercent = formatted(workbook, "0%");
		percent = formatted(workbook, "0.##%");
		date = formatted(workbook, "dd/mm/yyyy");
	}

	private static CellStyle formatted(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
