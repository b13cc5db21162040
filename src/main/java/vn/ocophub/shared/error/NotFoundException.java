package vn.ocophub.shared.error;

/** A record that does not exist, or that the caller may not know exists (answered with 404). */
public class NotFoundException extends OcopException {

	public NotFoundException(ErrorCode errorCode, Object... arguments) {
		super(errorCode, arguments);
	}

}
