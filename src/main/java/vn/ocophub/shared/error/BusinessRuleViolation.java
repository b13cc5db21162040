package vn.ocophub.shared.error;

/** A request that breaks a business rule (answered with 409 in the API, re-shown with a message in a form). */
public class BusinessRuleViolation extends OcopException {

	public BusinessRuleViolation(ErrorCode errorCode, Object... arguments) {
		super(errorCode, arguments);
	}

}
