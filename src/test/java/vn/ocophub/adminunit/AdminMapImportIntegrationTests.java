package vn.ocophub.adminunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocophub.adminunit.internal.MapChangeSet;
import vn.ocophub.adminunit.internal.MapFiles;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;

/**
 * Updating the map from an official table: malformed tables are refused row by row with nothing applied;
 * the official 2025 table changes nothing on the shipped map; an update ends replaced units and links their
 * successors, all or nothing, and applying it twice changes nothing. The update is dated 2099 so that the
 * map in force today, which other tests read, stays as it is (on PostgreSQL the database is shared).
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class AdminMapImportIntegrationTests {

	static final Path OFFICIAL = Path.of("..", "shared", "data", "admin-units", "conversion-2025-07.csv");

	static final String TITLE = "Đơn vị hành chính từ ngày 01/01/2099,,,Đơn vị hành chính trước ngày 01/01/2099,,,,,\n";

	static final String HEADER = "\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,\n";

	@Autowired
	AdminMapImports imports;

	@Autowired
	AdminUnitManagement units;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Puts the map back as it was: the application never deletes units, but the test database is shared by
	 * every test class on PostgreSQL, and the others expect today's units to be in force without an end date.
	 */
	@org.junit.jupiter.api.AfterAll
	void restoreTheMap() {
		LocalDate update = LocalDate.of(2099, 1, 1);
		jdbc.sql("DELETE FROM admin_unit_succession WHERE effective_date = :d").param("d", update).update();
		jdbc.sql("DELETE FROM admin_unit WHERE valid_from = :d").param("d", update).update();
		jdbc.sql("UPDATE admin_unit SET valid_to = NULL WHERE valid_to = :d").param("d", update.minusDays(1)).update();
		jdbc.sql("DELETE FROM admin_unit_import WHERE effective_date >= :d").param("d", LocalDate.of(2030, 1, 1)).update();
	}

	long unitRows() {
		return jdbc.sql("SELECT COUNT(*) FROM admin_unit").query(Long.class).single();
	}

	@Test
	@Order(1)
	void refusesAMalformedTableRowByRowAndChangesNothing() {
		long before = unitRows();
		String csv = TITLE + HEADER + "TỈNH HÀ TĨNH,,,,,,,,\n"
				+ "Tỉnh Hà Tĩnh (42),Xã Hương Sơn,1813,Xã Sơn Bằng,18190,Nhập toàn bộ,Huyện Hương Sơn (436),Tỉnh Hà Tĩnh (42),\n"
				+ "Tỉnh Hà Tĩnh (42),Xã Kim Hoa,18223,Xã Sơn Lâm,18205,Sáp nhập kiểu mới,Huyện Hương Sơn (436),Tỉnh Hà Tĩnh (42),\n"
				+ "Hà Tĩnh,Xã Sơn Tây,18172,Xã Sơn Tây,18172,Giữ nguyên,Huyện Hương Sơn (436),Tỉnh Hà Tĩnh (42),\n"
				+ "Tỉnh Hà Tĩnh (42),Làng Sơn Kim,18196,Xã Sơn Kim 1,18196,Giữ nguyên,Huyện Hương Sơn (436),Tỉnh Hà Tĩnh (42),\n"
				+ "Tỉnh Hà Tĩnh (42),Xã Sơn Giang,18184\n";
		ImportReport report = imports.check("hong.csv", csv.getBytes(StandardCharsets.UTF_8), null, "tester");
		assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
		assertThat(report.problems()).extracting(ImportReport.Problem::row, ImportReport.Problem::column,
				ImportReport.Problem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(4L, "Mã Xã mới", "adminunit.import.error.commune-code"),
					org.assertj.core.groups.Tuple.tuple(5L, "Ghi chú", "adminunit.import.error.merge-kind"),
					org.assertj.core.groups.Tuple.tuple(6L, "Tỉnh, thành phố", "adminunit.import.error.name-code"),
					org.assertj.core.groups.Tuple.tuple(7L, "Tên Xã mới", "adminunit.import.error.commune-type"),
					org.assertj.core.groups.Tuple.tuple(8L, "", "adminunit.import.error.columns"));
		assertThatThrownBy(() -> imports.apply(report.id(), "tester")).isInstanceOf(BusinessRuleViolation.class);
		assertThat(unitRows()).isEqualTo(before);
	}

	@Test
	@Order(2)
	void refusesAWrongHeaderAndAFileThatIsNotUtf8() {
		ImportReport header = imports.check("sai-cot.csv",
				(TITLE + "Tỉnh,Xã,Mã\nTỉnh Hà Tĩnh (42),Xã Hương Sơn,18133\n").getBytes(StandardCharsets.UTF_8), null,
				"tester");
		assertThat(header.problems()).singleElement()
			.satisfies(p -> assertThat(p.messageKey()).isEqualTo("adminunit.import.error.header"));
		ImportReport legacy = imports.check("windows.csv",
				(TITLE + HEADER).getBytes(Charset.forName("windows-1258")), null, "tester");
		assertThat(legacy.problems()).extracting(ImportReport.Problem::messageKey)
			.containsExactly("adminunit.import.error.not-utf8");
		ImportReport noDate = imports.check("khong-ngay.csv",
				("Bảng,,,,,,,,\n" + HEADER
						+ "Tỉnh Hà Tĩnh (42),Xã Hương Sơn,18133,Xã Sơn Bằng,18190,Nhập toàn bộ,Huyện Hương Sơn (436),Tỉnh Hà Tĩnh (42),\n")
					.getBytes(StandardCharsets.UTF_8),
				null, "tester");
		assertThat(noDate.problems()).extracting(ImportReport.Problem::messageKey)
			.containsExactly("adminunit.import.error.no-date");
	}

	@Test
	@Order(3)
	void theOfficialTableChangesNothingOnTheShippedMap() throws IOException {
		assumeTrue(Files.isReadable(OFFICIAL), "../shared/data/admin-units is absent: re-import of the official table skipped");
		ImportReport report = imports.check("conversion-2025-07.csv", Files.readAllBytes(OFFICIAL), null, "tester");
		assertThat(report.problems()).isEmpty();
		assertThat(report.rowsRead()).isEqualTo(10_571);
		assertThat(report.effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(report.counts().changesAnything()).isFalse();
		assertThat(report.counts().unchanged()).isEqualTo(34 + 3321);
	}

	@Test
	@Order(4)
	void anUpdateEndsReplacedUnitsAndLinksTheirSuccessorsAllOrNothing() throws IOException {
		byte[] table = updatedTable();
		ImportReport check = imports.check("cap-nhat-2099.csv", table, null, "tester");
		assertThat(check.problems()).isEmpty();
		assertThat(check.status()).isEqualTo(ImportReport.Status.CHECKED);
		assertThat(check.counts().created()).isEqualTo(1);
		assertThat(check.counts().replaced()).isEqualTo(1);
		assertThat(check.counts().ended()).isEqualTo(2);
		assertThat(check.counts().links()).isEqualTo(3);
		assertThat(check.counts().unchanged()).isEqualTo(34 + 3321 - 3);

		imports.apply(check.id(), "tester");

		LocalDate after = LocalDate.of(2099, 1, 1);
		AdminUnitDetails merged = units.details("99001", after);
		assertThat(merged.unit().name()).isEqualTo("Xã Hương Sơn Mới");
		assertThat(merged.predecessors()).extracting(AdminUnitDetails.Predecessor::code)
			.containsExactlyInAnyOrder("18133", "18223");
		assertThat(units.find("18133", after)).isEmpty();
		AdminUnitDetails ended = units.details("18133", after.minusDays(1));
		assertThat(ended.unit().validTo()).isEqualTo(after.minusDays(1));
		assertThat(ended.successors()).extracting(AdminUnitDetails.Successor::code).containsExactly("99001");
		assertThat(units.details("18196", after).predecessors()).singleElement()
			.satisfies(p -> assertThat(p.name()).isEqualTo("Xã Sơn Kim 1"));
		// Today's map is untouched.
		assertThat(units.findCurrent("18133")).isPresent();
		assertThat(units.search(new AdminUnitQuery(AdminUnitLevel.COMMUNE, null, null, null, null), new PageRequest(0, 1))
			.total()).isEqualTo(3321);

		assertThatThrownBy(() -> imports.apply(check.id(), "tester")).isInstanceOf(BusinessRuleViolation.class);
		ImportReport again = imports.check("cap-nhat-2099.csv", table, null, "tester");
		assertThat(again.counts().changesAnything()).isFalse();
	}

	@Test
	@Order(5)
	void refusesATableOlderThanTheMapInForce() {
		String csv = "Đơn vị hành chính từ ngày 01/01/2030,,,,,,,,\n" + HEADER
				+ "Tỉnh Hà Tĩnh (42),Xã Hương Sơn,18133,Xã Hương Sơn,18133,Giữ nguyên,,Tỉnh Hà Tĩnh (42),\n";
		ImportReport report = imports.check("cu.csv", csv.getBytes(StandardCharsets.UTF_8), null, "tester");
		assertThat(report.problems()).extracting(ImportReport.Problem::messageKey)
			.contains("adminunit.import.error.older-than-map");
		assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
	}

	/**
	 * Today's map written as an official table dated 2099, with Xã Hương Sơn and Xã Kim Hoa merged into a new
	 * commune 99001 and Xã Sơn Kim 1 renamed Xã Sơn Kim.
	 */
	static byte[] updatedTable() {
		MapFiles.Resources resources = path -> new ClassPathResource(path).getInputStream();
		MapChangeSet map = MapFiles.read(resources, MapFiles.manifest(resources).get(0));
		java.util.Map<String, String> provinces = new java.util.HashMap<>();
		map.units().stream().filter(u -> u.level() == AdminUnitLevel.PROVINCE)
			.forEach(u -> provinces.put(u.code(), u.name() + " (" + u.code() + ")"));
		List<String> rows = new ArrayList<>();
		for (MapChangeSet.Unit u : map.units()) {
			if (u.level() != AdminUnitLevel.COMMUNE || u.code().equals("18133") || u.code().equals("18223")) {
				continue;
			}
			String province = provinces.get(u.parentCode());
			if (u.code().equals("18196")) {
				rows.add(row(province, "Xã Sơn Kim", "18196", u.name(), "18196", "Đổi tên"));
			}
			else {
				rows.add(row(province, u.name(), u.code(), u.name(), u.code(), "Giữ nguyên"));
			}
		}
		String haTinh = provinces.get("42");
		rows.add(row(haTinh, "Xã Hương Sơn Mới", "99001", "Xã Hương Sơn", "18133", "Nhập toàn bộ"));
		rows.add(row(haTinh, "Xã Hương Sơn Mới", "99001", "Xã Kim Hoa", "18223", "Nhập toàn bộ"));
		return (TITLE + HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
	}

	private static String row(String province, String name, String code, String oldName, String oldCode, String note) {
		return "\"" + province + "\"," + name + "," + code + "," + oldName + "," + oldCode + "," + note + ",,\""
				+ province + "\",\n";
	}

}
