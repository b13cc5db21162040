package vn.ocophub.adminunit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.MergeKind;

/**
 * The map that ships with OCOP Hub is exactly what its own importer produces from the official table in
 * {@code ../shared/data/admin-units/}. Run with {@code -Docop.regenerate-map=true} to rewrite the shipped
 * files after the official table changes.
 */
class ShippedMapTests {

	static final Path OFFICIAL = Path.of("..", "shared", "data", "admin-units", "conversion-2025-07.csv");

	static final String SOURCE = "Bảng chuyển đổi đơn vị hành chính cấp xã từ ngày 01/7/2025 (Cục Thống kê)";

	private static MapChangeSet shipped() {
		MapFiles.Entry entry = MapFiles.manifest(path -> new ClassPathResource(path).getInputStream()).get(0);
		return MapFiles.read(path -> new ClassPathResource(path).getInputStream(), entry);
	}

	@Test
	void shippedMapHasTheOfficialCounts() {
		MapChangeSet map = shipped();
		Map<AdminUnitLevel, Long> byLevel = map.units()
			.stream()
			.collect(Collectors.groupingBy(MapChangeSet.Unit::level, Collectors.counting()));
		assertThat(byLevel).containsEntry(AdminUnitLevel.PROVINCE, 34L).containsEntry(AdminUnitLevel.COMMUNE, 3321L);
		assertThat(map.effectiveDate()).hasToString("2025-07-01");
		assertThat(map.derivations()).allSatisfy(d -> assertThat(d.kind()).isNotNull());
	}

	@Test
	void shippedMapIsWhatTheImporterMakesOfTheOfficialTable() throws IOException {
		assumeTrue(Files.isReadable(OFFICIAL), "../shared/data/admin-units is absent: comparison with the official table skipped");
		OfficialTableParser.Result parsed = OfficialTableParser.parse(Files.readAllBytes(OFFICIAL), null, SOURCE);
		assertThat(parsed.errors()).isEmpty();
		MapChangeSet shipped;
		if (Boolean.getBoolean("ocop.regenerate-map")) {
			MapFiles.write(parsed.changeSet(), Path.of("src/main/resources", MapFiles.ROOT, "2025-07-01"));
			MapFiles.Resources written = path -> Files.newInputStream(Path.of("src/main/resources", path));
			shipped = MapFiles.read(written, MapFiles.manifest(written).get(0));
		}
		else {
			shipped = shipped();
		}
		assertThat(shipped.units()).containsExactlyElementsOf(parsed.changeSet().units());
		assertThat(shipped.derivations()).containsExactlyElementsOf(parsed.changeSet().derivations());
	}

	@Test
	void officialTableMapsOldCommunesToTheirNewUnits() throws IOException {
		assumeTrue(Files.isReadable(OFFICIAL), "../shared/data/admin-units is absent: mapping check skipped");
		MapChangeSet map;
		try (FileInputStream in = new FileInputStream(OFFICIAL.toFile())) {
			map = OfficialTableParser.parse(in.readAllBytes(), null, SOURCE).changeSet();
		}
		Map<String, List<MapChangeSet.Derivation>> bySuccessor = map.derivations()
			.stream()
			.filter(d -> d.successorLevel() == AdminUnitLevel.COMMUNE)
			.collect(Collectors.groupingBy(MapChangeSet.Derivation::successorCode));
		// Phường Ba Đình (Hà Nội) was formed from Trúc Bạch, Quán Thánh and others, all merged whole.
		assertThat(bySuccessor.get("00004")).extracting(d -> d.predecessor().name())
			.contains("Phường Trúc Bạch", "Phường Quán Thánh");
		assertThat(bySuccessor.get("00004")).extracting(d -> d.predecessor().districtName()).contains("Quận Ba Đình");
		Map<String, MapChangeSet.Unit> units = map.units()
			.stream()
			.collect(Collectors.toMap(MapChangeSet.Unit::code, Function.identity(), (a, b) -> a));
		assertThat(units.get("18133").name()).isEqualTo("Xã Hương Sơn");
		assertThat(units.get("18133").parentCode()).isEqualTo("42");
		assertThat(units.get("06994").name()).isEqualTo("Đặc khu Vân Đồn");
		// Hà Giang was merged whole into Tuyên Quang; Hà Tĩnh was kept.
		Map<String, MergeKind> tuyenQuang = map.derivations()
			.stream()
			.filter(d -> d.successorLevel() == AdminUnitLevel.PROVINCE && d.successorCode().equals("08"))
			.collect(Collectors.toMap(d -> d.predecessor().name(), MapChangeSet.Derivation::kind));
		assertThat(tuyenQuang).containsEntry("Tỉnh Hà Giang", MergeKind.WHOLE)
			.containsEntry("Tỉnh Tuyên Quang", MergeKind.WHOLE);
		assertThat(map.derivations()).filteredOn(d -> d.successorLevel() == AdminUnitLevel.PROVINCE
				&& d.successorCode().equals("42"))
			.singleElement()
			.extracting(MapChangeSet.Derivation::kind)
			.isEqualTo(MergeKind.KEPT);
		long oldCommunes = map.derivations()
			.stream()
			.filter(d -> d.predecessor().level() == AdminUnitLevel.COMMUNE && d.predecessor().code() != null)
			.map(d -> d.predecessor().code())
			.distinct()
			.count();
		assertThat(oldCommunes).isGreaterThan(10_000);
	}

}
