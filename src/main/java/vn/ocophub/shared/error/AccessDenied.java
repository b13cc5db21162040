package vn.ocophub.shared.error;

/** An action outside the caller's role or data scope (answered with 403, never with the data). */
public class AccessDenied extends OcopException {

	public AccessDenied(ErrorCode errorCode, Object... arguments) {
		super(errorCode, arguments);
	}

}
