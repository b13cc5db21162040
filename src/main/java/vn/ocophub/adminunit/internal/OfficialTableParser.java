package vn.ocophub.adminunit.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitType;
import vn.ocophub.adminunit.MergeKind;
import vn.ocophub.shared.VietText;

/**
 * Reads the official conversion table of administrative units (the national statistics office's CSV: a
 * title row naming the date, a header row, then one row per new unit ← old unit pair, with section titles
 * between provinces) into a {@link MapChangeSet}. Every problem is reported with its row and column; a file
 * with any problem yields no change set.
 */
public final class OfficialTableParser {

	static final List<String> HEADERS = List.of("Tỉnh, thành phố", "Tên Xã mới", "Mã Xã mới", "Tên Xã cũ",
			"Mã Xã cũ", "Ghi chú", "Quận/huyện", "Tỉnh cũ");

	private static final int MAX_ERRORS = 500;

	private static final Pattern NAME_WITH_CODE = Pattern.compile("^(.*\\S)\\s*\\((\\d+)\\)\\s*$");

	private static final Pattern TITLE_DATE = Pattern.compile("tu ngay (\\d{1,2}) (\\d{1,2}) (\\d{4})");

	private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

	/** What was read: a change set when there was no error, and the errors. */
	public record Result(MapChangeSet changeSet, List<RowError> errors, long rowsRead) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	private final List<RowError> errors = new ArrayList<>();

	private final Map<String, MapChangeSet.Unit> provinces = new LinkedHashMap<>();

	private final Map<String, MapChangeSet.Unit> communes = new LinkedHashMap<>();

	private final List<MapChangeSet.Derivation> derivations = new ArrayList<>();

	private final Map<String, Set<String>> oldProvinceTargets = new LinkedHashMap<>();

	private final Map<String, MapChangeSet.OldUnit> oldProvinces = new LinkedHashMap<>();

	private final Map<String, Set<String>> newProvinceSources = new LinkedHashMap<>();

	private OfficialTableParser() {
	}

	/**
	 * Parses the bytes of an official table. {@code effectiveDate} overrides the date of the title row; when
	 * null, the title row must name it ("… từ ngày 01/7/2025").
	 */
	public static Result parse(byte[] content, LocalDate effectiveDate, String source) {
		return new OfficialTableParser().read(content, effectiveDate, source);
	}

	private Result read(byte[] content, LocalDate effectiveDateOverride, String source) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return failed("adminunit.import.error.not-utf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
			records = parser.getRecords();
		}
		catch (IOException | RuntimeException ex) {
			return failed("adminunit.import.error.not-csv");
		}
		if (records.size() < 3) {
			return failed("adminunit.import.error.too-short");
		}
		LocalDate effectiveDate = effectiveDateOverride != null ? effectiveDateOverride
				: titleDate(String.join(" ", records.get(0).toList()));
		if (effectiveDate == null) {
			errors.add(new RowError(1, "", "adminunit.import.error.no-date"));
		}
		if (!headerMatches(records.get(1))) {
			errors.add(new RowError(2, "", "adminunit.import.error.header", String.join(" | ", HEADERS)));
			return new Result(null, List.copyOf(errors), 0);
		}
		long rows = 0;
		for (int i = 2; i < records.size() && errors.size() < MAX_ERRORS; i++) {
			CSVRecord record = records.get(i);
			if (record.size() < 2 || VietText.isBlank(record.get(1))) {
				continue;
			}
			rows++;
			readRow(i + 1L, record);
		}
		if (rows == 0 && errors.isEmpty()) {
			errors.add(new RowError(0, "", "adminunit.import.error.no-rows"));
		}
		if (!errors.isEmpty()) {
			return new Result(null, List.copyOf(errors), rows);
		}
		addProvinceDerivations();
		List<MapChangeSet.Unit> units = new ArrayList<>(provinces.values());
		units.addAll(communes.values());
		return new Result(new MapChangeSet(effectiveDate, source, units, derivations), List.of(), rows);
	}

	private void readRow(long row, CSVRecord record) {
		if (record.size() < HEADERS.size()) {
			errors.add(new RowError(row, "", "adminunit.import.error.columns", HEADERS.size(), record.size()));
			return;
		}
		String[] cells = new String[HEADERS.size()];
		for (int c = 0; c < cells.length; c++) {
			cells[c] = VietText.clean(record.get(c));
		}
		int before = errors.size();
		Named province = named(row, 0, cells[0], 2, AdminUnitLevel.PROVINCE, true);
		AdminUnitType communeType = AdminUnitType.fromName(AdminUnitLevel.COMMUNE, cells[1]);
		if (communeType == null || communeType == AdminUnitType.KHU_VUC || communeType == AdminUnitType.THI_TRAN) {
			errors.add(new RowError(row, HEADERS.get(1), "adminunit.import.error.commune-type", cells[1]));
		}
		if (!COMMUNE_CODE.matcher(cells[2]).matches()) {
			errors.add(new RowError(row, HEADERS.get(2), "adminunit.import.error.commune-code", cells[2]));
		}
		MergeKind kind = MergeKind.fromNote(cells[5]);
		if (kind == null) {
			errors.add(new RowError(row, HEADERS.get(5), "adminunit.import.error.merge-kind", cells[5]));
		}
		Named district = named(row, 6, cells[6], 3, AdminUnitLevel.DISTRICT, false);
		Named oldProvince = named(row, 7, cells[7], 2, AdminUnitLevel.PROVINCE, true);
		boolean oldCommuneGiven = !cells[3].isEmpty() || !cells[4].isEmpty();
		if (!cells[4].isEmpty() && !COMMUNE_CODE.matcher(cells[4]).matches()) {
			errors.add(new RowError(row, HEADERS.get(4), "adminunit.import.error.commune-code", cells[4]));
		}
		if (!oldCommuneGiven && district == null) {
			errors.add(new RowError(row, HEADERS.get(3), "adminunit.import.error.no-predecessor"));
		}
		if (errors.size() > before || province == null || oldProvince == null) {
			return;
		}
		String communeName = communeType.canonicalName(cells[1]);
		addProvince(row, province);
		MapChangeSet.Unit commune = new MapChangeSet.Unit(AdminUnitLevel.COMMUNE, cells[2], communeName,
				communeType, province.code);
		MapChangeSet.Unit known = communes.putIfAbsent(commune.code(), commune);
		if (known != null && !sameUnit(known, commune)) {
			errors.add(new RowError(row, HEADERS.get(1), "adminunit.import.error.inconsistent", commune.code(),
					known.name(), commune.name()));
			return;
		}
		MapChangeSet.OldUnit predecessor = oldUnit(cells, district, oldProvince);
		derivations.add(new MapChangeSet.Derivation(AdminUnitLevel.COMMUNE, commune.code(), predecessor, kind,
				cells[5]));
		oldProvinces.merge(oldProvince.code, provinceOnly(predecessor), OfficialTableParser::betterNamed);
		oldProvinceTargets.computeIfAbsent(oldProvince.code, k -> new LinkedHashSet<>()).add(province.code);
		newProvinceSources.computeIfAbsent(province.code, k -> new LinkedHashSet<>()).add(oldProvince.code);
	}

	private MapChangeSet.OldUnit oldUnit(String[] cells, Named district, Named oldProvince) {
		AdminUnitType districtType = district == null ? null
				: AdminUnitType.fromName(AdminUnitLevel.DISTRICT, district.name);
		if (cells[3].isEmpty() && cells[4].isEmpty()) {
			return new MapChangeSet.OldUnit(AdminUnitLevel.DISTRICT, district.code, district.name, districtType, null,
					null, null, oldProvince.code, oldProvince.name, oldProvince.type);
		}
		AdminUnitType type = AdminUnitType.fromName(AdminUnitLevel.COMMUNE, cells[3]);
		String code = cells[4].isEmpty() ? null : cells[4];
		if (type == null || code == null) {
			type = code == null ? AdminUnitType.KHU_VUC : AdminUnitType.XA;
		}
		String name = cells[3].isEmpty() ? code : cells[3];
		return new MapChangeSet.OldUnit(AdminUnitLevel.COMMUNE, code, type.canonicalName(name), type,
				district == null ? null : district.code, district == null ? null : district.name, districtType,
				oldProvince.code, oldProvince.name, oldProvince.type);
	}

	private void addProvince(long row, Named province) {
		MapChangeSet.Unit unit = new MapChangeSet.Unit(AdminUnitLevel.PROVINCE, province.code, province.name,
				province.type, null);
		MapChangeSet.Unit known = provinces.putIfAbsent(unit.code(), unit);
		if (known != null && !sameUnit(known, unit)) {
			errors.add(new RowError(row, HEADERS.get(0), "adminunit.import.error.inconsistent", unit.code(),
					known.name(), unit.name()));
		}
	}

	/** Each new province's predecessors, derived from where the old provinces' communes went. */
	private void addProvinceDerivations() {
		newProvinceSources.forEach((newCode, oldCodes) -> {
			MapChangeSet.Unit province = provinces.get(newCode);
			for (String oldCode : oldCodes) {
				MapChangeSet.OldUnit old = oldProvinces.get(oldCode);
				boolean whole = oldProvinceTargets.get(oldCode).size() == 1;
				boolean kept = whole && oldCodes.size() == 1 && oldCode.equals(newCode)
						&& VietText.searchKey(old.name()).equals(VietText.searchKey(province.name()));
				MergeKind kind = kept ? MergeKind.KEPT : whole ? MergeKind.WHOLE : MergeKind.PARTIAL;
				derivations.add(new MapChangeSet.Derivation(AdminUnitLevel.PROVINCE, newCode, old, kind, null));
			}
		});
	}

	private static MapChangeSet.OldUnit provinceOnly(MapChangeSet.OldUnit unit) {
		return new MapChangeSet.OldUnit(AdminUnitLevel.PROVINCE, unit.provinceCode(), unit.provinceName(),
				unit.provinceType(), null, null, null, unit.provinceCode(), unit.provinceName(), unit.provinceType());
	}

	/** The official tables sometimes drop the type prefix ("Quảng Trị (44)"); keep the fuller name. */
	private static MapChangeSet.OldUnit betterNamed(MapChangeSet.OldUnit a, MapChangeSet.OldUnit b) {
		return a.name().length() >= b.name().length() ? a : b;
	}

	private static boolean sameUnit(MapChangeSet.Unit a, MapChangeSet.Unit b) {
		return VietText.searchKey(a.name()).equals(VietText.searchKey(b.name())) && a.type() == b.type()
				&& java.util.Objects.equals(a.parentCode(), b.parentCode());
	}

	private record Named(String name, String code, AdminUnitType type) {
	}

	/** Reads "Tỉnh Hà Tĩnh (42)"; a name with no known type prefix gets the default one ("Tỉnh"). */
	private Named named(long row, int column, String cell, int codeLength, AdminUnitLevel level, boolean required) {
		if (cell.isEmpty() && !required) {
			return null;
		}
		Matcher matcher = NAME_WITH_CODE.matcher(cell);
		if (!matcher.matches() || matcher.group(2).length() != codeLength) {
			errors.add(new RowError(row, HEADERS.get(column), "adminunit.import.error.name-code", cell, codeLength));
			return null;
		}
		String name = VietText.clean(matcher.group(1));
		AdminUnitType type = AdminUnitType.fromName(level, name);
		if (type == null && level == AdminUnitLevel.PROVINCE) {
			type = AdminUnitType.TINH;
			name = type.prefix() + " " + name;
		}
		if (type == null) {
			errors.add(new RowError(row, HEADERS.get(column), "adminunit.import.error.unit-type", cell));
			return null;
		}
		return new Named(type.canonicalName(name), matcher.group(2), type);
	}

	private static boolean headerMatches(CSVRecord header) {
		if (header.size() < HEADERS.size()) {
			return false;
		}
		for (int i = 0; i < HEADERS.size(); i++) {
			if (!VietText.searchKey(header.get(i)).equals(VietText.searchKey(HEADERS.get(i)))) {
				return false;
			}
		}
		return true;
	}

	static LocalDate titleDate(String title) {
		Matcher matcher = TITLE_DATE.matcher(VietText.searchKey(title));
		if (!matcher.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(1)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private Result failed(String key) {
		return new Result(null, List.of(new RowError(0, "", key)), 0);
	}

}
