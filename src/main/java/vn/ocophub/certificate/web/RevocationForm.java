package vn.ocophub.certificate.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ocophub.certificate.RevocationCommand;
import vn.ocophub.certificate.RevocationGround;

/** The revocation form: the ground, its words (required for "another ground"), the decision's number and date. */
record RevocationForm(RevocationGround ground, String text, String decisionNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

	static RevocationForm empty() {
		return new RevocationForm(null, null, null, null);
	}

	RevocationCommand command() {
		return new RevocationCommand(ground, text, decisionNumber, date);
	}

}
