package vn.ocophub.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ocophub.shared.error.OcopException;

/** Resolves message keys in the current request's locale. */
@Component
public class Messages {

	private final MessageSource messageSource;

	Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(String key, Object... args) {
		return messageSource.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	public String of(OcopException exception) {
		return get(exception.errorCode().messageKey(), exception.arguments());
	}

}
