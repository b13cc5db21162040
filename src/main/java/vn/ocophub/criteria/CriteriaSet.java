package vn.ocophub.criteria;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scoring form of one product set under one rule version (Decision 148 Annex III has 26): parts, headings,
 * criteria and options with their points and star markers, plus the corrections made to the transcription it
 * was built from. Immutable; criteria are indexed by code for scoring.
 */
public final class CriteriaSet {

	private final String code;

	private final String criteriaVersion;

	private final String productSetCode;

	private final String name;

	private final boolean verified;

	private final String verificationNote;

	private final List<CriteriaPart> parts;

	private final List<Correction> corrections;

	private final String source;

	private final Map<String, Criterion> criteria = new LinkedHashMap<>();

	private final Map<String, CriteriaHeading> headingOf = new LinkedHashMap<>();

	private final List<Criterion> criteriaInOrder;

	/**
	 * @param criteriaVersion the rule version whose Annex the set belongs to ({@code QD148-2023})
	 * @param productSetCode the product set's number, two digits ({@code 01} … {@code 26})
	 * @param source the rule file it was read from
	 */
	public CriteriaSet(String criteriaVersion, String productSetCode, String name, boolean verified,
			String verificationNote, List<CriteriaPart> parts, List<Correction> corrections, String source) {
		this.code = codeOf(criteriaVersion, productSetCode);
		this.criteriaVersion = criteriaVersion;
		this.productSetCode = productSetCode;
		this.name = name;
		this.verified = verified;
		this.verificationNote = verificationNote;
		this.parts = List.copyOf(parts);
		this.corrections = List.copyOf(corrections);
		this.source = source;
		for (CriteriaPart part : this.parts) {
			for (CriteriaHeading heading : part.headings()) {
				for (Criterion criterion : heading.criteria()) {
					criteria.put(criterion.code(), criterion);
					headingOf.put(criterion.code(), heading);
				}
			}
		}
		this.criteriaInOrder = List.copyOf(criteria.values());
	}

	/** The code of a set in a URL and in records: rule version and product set, {@code QD148-2023-01}. */
	public static String codeOf(String criteriaVersion, String productSetCode) {
		return criteriaVersion + "-" + productSetCode;
	}

	public String code() {
		return code;
	}

	public String criteriaVersion() {
		return criteriaVersion;
	}

	public String productSetCode() {
		return productSetCode;
	}

	public String name() {
		return name;
	}

	/** False while some of the set's numbers could not be reconciled with the official text. */
	public boolean verified() {
		return verified;
	}

	/** Why the set is not verified, or null. */
	public String verificationNote() {
		return verificationNote;
	}

	public List<CriteriaPart> parts() {
		return parts;
	}

	public List<Correction> corrections() {
		return corrections;
	}

	public String source() {
		return source;
	}

	public int maxPoints() {
		return parts.stream().mapToInt(CriteriaPart::maxPoints).sum();
	}

	/**
	 * The most a sheet can score: the best option of every criterion, one case per alternative heading. Equal to
	 * {@link #maxPoints()} in a set that reconciles; lower in an unverified set whose options fall short.
	 */
	public int reachablePoints() {
		int total = 0;
		for (CriteriaPart part : parts) {
			for (CriteriaHeading heading : part.headings()) {
				java.util.stream.IntStream best = heading.criteria().stream().mapToInt(Criterion::bestPoints);
				total += heading.alternative() ? best.max().orElse(0) : best.sum();
			}
		}
		return total;
	}

	/** Every criterion in form order (an alternative heading's cases are criteria of their own). */
	public List<Criterion> criteria() {
		return criteriaInOrder;
	}

	public Optional<Criterion> criterion(String criterionCode) {
		return Optional.ofNullable(criteria.get(criterionCode));
	}

	/** The heading a criterion belongs to. */
	public CriteriaHeading headingOf(String criterionCode) {
		return headingOf.get(criterionCode);
	}

	/** The part ({@code A}, {@code B}, {@code C}) a criterion belongs to. */
	public static String partOf(String criterionCode) {
		return criterionCode.substring(0, 1);
	}

	@Override
	public String toString() {
		return code + " " + name;
	}

}
