package vn.ocophub.evaluation;

import java.time.LocalDate;

/**
 * What a provincial (or the national) office decides when it opens a round. Null rule version means the one in
 * force today; null divergence limit and quorum mean the defaults (10 points; two thirds, chair present).
 */
public record RoundCommand(RoundLevel level, String provinceCode, int year, int number, String ruleVersion,
		LocalDate dossierDeadline, LocalDate communeReportDeadline, LocalDate councilDate, Integer divergenceLimit,
		Integer quorumNumerator, Integer quorumDenominator, Boolean chairRequired) {
}
