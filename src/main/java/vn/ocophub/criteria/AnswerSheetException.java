package vn.ocophub.criteria;

import java.util.List;

/** An answer sheet that cannot be scored, with every problem found in it. */
public class AnswerSheetException extends RuntimeException {

	private final transient List<AnswerProblem> problems;

	public AnswerSheetException(List<AnswerProblem> problems) {
		super("answer sheet cannot be scored: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<AnswerProblem> problems() {
		return problems;
	}

}
