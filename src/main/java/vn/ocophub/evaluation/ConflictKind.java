package vn.ocophub.evaluation;

/**
 * Why a council member may not rate a product: kinship with the producer's owners or managers, a financial tie
 * with the producer, an advisory role on the product or its dossier, membership of the same cooperative, or
 * another reason the member states.
 */
public enum ConflictKind {

	KINSHIP, FINANCIAL, ADVISORY, SAME_COOPERATIVE, OTHER

}
