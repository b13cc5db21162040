package vn.ocophub.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the notes and names of the official tables are read. */
class MergeKindAndTypeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nhập toàn bộ                                         | WHOLE
			Nhập toàn bộ diện tích                               | WHOLE
			Sắp xếp toàn bộ huyện Cồn Cỏ thành đặc khu Cồn Cỏ    | WHOLE
			Nhập một phần                                        | PARTIAL
			Nhâp một phần diện tích                              | PARTIAL
			Nhập một phần diện tích, toàn bộ dân số              | PARTIAL
			Phần còn lại sau khi tách một phần vào xã Canh Vinh  | PARTIAL
			Đổi tên từ một phần Phường 15                        | PARTIAL
			Giữ nguyên                                           | KEPT
			Đổi tên                                              | RENAMED
			Đổi loại hình                                        | RENAMED
			""")
	void readsTheNotesOfTheOfficialTable(String note, MergeKind kind) {
		assertThat(MergeKind.fromNote(note)).isEqualTo(kind);
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "", "Sáp nhập kiểu mới", "   " })
	void unknownNotesAreNotGuessed(String note) {
		assertThat(MergeKind.fromNote(note)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			COMMUNE  | Xã Hương Sơn        | XA       | Xã Hương Sơn
			COMMUNE  | Xa Hòa Bình         | XA       | Xã Hòa Bình
			COMMUNE  | Phường Ba Đình      | PHUONG   | Phường Ba Đình
			COMMUNE  | Đặc khu Vân Đồn     | DAC_KHU  | Đặc khu Vân Đồn
			COMMUNE  | Thị trấn Phố Châu   | THI_TRAN | Thị trấn Phố Châu
			DISTRICT | Thành phố Hà Tĩnh   | THANH_PHO_THUOC_TINH | Thành phố Hà Tĩnh
			DISTRICT | Huyện Hương Sơn     | HUYEN    | Huyện Hương Sơn
			PROVINCE | Thành phố Hà Nội    | THANH_PHO | Thành phố Hà Nội
			PROVINCE | Tỉnh Hà Tĩnh        | TINH     | Tỉnh Hà Tĩnh
			""")
	void readsTheTypeFromTheNamePrefix(AdminUnitLevel level, String name, AdminUnitType type, String canonical) {
		assertThat(AdminUnitType.fromName(level, name)).isEqualTo(type);
		assertThat(type.canonicalName(name)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "Hương Sơn", "Làng Sơn Kim" })
	void namesWithoutAKnownPrefixHaveNoType(String name) {
		assertThat(AdminUnitType.fromName(AdminUnitLevel.COMMUNE, name)).isNull();
	}

}
