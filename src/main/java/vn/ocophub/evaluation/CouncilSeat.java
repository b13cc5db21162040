package vn.ocophub.evaluation;

/** A seat of a council as appointed: the account, the name and agency as they stood, the role. */
public record CouncilSeat(long memberId, long userId, String username, String fullName, String agency, CouncilRole role) {

	/** Whether the seat scores products (the secretary keeps the minutes and does not). */
	public boolean scores() {
		return role != CouncilRole.SECRETARY;
	}

}
