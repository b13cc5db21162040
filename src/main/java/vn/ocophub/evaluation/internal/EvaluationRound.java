package vn.ocophub.evaluation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.RoundStatus;
import vn.ocophub.shared.error.BusinessRuleViolation;

/**
 * An evaluation round (đợt đánh giá): its level and scope, year and number, the rule version its dossiers are
 * scored under, its deadlines and the council rules it sets (divergence limit, quorum). Open until closed.
 */
public class EvaluationRound {

	/** Scope code of central rounds, which belong to no province. */
	public static final String CENTRAL_SCOPE = "VN";

	@Id
	private Long id;

	private String level;

	private String provinceCode;

	private String scopeCode;

	private int roundYear;

	private int roundNumber;

	private String ruleVersion;

	private LocalDate dossierDeadline;

	private LocalDate communeReportDeadline;

	private LocalDate councilDate;

	private int divergenceLimit;

	private int quorumNumerator;

	private int quorumDenominator;

	private boolean chairRequired;

	private String status;

	private OffsetDateTime createdAt;

	private String createdBy;

	private OffsetDateTime closedAt;

	private String closedBy;

	@Version
	private Long version;

	EvaluationRound() {
	}

	/** A new open round; the caller has checked the values (see {@code RoundRules}). */
	public static EvaluationRound open(RoundLevel level, String provinceCode, int year, int number, String ruleVersion,
			LocalDate dossierDeadline, LocalDate communeReportDeadline, LocalDate councilDate, int divergenceLimit,
			int quorumNumerator, int quorumDenominator, boolean chairRequired, String actor, OffsetDateTime now) {
		EvaluationRound round = new EvaluationRound();
		round.level = level.name();
		round.provinceCode = level == RoundLevel.CENTRAL ? null : provinceCode;
		round.scopeCode = level == RoundLevel.CENTRAL ? CENTRAL_SCOPE : provinceCode;
		round.roundYear = year;
		round.roundNumber = number;
		round.ruleVersion = ruleVersion;
		round.dossierDeadline = dossierDeadline;
		round.communeReportDeadline = communeReportDeadline;
		round.councilDate = councilDate;
		round.divergenceLimit = divergenceLimit;
		round.quorumNumerator = quorumNumerator;
		round.quorumDenominator = quorumDenominator;
		round.chairRequired = chairRequired;
		round.status = RoundStatus.OPEN.name();
		round.createdAt = now;
		round.createdBy = actor;
		return round;
	}

	public void close(String actor, OffsetDateTime now) {
		requireOpen();
		status = RoundStatus.CLOSED.name();
		closedAt = now;
		closedBy = actor;
	}

	/** @throws BusinessRuleViolation when the round is closed */
	public void requireOpen() {
		if (status() != RoundStatus.OPEN) {
			throw new BusinessRuleViolation(RoundManagement.Errors.CLOSED, label());
		}
	}

	/** The round as people name it in messages: number/year. */
	public String label() {
		return roundNumber + "/" + roundYear;
	}

	public Long id() {
		return id;
	}

	public RoundLevel level() {
		return RoundLevel.valueOf(level);
	}

	public String provinceCode() {
		return provinceCode;
	}

	public int year() {
		return roundYear;
	}

	public int number() {
		return roundNumber;
	}

	public String ruleVersion() {
		return ruleVersion;
	}

	public LocalDate dossierDeadline() {
		return dossierDeadline;
	}

	public LocalDate communeReportDeadline() {
		return communeReportDeadline;
	}

	public LocalDate councilDate() {
		return councilDate;
	}

	public int divergenceLimit() {
		return divergenceLimit;
	}

	public int quorumNumerator() {
		return quorumNumerator;
	}

	public int quorumDenominator() {
		return quorumDenominator;
	}

	public boolean chairRequired() {
		return chairRequired;
	}

	public RoundStatus status() {
		return RoundStatus.valueOf(status);
	}

	public OffsetDateTime createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public OffsetDateTime closedAt() {
		return closedAt;
	}

	public String closedBy() {
		return closedBy;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
