package vn.ocophub.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import vn.ocophub.shared.VietnamTime;

/**
 * A round as its page and the API show it, with its dossiers counted by status (only those the reader may
 * see). {@code provinceName} is null for a central round.
 */
public record RoundView(long id, RoundLevel level, String provinceCode, String provinceName, int year, int number, String ruleVersion,
		LocalDate dossierDeadline, LocalDate communeReportDeadline, LocalDate councilDate, int divergenceLimit,
		int quorumNumerator, int quorumDenominator, boolean chairRequired, RoundStatus status,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime closedAt, String closedBy, long version,
		Map<DossierStatus, Integer> counts, boolean manageable) {

	public RoundView {
		createdAt = VietnamTime.of(createdAt);
		closedAt = VietnamTime.of(closedAt);
		counts = Map.copyOf(counts);
	}

	public boolean open() {
		return status == RoundStatus.OPEN;
	}

	public int dossiers() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int count(DossierStatus status) {
		return counts.getOrDefault(status, 0);
	}

}
