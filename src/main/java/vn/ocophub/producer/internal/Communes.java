package vn.ocophub.producer.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ocophub.adminunit.AdminMapImports;
import vn.ocophub.adminunit.AdminUnitDetails;
import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.shared.error.FieldProblem;

/**
 * The communes in force, kept in memory (3,321 of them) so that checking a 100,000-row import costs no query
 * per row. Refreshed when this node applies a map update and, for updates applied by another node, at most
 * ten minutes later.
 */
@Component
public class Communes {

	private static final Duration MAX_AGE = Duration.ofMinutes(10);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AdminUnitManagement units;

	private final Clock clock;

	private volatile Snapshot snapshot;

	Communes(AdminUnitManagement units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	/** A commune in force with its province. */
	public record Commune(String code, String name, String provinceCode, String provinceName) {
	}

	/** The outcome of looking up a code: the commune, or why it cannot be used. */
	public record Lookup(Commune commune, FieldProblem problem) {
	}

	private record Snapshot(Map<String, Commune> communes, Instant loadedAt) {
	}

	public Lookup lookup(String field, String code) {
		Commune commune = current().get(code);
		if (commune != null) {
			return new Lookup(commune, null);
		}
		return new Lookup(null, explain(field, code));
	}

	private FieldProblem explain(String field, String code) {
		AdminUnitDetails last = units.lastKnown(code).orElse(null);
		if (last == null) {
			return new FieldProblem(field, "producer.validation.commune-unknown", code);
		}
		AdminUnitSummary unit = last.unit();
		if (unit.level() != AdminUnitLevel.COMMUNE || unit.current()) {
			return new FieldProblem(field, "producer.validation.commune-not-commune", code, unit.name());
		}
		String successors = last.successors()
			.stream()
			.map(s -> s.name() + " (" + s.code() + ")")
			.collect(Collectors.joining(", "));
		return new FieldProblem(field, "producer.validation.commune-ended", code, unit.name(),
				DAY.format(unit.validTo().plusDays(1)), successors.isEmpty() ? "—" : successors);
	}

	private Map<String, Commune> current() {
		Snapshot current = snapshot;
		if (current == null || current.loadedAt().plus(MAX_AGE).isBefore(clock.instant())) {
			Map<String, String> provinces = units.currentUnits(AdminUnitLevel.PROVINCE)
				.values()
				.stream()
				.collect(Collectors.toMap(AdminUnitSummary::code, AdminUnitSummary::name));
			Map<String, Commune> communes = units.currentUnits(AdminUnitLevel.COMMUNE)
				.values()
				.stream()
				.collect(Collectors.toUnmodifiableMap(AdminUnitSummary::code, u -> new Commune(u.code(), u.name(),
						u.provinceCode(), provinces.getOrDefault(u.provinceCode(), u.provinceCode()))));
			current = new Snapshot(communes, clock.instant());
			// While the map is still loading on first start there is nothing to keep.
			snapshot = communes.isEmpty() ? null : current;
		}
		return current.communes();
	}

	/** Every commune in force, by province and name: the reference list of the import template. */
	public List<Commune> all() {
		return current().values()
			.stream()
			.sorted(Comparator.comparing(Commune::provinceName).thenComparing(Commune::name))
			.toList();
	}

	@EventListener
	void mapUpdated(AdminMapImports.AdminMapUpdated event) {
		snapshot = null;
	}

}
