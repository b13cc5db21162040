package vn.ocophub.certificate;

import java.time.LocalDate;

/**
 * What the office writes on a decision: its number (e.g. "1234/QĐ-UBND"), date and signer. A draft may leave
 * them empty; signing requires them.
 */
public record DecisionCommand(String number, LocalDate date, String signerName, String signerTitle) {

	public static DecisionCommand empty() {
		return new DecisionCommand(null, null, null, null);
	}

}
