package vn.ocophub.shared.importing;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * What a handler needs to run an import: the user it runs for (loaded afresh, so that its current roles and
 * scope apply), the language of the messages, whether to commit, and where to report progress.
 */
public record ImportRun(UserDetails user, Locale locale, boolean commit, Progress progress) {

	/** Receives the number of rows handled so far; called often, so it must be cheap. */
	@FunctionalInterface
	public interface Progress {

		void rowsDone(int rows, Integer rowsTotal);

		Progress NONE = (rows, total) -> {
		};

	}

}
