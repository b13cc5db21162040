package vn.ocophub.evaluation;

/** The four criteria the commune assesses since Decision 1489 (Annex II, section 1, point a). */
public enum LocalCriterion {

	ORIGIN, LABOUR, IDEA, IDENTITY

}
