package vn.ocophub.evaluation;

/** The seat of a council member: chair (chủ tịch), vice-chair (phó chủ tịch), member (ủy viên), secretary (thư ký). */
public enum CouncilRole {

	CHAIR, VICE_CHAIR, MEMBER, SECRETARY

}
