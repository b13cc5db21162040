package vn.ocophub.certificate.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives certificate numbers by a configurable pattern ({@code ocop.certificate.number-pattern}, default
 * {@code {provinceCode}-{year}-{sequence}}): {@code provinceCode} is the issuer's (the province's code, "TW" for the
 * national office), {@code year} the decision's, {@code stars} the star level, {@code sequence} a counter, at least
 * four digits, that restarts for every distinct rest of the number (each province and year by default). Numbers
 * go into verification URLs and QR codes, so the pattern may hold only letters, digits, '-', '.' and '_'; a bad
 * pattern stops start-up.
 */
@Component
public class CertificateNumbers {

	private static final Pattern TOKEN = Pattern.compile("\\{([a-zA-Z]+)}");

	private static final Pattern LITERALS = Pattern.compile("[A-Za-z0-9._-]*");

	private final String pattern;

	private final CertificateRecords records;

	CertificateNumbers(@Value("${ocop.certificate.number-pattern:{provinceCode}-{year}-{sequence}}") String pattern,
			CertificateRecords records) {
		check(pattern);
		this.pattern = pattern;
		this.records = records;
	}

	/** Throws IllegalArgumentException naming what is wrong with a pattern. */
	static void check(String pattern) {
		if (pattern == null || !pattern.contains("{sequence}")) {
			throw new IllegalArgumentException("ocop.certificate.number-pattern must contain {sequence}: " + pattern);
		}
		Matcher m = TOKEN.matcher(pattern);
		StringBuilder literals = new StringBuilder();
		int last = 0;
		while (m.find()) {
			if (!Map.of("provinceCode", 1, "year", 1, "sequence", 1, "stars", 1).containsKey(m.group(1))) {
				throw new IllegalArgumentException("ocop.certificate.number-pattern: unknown token {" + m.group(1)
						+ "}; known: {provinceCode}, {year}, {stars}, {sequence}");
			}
			literals.append(pattern, last, m.start());
			last = m.end();
		}
		literals.append(pattern.substring(last));
		if (!LITERALS.matcher(literals).matches()) {
			throw new IllegalArgumentException("ocop.certificate.number-pattern may hold only letters, digits, '-', '.'"
					+ " and '_' besides its tokens: " + pattern);
		}
	}

	/** The next free number for a certificate of that issuer, decision year and stars. */
	public String next(String issuerScope, int year, int stars) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("provinceCode", issuerScope);
		values.put("year", String.valueOf(year));
		values.put("stars", String.valueOf(stars));
		String scopeKey = expand(pattern.replace("{sequence}", "#"), values);
		while (true) {
			int sequence = records.nextSequence(scopeKey);
			values.put("sequence", String.format("%04d", sequence));
			String number = expand(pattern, values);
			// A number recorded before (a certificate of an earlier system) is skipped, not reused.
			if (!records.numberExists(number)) {
				return number;
			}
		}
	}

	static String expand(String pattern, Map<String, String> values) {
		Matcher m = TOKEN.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

}
