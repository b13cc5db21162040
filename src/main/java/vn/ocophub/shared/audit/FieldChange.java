package vn.ocophub.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field of a record before and after a change; null stands for "empty". */
public record FieldChange(String field, String before, String after) {

	/**
	 * The fields whose values differ between two snapshots (field → display value), in the order of
	 * {@code after}; fields only in {@code before} come last.
	 */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			String old = before.get(field);
			if (!Objects.equals(blankToNull(old), blankToNull(value))) {
				changes.add(new FieldChange(field, blankToNull(old), blankToNull(value)));
			}
		});
		before.forEach((field, value) -> {
			if (!after.containsKey(field) && blankToNull(value) != null) {
				changes.add(new FieldChange(field, value, null));
			}
		});
		return changes;
	}

	/** Every non-empty field of a new record, as changes from nothing. */
	public static List<FieldChange> created(Map<String, String> after) {
		return between(Map.of(), after);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
