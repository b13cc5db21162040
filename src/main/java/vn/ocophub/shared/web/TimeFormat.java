package vn.ocophub.shared.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.ocophub.shared.VietnamTime;

/**
 * Instants formatted in Vietnam time for templates, whichever offset the database driver gave them (see
 * {@link VietnamTime}): {@code ${@vnTime.format(x.createdAt(), 'dd/MM/yyyy HH:mm')}}.
 */
@Component("vnTime")
public class TimeFormat {

	/** The instant in Vietnam time with a pattern, or an empty text for none. */
	public String format(OffsetDateTime instant, String pattern) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern(pattern).format(VietnamTime.of(instant));
	}

}
