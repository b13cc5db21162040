package vn.ocophub.criteria;

import java.util.List;

/**
 * A rule file that cannot be used: it stops start-up, naming the file and line of every problem found, so that
 * nobody is ever scored on a broken form.
 */
public class RuleFileException extends RuntimeException {

	private final transient List<String> problems;

	public RuleFileException(List<String> problems) {
		super("Invalid criteria rule data:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public RuleFileException(String file, int line, String problem) {
		this(List.of(at(file, line, problem)));
	}

	/** "file:line: problem", the way compilers name a place. */
	public static String at(String file, int line, String problem) {
		return file + ":" + line + ": " + problem;
	}

	public List<String> problems() {
		return problems;
	}

}
