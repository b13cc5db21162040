package vn.ocophub.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.ocophub.shared.VietnamTime;

/**
 * A council as its page shows it to the reader: composition, advisory team, the dossiers assigned to it with each
 * member's progress (all members for those who run the session, the reader's own otherwise) and, for those who run
 * it, the results; the minutes' editions. {@code mySeat} is the reader's seat, or null.
 */
public record CouncilView(long id, long roundId, String roundLabel, RoundLevel level, String provinceCode,
		boolean roundOpen, String name, String decisionRef, LocalDate sessionDate, OffsetDateTime createdAt,
		String createdBy, long version, List<CouncilSeat> seats, List<CouncilCommand.Advisor> advisors,
		List<CouncilDossier> dossiers, List<MinutesEdition> minutes, boolean manager, CouncilSeat mySeat,
		boolean seatsLocked, boolean seesResults, ResultSettings settings) {

	public CouncilView {
		createdAt = VietnamTime.of(createdAt);
		seats = List.copyOf(seats);
		advisors = List.copyOf(advisors);
		dossiers = List.copyOf(dossiers);
		minutes = List.copyOf(minutes);
	}

	/** Whether the reader presides (the chair). */
	public boolean chair() {
		return mySeat != null && mySeat.role() == CouncilRole.CHAIR;
	}

	/** Whether the reader may write the minutes: the secretary, the chair or the round's office. */
	public boolean writesMinutes() {
		return manager || (mySeat != null && (mySeat.role() == CouncilRole.SECRETARY || mySeat.role() == CouncilRole.CHAIR));
	}

	/** Scoring seats. */
	public long scoringSeats() {
		return seats.stream().filter(CouncilSeat::scores).count();
	}

	/** A dossier assigned to the council, with progress and (for those who may see it) its result. */
	public record CouncilDossier(long dossierId, long productId, String productCode, String productName,
			String producerName, String communeName, String criteriaSet, DossierStatus status,
			List<MemberProgress> progress, ProductResult result) {

		public CouncilDossier {
			progress = List.copyOf(progress);
		}

		/** The reader's own progress on it, when the reader sits in the council. */
		public MemberProgress of(long memberId) {
			return progress.stream().filter(p -> p.seat().memberId() == memberId).findFirst().orElse(null);
		}

	}

	/** One edition of the minutes. */
	public record MinutesEdition(int edition, int dossiers, String sha256, OffsetDateTime generatedAt,
			String generatedBy) {

		public MinutesEdition {
			generatedAt = VietnamTime.of(generatedAt);
		}

	}

}
