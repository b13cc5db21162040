package vn.ocophub.shared.error;

import java.util.Arrays;

/** Base of the typed exceptions: an {@link ErrorCode} and the arguments of its localized message. */
public abstract class OcopException extends RuntimeException {

	private final transient ErrorCode errorCode;

	private final transient Object[] arguments;

	protected OcopException(ErrorCode errorCode, Object... arguments) {
		super(errorCode.code() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.errorCode = errorCode;
		this.arguments = arguments.clone();
	}

	public ErrorCode errorCode() {
		return errorCode;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
