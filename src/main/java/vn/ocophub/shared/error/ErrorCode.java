package vn.ocophub.shared.error;

/**
 * A stable error code with the message key that explains it to a user. Each module keeps its codes in one
 * small enum that implements this interface.
 */
public interface ErrorCode {

	/** Stable, machine-readable code, e.g. {@code identity.username-taken}; returned as {@code code} in the API. */
	String code();

	/** Key of the localized message, in the owning module's bundle. */
	default String messageKey() {
		return "error." + code();
	}

}
