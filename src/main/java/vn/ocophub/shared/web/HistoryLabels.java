package vn.ocophub.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of a record's history for the pages: a field's name ({@code <module>.field.<field>}) and a stored
 * value, translated when the module has a label for it ({@code <module>.<field>.<value>}, e.g.
 * {@code producer.status.ACTIVE}); comma-separated lists of such values are translated item by item. Used
 * from templates as the bean {@code historyLabels}.
 */
@Component("historyLabels")
public class HistoryLabels {

	private final MessageSource messages;

	HistoryLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String field(String module, String field) {
		return label(module + ".field." + field, field);
	}

	public String value(String module, String field, String value) {
		if (value == null) {
			return null;
		}
		String whole = label(module + "." + field + "." + value, null);
		if (whole != null) {
			return whole;
		}
		String[] parts = value.split(",");
		if (parts.length > 1 && Arrays.stream(parts).allMatch(p -> label(module + "." + field + "." + p, null) != null)) {
			return Arrays.stream(parts).map(p -> label(module + "." + field + "." + p, p)).collect(Collectors.joining("; "));
		}
		return value;
	}

	private String label(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

}
