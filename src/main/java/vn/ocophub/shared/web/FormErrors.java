package vn.ocophub.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;

/** Puts the problems of an {@link InvalidInput} on the fields of a form, so each shows beside its input. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInput invalid, BindingResult result, Messages messages) {
		for (FieldProblem problem : invalid.problems()) {
			String message = messages.get(problem.messageKey(), problem.arguments());
			try {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), message);
			}
			catch (NotReadablePropertyException ex) {
				result.reject(problem.messageKey(), problem.arguments(), message);
			}
		}
	}

	/** Field → message, for forms that show each beside its input without a binding result. */
	public static Map<String, String> byField(InvalidInput invalid, Messages messages) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem problem : invalid.problems()) {
			errors.merge(problem.field(), messages.get(problem.messageKey(), problem.arguments()), (a, b) -> a + " " + b);
		}
		return errors;
	}

}
