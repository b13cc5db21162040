package vn.ocophub.evaluation.web;

import java.util.Map;

import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.FormErrors;
import vn.ocophub.shared.web.Messages;

/** Field → message of an {@link InvalidInput}, for forms that show each beside its input. */
final class FieldMessages {

	private FieldMessages() {
	}

	static Map<String, String> of(InvalidInput invalid, Messages messages) {
		return FormErrors.byField(invalid, messages);
	}

}
