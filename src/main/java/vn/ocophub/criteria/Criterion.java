package vn.ocophub.criteria;

import java.util.List;
import java.util.Optional;

/**
 * A criterion scored by ticking one of its options: {@code A.1.a}, or a heading that has its options directly
 * ({@code C.7}). Its maximum is its best option.
 *
 * @param note rule text shown to scorers ("Yêu cầu: …", "Ghi chú: …"), or null
 * @param starMarker 3, 4 or 5 when the criterion itself is marked (met by choosing any option); otherwise null
 */
public record Criterion(String code, String title, String note, int maxPoints, Integer starMarker,
		List<CriterionOption> options, int line) {

	public Criterion {
		options = List.copyOf(options);
	}

	public Optional<CriterionOption> option(String optionCode) {
		// A loop, not a stream: a round's results look up every answer of every sheet (see docs/benchmarks.md).
		for (CriterionOption option : options) {
			if (option.code().equals(optionCode)) {
				return Optional.of(option);
			}
		}
		return Optional.empty();
	}

	public int bestPoints() {
		return options.stream().mapToInt(CriterionOption::points).max().orElse(0);
	}

}
