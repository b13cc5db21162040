package vn.ocophub.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * A council as the office forms it: its name, the decision that set it up, the session day, the seats (an account
 * each, with the agency its holder represents) and the advisory team.
 */
public record CouncilCommand(String name, String decisionRef, LocalDate sessionDate, List<Seat> seats,
		List<Advisor> advisors) {

	public CouncilCommand {
		seats = seats == null ? List.of() : List.copyOf(seats);
		advisors = advisors == null ? List.of() : List.copyOf(advisors);
	}

	/** A seat: the account's username, its role in the council and the agency it represents. */
	public record Seat(String username, CouncilRole role, String agency) {
	}

	/** A member of the advisory team (tổ tư vấn): not an account, not scoring. */
	public record Advisor(String fullName, String agency, String task) {
	}

}
