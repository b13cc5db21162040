package vn.ocophub.certificate.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ocophub.certificate.DecisionCommand;
import vn.ocophub.certificate.DecisionView;

/** The header of a decision as its page posts it: number, signing date, signer and the signer's title. */
record DecisionForm(String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String signerName,
		String signerTitle) {

	static DecisionForm of(DecisionView decision) {
		return new DecisionForm(decision.number(), decision.date(), decision.signerName(), decision.signerTitle());
	}

	DecisionCommand command() {
		return new DecisionCommand(number, date, signerName, signerTitle);
	}

}
