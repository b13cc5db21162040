package vn.ocophub.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			15/03/2024          | 2024-03-15
			5/3/2024            | 2024-03-05
			15-03-2024          | 2024-03-15
			15.03.2024          | 2024-03-15
			2024-03-15          | 2024-03-15
			15/03/2024 08:30    | 2024-03-15
			29/02/2024          | 2024-02-29
			""")
	void readsDatesTypedAsText(String text, LocalDate expected) {
		assertThat(CellValues.date(Cell.ofText(text))).isEqualTo(Parsed.of(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/02/2024", "29/02/2023", "31/04/2024", "15/13/2024", "00/01/2024" })
	void refusesDatesThatAreNotOnTheCalendar(String text) {
		assertThat(CellValues.date(Cell.ofText(text))).isEqualTo(Parsed.failure(SpreadsheetErrors.NO_SUCH_DATE, text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "15/03/24", "15 tháng 3", "2024", "15/03-2024", "ngày mai" })
	void refusesTextThatIsNotADate(String text) {
		assertThat(CellValues.date(Cell.ofText(text)).error()).isEqualTo(SpreadsheetErrors.NOT_A_DATE);
	}

	@Test
	void readsDateCellsAndRefusesOtherKinds() {
		assertThat(CellValues.date(Cell.ofDate(LocalDate.of(2019, 3, 15))).value()).isEqualTo(LocalDate.of(2019, 3, 15));
		assertThat(CellValues.date(Cell.ofNumber(new BigDecimal("43539"))).error())
			.isEqualTo(SpreadsheetErrors.NOT_A_DATE);
		assertThat(CellValues.date(Cell.BLANK).isEmpty()).isTrue();
		assertThat(CellValues.date(Cell.ofError("#REF!")))
			.isEqualTo(Parsed.failure(SpreadsheetErrors.ERROR_VALUE, "#REF!"));
		assertThat(CellValues.date(Cell.formulaWithoutValue()).error())
			.isEqualTo(SpreadsheetErrors.FORMULA_WITHOUT_VALUE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.234         | 1234
			1.234.567     | 1234567
			12,5          | 12.5
			1.234,5       | 1234.5
			1,234.5       | 1234.5
			1,234,567     | 1234567
			1 234 567     | 1234567
			1.5           | 1.5
			0.123         | 0.123
			-12,5         | -12.5
			+7            | 7
			""")
	void readsNumbersWithVietnameseOrEnglishSeparators(String text, BigDecimal expected) {
		assertThat(CellValues.decimal(Cell.ofText(text)).value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12a", "1.23.4", "1,2,3", "1.234,5,6", "12,", "abc", "--1", ",5", "1.234.56" })
	void refusesTextThatIsNotANumber(String text) {
		assertThat(CellValues.decimal(Cell.ofText(text))).isEqualTo(Parsed.failure(SpreadsheetErrors.NOT_A_NUMBER, text));
	}

	@Test
	void readsWholeNumbers() {
		assertThat(CellValues.integer(Cell.ofText("1.234")).value()).isEqualTo(1234L);
		assertThat(CellValues.integer(Cell.ofNumber(new BigDecimal("42.0"))).value()).isEqualTo(42L);
		assertThat(CellValues.integer(Cell.ofText("12,5")).error()).isEqualTo(SpreadsheetErrors.NOT_AN_INTEGER);
		assertThat(CellValues.integer(Cell.ofNumber(new BigDecimal("42.5"))).error())
			.isEqualTo(SpreadsheetErrors.NOT_AN_INTEGER);
		assertThat(CellValues.integer(Cell.ofText("99999999999999999999")).error())
			.isEqualTo(SpreadsheetErrors.NOT_A_NUMBER);
		assertThat(CellValues.integer(Cell.ofText("nhiều")).error()).isEqualTo(SpreadsheetErrors.NOT_A_NUMBER);
		assertThat(CellValues.integer(Cell.BLANK).isEmpty()).isTrue();
	}

	@Test
	void readsPercentagesInPoints() {
		assertThat(CellValues.percent(Cell.ofText("45%")).value()).isEqualByComparingTo("45");
		assertThat(CellValues.percent(Cell.ofText("45 %")).value()).isEqualByComparingTo("45");
		assertThat(CellValues.percent(Cell.ofText("45,5%")).value()).isEqualByComparingTo("45.5");
		assertThat(CellValues.percent(Cell.ofText("45")).value()).isEqualByComparingTo("45");
		assertThat(CellValues.percent(Cell.ofNumber(new BigDecimal("45"))).value()).isEqualByComparingTo("45");
		assertThat(CellValues.percent(Cell.ofPercent(new BigDecimal("0.45"))).value()).isEqualByComparingTo("45");
		assertThat(CellValues.percent(Cell.ofText("bốn lăm %"))).isEqualTo(
				Parsed.failure(SpreadsheetErrors.NOT_A_NUMBER, "bốn lăm %"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Có", "có", "CÓ", "Co", "x", "X", "Yes", "y", "TRUE", "Đúng", "1", "✓" })
	void readsYes(String text) {
		assertThat(CellValues.bool(Cell.ofText(text)).value()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Không", "không", "KHONG", "No", "n", "false", "Sai", "0" })
	void readsNo(String text) {
		assertThat(CellValues.bool(Cell.ofText(text)).value()).isFalse();
	}

	@Test
	void readsBooleanAndNumberCellsAsYesOrNoAndRefusesTheRest() {
		assertThat(CellValues.bool(Cell.ofBoolean(true)).value()).isTrue();
		assertThat(CellValues.bool(Cell.ofNumber(BigDecimal.ZERO)).value()).isFalse();
		assertThat(CellValues.bool(Cell.ofText("có thể"))).isEqualTo(Parsed.failure(SpreadsheetErrors.NOT_A_BOOLEAN, "có thể"));
		assertThat(CellValues.bool(Cell.ofDate(LocalDate.of(2024, 1, 1))).error())
			.isEqualTo(SpreadsheetErrors.NOT_A_BOOLEAN);
		assertThat(CellValues.bool(Cell.BLANK).isEmpty()).isTrue();
	}

	@Test
	void givesCodesAsTextWhateverExcelMadeOfThem() {
		assertThat(CellValues.code(Cell.ofNumber(new BigDecimal("1.01234567E8"))).value()).isEqualTo("101234567");
		assertThat(CellValues.code(Cell.ofText("0101234567")).value()).isEqualTo("0101234567");
		assertThat(CellValues.code(Cell.ofDate(LocalDate.of(2024, 2, 1))))
			.isEqualTo(Parsed.failure(SpreadsheetErrors.DATE_IN_TEXT_COLUMN, "01/02/2024"));
		assertThat(CellValues.code(Cell.ofError("#N/A")).error()).isEqualTo(SpreadsheetErrors.ERROR_VALUE);
	}

	@Test
	void errorsCarryTheirMessageKeyAndTheCellText() {
		Parsed<LocalDate> failed = CellValues.date(Cell.ofText("31/02/2024"));

		assertThat(failed.failed()).isTrue();
		assertThat(failed.messageKey()).isEqualTo("error.shared.spreadsheet.value.no-such-date");
		assertThat(failed.arguments()).containsExactly("31/02/2024");
		assertThat(failed.orElse(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
	}

}
