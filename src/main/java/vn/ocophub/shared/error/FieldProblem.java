package vn.ocophub.shared.error;

import java.util.Arrays;

/**
 * One thing wrong with one field of an input: the field's name (as the form, the API request and the import
 * column know it), the message key that explains it, and the message arguments.
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {

	public FieldProblem {
		arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FieldProblem problem && problem.field.equals(field)
				&& problem.messageKey.equals(messageKey) && Arrays.equals(problem.arguments, arguments);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * field.hashCode() + messageKey.hashCode()) + Arrays.hashCode(arguments);
	}

	@Override
	public String toString() {
		return field + ": " + messageKey + Arrays.toString(arguments);
	}

}
