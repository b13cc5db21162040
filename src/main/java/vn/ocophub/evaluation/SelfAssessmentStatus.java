package vn.ocophub.evaluation;

/** Where a self-assessment stands: a draft is edited; a submitted one is a filed report and never changes. */
public enum SelfAssessmentStatus {

	DRAFT, SUBMITTED

}
