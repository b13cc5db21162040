package vn.ocophub.evaluation;

/** The commune's finding on one local criterion and whether it agrees with the self-assessed option. */
public record LocalFinding(String finding, Agreement agreement, String note) {
}
