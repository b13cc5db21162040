package vn.ocophub.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.shared.VietnamTime;

/**
 * A recognition decision as its page shows it. {@code provinceCode} is null for a decision of the national office;
 * {@code manageable} says whether the reader may change, sign or delete it (drafts only).
 */
public record DecisionView(long id, RoundLevel level, String provinceCode, String issuerName, String number,
		LocalDate date, String signerName, String signerTitle, DecisionStatus status, List<DecisionItem> items,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime signedAt, String signedBy, long version,
		boolean manageable) {

	public DecisionView {
		items = List.copyOf(items);
		createdAt = VietnamTime.of(createdAt);
		signedAt = VietnamTime.of(signedAt);
	}

	public boolean draft() {
		return status == DecisionStatus.DRAFT;
	}

	public DecisionCommand command() {
		return new DecisionCommand(number, date, signerName, signerTitle);
	}

}
