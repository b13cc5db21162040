package vn.ocophub.shared.importing;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a handler needs to run an import: the user it runs for (loaded afresh, so that its current roles and
 * scope apply), the language of the messages, whether to commit, and where to report progress.
 */
public record ImportRun(UserDetails user, Locale locale, boolean commit, Progress progress) {

	/**
	 * Runs a handler's pass over the file: a dry run as it is, a commit inside one transaction that is rolled back
	 * when the outcome is not committed (any row had an error), so that nothing is half-saved.
	 */
	public ImportOutcome allOrNothing(TransactionTemplate transaction, Supplier<ImportOutcome> pass) {
		if (!commit) {
			return pass.get();
		}
		return transaction.execute(status -> {
			ImportOutcome outcome = pass.get();
			if (!outcome.committed()) {
				status.setRollbackOnly();
			}
			return outcome;
		});
	}

	/** Receives the number of rows handled so far; called often, so it must be cheap. */
	@FunctionalInterface
	public interface Progress {

		void rowsDone(int rows);

		Progress NONE = rows -> {
		};

	}

}
