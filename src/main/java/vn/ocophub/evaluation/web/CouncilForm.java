package vn.ocophub.evaluation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilRole;

/**
 * The council form as the page posts it: a fixed number of seat and advisory rows, blank ones included. The
 * service numbers its problems ({@code seats[3].username}) after dropping blank rows, so the form drops them
 * first ({@link #compact()}) and shows the rows in that order: each message then sits beside its own row.
 */
record CouncilForm(String name, String decisionRef, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionDate,
		List<SeatRow> seats, List<AdvisorRow> advisors) {

	/** Seat rows a page shows at least: a provincial council has seven to eleven seats. */
	static final int SEAT_ROWS = 12;

	/** Advisory rows a page shows at least. */
	static final int ADVISOR_ROWS = 5;

	/** Blank rows a page shows below the filled ones, so that a full council can still grow. */
	private static final int SPARE_ROWS = 2;

	CouncilForm {
		seats = seats == null ? List.of() : seats.stream().filter(Objects::nonNull).toList();
		advisors = advisors == null ? List.of() : advisors.stream().filter(Objects::nonNull).toList();
	}

	/** A seat row: the account's username, the seat and the agency its holder represents. */
	record SeatRow(String username, CouncilRole role, String agency) {

		/** The service ignores a row with neither account nor agency, whatever its seat. */
		boolean blank() {
			return isBlank(username) && isBlank(agency);
		}

	}

	/** A row of the advisory team. */
	record AdvisorRow(String fullName, String agency, String task) {

		boolean blank() {
			return isBlank(fullName) && isBlank(agency) && isBlank(task);
		}

	}

	/** A new council: the first row is the chair's. */
	static CouncilForm empty() {
		return new CouncilForm(null, null, null, List.of(new SeatRow(null, CouncilRole.CHAIR, null)), List.of());
	}

	static CouncilForm of(CouncilCommand c) {
		return new CouncilForm(c.name(), c.decisionRef(), c.sessionDate(),
				c.seats().stream().map(s -> new SeatRow(s.username(), s.role(), s.agency())).toList(),
				c.advisors().stream().map(a -> new AdvisorRow(a.fullName(), a.agency(), a.task())).toList());
	}

	/** The same form without its blank rows. */
	CouncilForm compact() {
		return new CouncilForm(name, decisionRef, sessionDate, seats.stream().filter(s -> !s.blank()).toList(),
				advisors.stream().filter(a -> !a.blank()).toList());
	}

	CouncilCommand command() {
		return new CouncilCommand(name, decisionRef, sessionDate,
				seats.stream().map(s -> new CouncilCommand.Seat(s.username(), s.role(), s.agency())).toList(),
				advisors.stream().map(a -> new CouncilCommand.Advisor(a.fullName(), a.agency(), a.task())).toList());
	}

	/** The seat rows to show: the filled ones, then blank rows (a member's seat by default). */
	public List<SeatRow> seatRows() {
		List<SeatRow> rows = new ArrayList<>(seats);
		while (rows.size() < Math.max(SEAT_ROWS, seats.size() + SPARE_ROWS)) {
			rows.add(new SeatRow(null, CouncilRole.MEMBER, null));
		}
		return rows;
	}

	/** The advisory rows to show: the filled ones, then blank rows. */
	public List<AdvisorRow> advisorRows() {
		List<AdvisorRow> rows = new ArrayList<>(advisors);
		while (rows.size() < Math.max(ADVISOR_ROWS, advisors.size() + SPARE_ROWS)) {
			rows.add(new AdvisorRow(null, null, null));
		}
		return rows;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
