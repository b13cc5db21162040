package vn.ocophub.adminunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitType;
import vn.ocophub.adminunit.MergeKind;

/**
 * OCOP Hub's own format for the administrative map it ships: per effective date, a folder with
 * {@code units.csv} (the units in force from that date) and {@code derivations.csv} (what each was formed
 * from), listed in {@code manifest.csv}. Plain UTF-8 CSV with named columns and enum values, so that a change
 * of the official map is a readable diff. The files are produced from the official tables by
 * {@link OfficialTableParser} and {@link #write}.
 */
public final class MapFiles {

	public static final String ROOT = "adminunit/map/";

	static final String[] MANIFEST = { "effective_date", "folder", "source" };

	static final String[] UNITS = { "level", "code", "name", "type", "parent_code" };

	static final String[] DERIVATIONS = { "successor_level", "successor_code", "merge_kind", "note",
			"predecessor_level", "predecessor_code", "predecessor_name", "predecessor_type", "district_code",
			"district_name", "district_type", "province_code", "province_name", "province_type" };

	private MapFiles() {
	}

	/** One change set listed in the manifest. */
	public record Entry(LocalDate effectiveDate, String folder, String source) {
	}

	/** Opens a file below {@link #ROOT}. */
	@FunctionalInterface
	public interface Resources {

		InputStream open(String path) throws IOException;

	}

	public static List<Entry> manifest(Resources resources) {
		return read(resources, ROOT + "manifest.csv", MANIFEST,
				r -> new Entry(LocalDate.parse(r.get("effective_date")), r.get("folder"), r.get("source")));
	}

	public static MapChangeSet read(Resources resources, Entry entry) {
		String folder = ROOT + entry.folder() + "/";
		List<MapChangeSet.Unit> units = read(resources, folder + "units.csv", UNITS,
				r -> new MapChangeSet.Unit(AdminUnitLevel.valueOf(r.get("level")), r.get("code"), r.get("name"),
						AdminUnitType.valueOf(r.get("type")), blankToNull(r.get("parent_code"))));
		List<MapChangeSet.Derivation> derivations = read(resources, folder + "derivations.csv", DERIVATIONS,
				r -> new MapChangeSet.Derivation(AdminUnitLevel.valueOf(r.get("successor_level")),
						r.get("successor_code"),
						new MapChangeSet.OldUnit(AdminUnitLevel.valueOf(r.get("predecessor_level")),
								blankToNull(r.get("predecessor_code")), r.get("predecessor_name"),
								AdminUnitType.valueOf(r.get("predecessor_type")), blankToNull(r.get("district_code")),
								blankToNull(r.get("district_name")), type(r.get("district_type")),
								r.get("province_code"), r.get("province_name"), type(r.get("province_type"))),
						MergeKind.valueOf(r.get("merge_kind")), blankToNull(r.get("note"))));
		return new MapChangeSet(entry.effectiveDate(), entry.source(), units, derivations);
	}

	/** Writes a change set as the folder {@code dir} (units.csv and derivations.csv). */
	public static void write(MapChangeSet changeSet, Path dir) throws IOException {
		Files.createDirectories(dir);
		try (Writer out = Files.newBufferedWriter(dir.resolve("units.csv"), StandardCharsets.UTF_8);
				CSVPrinter csv = format(UNITS).print(out)) {
			for (MapChangeSet.Unit u : changeSet.units()) {
				csv.printRecord(u.level(), u.code(), u.name(), u.type(), nullToBlank(u.parentCode()));
			}
		}
		try (Writer out = Files.newBufferedWriter(dir.resolve("derivations.csv"), StandardCharsets.UTF_8);
				CSVPrinter csv = format(DERIVATIONS).print(out)) {
			for (MapChangeSet.Derivation d : changeSet.derivations()) {
				MapChangeSet.OldUnit p = d.predecessor();
				csv.printRecord(d.successorLevel(), d.successorCode(), d.kind(), nullToBlank(d.note()), p.level(),
						nullToBlank(p.code()), p.name(), p.type(), nullToBlank(p.districtCode()),
						nullToBlank(p.districtName()), nullToBlank(p.districtType()), p.provinceCode(),
						p.provinceName(), nullToBlank(p.provinceType()));
			}
		}
	}

	private static <T> List<T> read(Resources resources, String path, String[] columns, Function<CSVRecord, T> row) {
		try (InputStream in = resources.open(path);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			if (!parser.getHeaderNames().equals(List.of(columns))) {
				throw new IllegalStateException(
						path + ": line 1: expected the columns " + String.join(",", columns));
			}
			List<T> result = new ArrayList<>();
			for (CSVRecord record : parser) {
				try {
					result.add(row.apply(record));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(
							path + ": line " + (record.getRecordNumber() + 1) + ": " + ex.getMessage(), ex);
				}
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the administrative map file " + path, ex);
		}
	}

	private static CSVFormat format(String[] columns) {
		return CSVFormat.RFC4180.builder().setHeader(columns).setRecordSeparator('\n').get();
	}

	private static AdminUnitType type(String value) {
		return value == null || value.isBlank() ? null : AdminUnitType.valueOf(value);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static Object nullToBlank(Object value) {
		return value == null ? "" : value;
	}

}
