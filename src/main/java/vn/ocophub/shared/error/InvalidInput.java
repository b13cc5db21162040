package vn.ocophub.shared.error;

import java.util.List;

/**
 * Input that fails validation, with every problem found (not just the first), so that a form can mark each
 * field, the API can list them and an import can report them per column. Answered with 400 in the API.
 */
public class InvalidInput extends OcopException {

	/** The code of every validation failure. */
	public enum Errors implements ErrorCode {

		INVALID("shared.invalid-input");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final transient List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(Errors.INVALID);
		this.problems = List.copyOf(problems);
	}

	public InvalidInput(FieldProblem problem) {
		this(List.of(problem));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Throws when there is any problem. */
	public static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
