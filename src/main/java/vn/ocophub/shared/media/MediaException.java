package vn.ocophub.shared.media;

import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;

/**
 * An uploaded file that cannot become a product photo. The first message argument is always the file's name
 * as the user knows it; the others depend on the {@link Errors reason}.
 */
public class MediaException extends BusinessRuleViolation {

	/** Why an upload was refused, in the order the checks run. */
	public enum Errors implements ErrorCode {

		EMPTY("shared.media.empty"), TOO_LARGE("shared.media.too-large"), NOT_IMAGE("shared.media.not-image"),
		TOO_MANY_PIXELS("shared.media.too-many-pixels"), TOO_SMALL("shared.media.too-small"),
		CORRUPT("shared.media.corrupt");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final Errors error;

	public MediaException(Errors error, Object... arguments) {
		super(error, arguments);
		this.error = error;
	}

	/** The reason, typed, so that callers can switch on it without comparing codes. */
	public Errors error() {
		return error;
	}

}
