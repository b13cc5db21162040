package vn.ocophub.evaluation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;

/**
 * The four criteria the commune assesses since Decision 1489 (Annex II, section 1, point a), and where each sits
 * on the official form of a set: the first of its candidate criteria present in the set whose title carries the
 * expected words (set 26, community tourism, has no raw-material criterion, and its local identity is A.2.c).
 */
public enum LocalCriterion {

	ORIGIN(List.of("A.1.a"), List.of("nguon goc san pham", "nguon nguyen lieu")),
	LABOUR(List.of("A.3.c"), List.of("lao dong")),
	IDEA(List.of("A.2.a"), List.of("y tuong")),
	// A.2.c first: on the tourism form it is the heritage and culture criterion, while B.5.b there is only how the
	// story is presented; on the goods forms A.2.c is the label, whose title carries none of the words.
	IDENTITY(List.of("A.2.c", "B.5.b", "B.5.a"), List.of("ban sac", "van hoa", "cau chuyen"));

	private final List<String> candidates;

	private final List<String> words;

	LocalCriterion(List<String> candidates, List<String> words) {
		this.candidates = candidates;
		this.words = words;
	}

	/** The criterion of the set this local criterion concerns, if the set has one. */
	public Optional<String> criterionIn(CriteriaSet set) {
		for (String code : candidates) {
			Optional<Criterion> criterion = set.criterion(code);
			if (criterion.isPresent() && words.stream().anyMatch(plain(criterion.get().title())::contains)) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	private static String plain(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

}
