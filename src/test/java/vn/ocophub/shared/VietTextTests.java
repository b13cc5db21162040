package vn.ocophub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The one accent-insensitive key used for stored names and for queries. */
class VietTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Cam bù Hương Sơn            | cam bu huong son
			ĐẶC SẢN Đắk Lắk             | dac san dak lak
			Tỉnh Hà Tĩnh                | tinh ha tinh
			  Xã   Sơn Kim 1            | xa son kim 1
			Hợp tác xã Nhung hươu-Hà Tĩnh | hop tac xa nhung huou ha tinh
			Ea H'Leo                    | ea h leo
			""")
	void foldsVietnameseToPlainLowerCase(String text, String key) {
		assertThat(VietText.searchKey(text)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "Xã Điềm Thuỵ, Xã Điềm Thụy", "Phường Chánh Phú Hòa, Phường Chánh Phú Hoà" })
	void treatsOldAndNewTonePlacementAlike(String a, String b) {
		assertThat(VietText.searchKey(a)).isEqualTo(VietText.searchKey(b));
	}

	@ParameterizedTest
	@CsvSource({ "'Phường Ba Đình\n', Phường Ba Đình", "'  Xã  Hòa Bình ', Xã Hòa Bình" })
	void cleansWhiteSpaceAndComposesToNfc(String raw, String clean) {
		assertThat(VietText.clean(raw)).isEqualTo(clean);
		assertThat(VietText.clean(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFD))).isEqualTo(clean);
	}

	@ParameterizedTest
	@CsvSource({ "Xã Hương Sơn, Hương Sơn", "Tỉnh Hà Tĩnh, Hà Tĩnh", "Thành phố Hà Nội, Hà Nội", "Đặc khu Vân Đồn, Vân Đồn",
			"Phường Ba Đình, Ba Đình", "Hương Sơn, Hương Sơn" })
	void dropsTheUnitTypeOfAPlaceName(String name, String place) {
		assertThat(VietText.withoutUnitType(name)).isEqualTo(place);
	}

	@Property(tries = 500)
	void keysAreIdempotentAndPlain(@ForAll String text) {
		String key = VietText.searchKey(text);
		assertThat(VietText.searchKey(key)).isEqualTo(key);
		assertThat(key).matches("[a-z0-9 ]*").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
	}

	@org.junit.jupiter.api.Test
	void aRecordsSearchKeyJoinsTheKeysOfItsTextsAfterALeadingSpaceAndIsCutToTheColumn() {
		assertThat(VietText.searchKeyOf(1500, "Cam bù Hương Sơn", null, "", "42-18133-0001")).isEqualTo(" cam bu huong son 42 18133 0001");
		assertThat(VietText.searchKeyOf(8, "Cam bù Hương Sơn")).isEqualTo(" cam bu ");
		assertThat(VietText.searchKeyOf(1500)).isEqualTo(" ");
	}

}
