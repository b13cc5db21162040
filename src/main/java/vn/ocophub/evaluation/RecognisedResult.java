package vn.ocophub.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/**
 * A confirmed council result that a recognition decision may take: the product recognised at
 * {@code recognisedStars} by the council of round {@code roundNumber}/{@code roundYear}. For a provincial round
 * that is a 3★–4★ result, including the 4★ of a product proposed as "potential 5★"; for the central round a 5★
 * result.
 */
public record RecognisedResult(long dossierId, long productId, String productCode, String productName,
		long producerId, String producerName, String provinceCode, String communeCode, String communeName,
		String criteriaSet, long roundId, RoundLevel roundLevel, int roundYear, int roundNumber, BigDecimal meanPoints,
		int recognisedStars, Routing routing, OffsetDateTime confirmedAt) {

	public RecognisedResult {
		confirmedAt = VietnamTime.of(confirmedAt);
	}

	/** "1/2025". */
	public String roundLabel() {
		return roundNumber + "/" + roundYear;
	}

}
