package vn.ocophub.shared.spreadsheet;

import vn.ocophub.shared.error.BusinessRuleViolation;

/**
 * An uploaded file that cannot be read as a spreadsheet. The message key explains to the user what is wrong
 * with the file and what to do; the technical cause, if any, is kept for the log.
 */
public class SpreadsheetException extends BusinessRuleViolation {

	public SpreadsheetException(SpreadsheetErrors errorCode, Object... arguments) {
		super(errorCode, arguments);
	}

	static SpreadsheetException causedBy(Throwable cause, SpreadsheetErrors errorCode, Object... arguments) {
		SpreadsheetException exception = new SpreadsheetException(errorCode, arguments);
		exception.initCause(cause);
		return exception;
	}

	@Override
	public SpreadsheetErrors errorCode() {
		return (SpreadsheetErrors) super.errorCode();
	}

}
