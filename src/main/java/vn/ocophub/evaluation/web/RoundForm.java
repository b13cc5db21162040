package vn.ocophub.evaluation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ocophub.evaluation.RoundCommand;

/** The form that opens a round; the level and province come from the officer's scope. */
record RoundForm(Integer year, Integer number, String ruleVersion,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dossierDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate communeReportDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate councilDate, Integer divergenceLimit,
		Integer quorumNumerator, Integer quorumDenominator, Boolean chairRequired) {

	static RoundForm of(RoundCommand c) {
		return new RoundForm(c.year(), c.number(), c.ruleVersion(), c.dossierDeadline(), c.communeReportDeadline(),
				c.councilDate(), c.divergenceLimit(), c.quorumNumerator(), c.quorumDenominator(), c.chairRequired());
	}

	RoundCommand command() {
		return new RoundCommand(null, null, year == null ? 0 : year, number == null ? 0 : number, ruleVersion,
				dossierDeadline, communeReportDeadline, councilDate, divergenceLimit, quorumNumerator, quorumDenominator,
				Boolean.TRUE.equals(chairRequired));
	}

}
