package vn.ocophub.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.Messages;

/** Field → message of an {@link InvalidInput}, for forms that show each beside its input. */
final class FieldMessages {

	private FieldMessages() {
	}

	static Map<String, String> of(InvalidInput invalid, Messages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : invalid.problems()) {
			errors.merge(problem.field(), messages.get(problem.messageKey(), problem.arguments()), (a, b) -> a + " " + b);
		}
		return errors;
	}

}
