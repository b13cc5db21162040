package vn.ocophub.shared.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as people in Vietnam read them. PostgreSQL's driver returns every {@code timestamptz} at UTC, H2 at
 * the offset it was written with; pages and reports must show Vietnam time either way. In templates:
 * {@code ${@vnTime.format(x.createdAt(), 'dd/MM/yyyy HH:mm')}}.
 */
@Component("vnTime")
public class VietnamTime {

	/** The instant in Vietnam time with a pattern, or an empty text for none. */
	public String format(OffsetDateTime instant, String pattern) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern(pattern).format(instant.atZoneSameInstant(WebSupportConfig.VIETNAM_ZONE));
	}

}
