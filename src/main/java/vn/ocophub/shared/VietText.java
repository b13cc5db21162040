package vn.ocophub.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers. {@link #searchKey(String)} is the one function applied to stored search keys and
 * to queries alike, so that "ha tinh" finds "Hà Tĩnh" on H2 and on PostgreSQL in exactly the same way.
 */
public final class VietText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern UNIT_TYPE = Pattern.compile(
			"^(Thành phố|Tỉnh|Xã|Phường|Đặc khu|Thị trấn|Thị xã|Quận|Huyện)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private VietText() {
	}

	/**
	 * The accent-insensitive key of a text: decomposed, marks dropped, {@code đ → d}, lower case, anything that
	 * is not a letter or digit turned into one space. Idempotent; never returns null.
	 */
	public static String searchKey(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		String lower = bare.toLowerCase(Locale.ROOT);
		return NOT_ALNUM.matcher(lower).replaceAll(" ").trim();
	}

	/**
	 * The stored {@code search_key} of a record: the keys of its texts (nulls skipped) joined by single spaces, with
	 * the leading space that lets {@code LIKE '% word%'} match the first word too, cut at {@code maxLength} (the
	 * column's width).
	 */
	public static String searchKeyOf(int maxLength, String... texts) {
		StringBuilder joined = new StringBuilder();
		for (String text : texts) {
			joined.append(' ').append(searchKey(text));
		}
		String key = " " + joined.toString().replaceAll(" +", " ").trim();
		return key.length() > maxLength ? key.substring(0, maxLength) : key;
	}

	/**
	 * Text as it should be stored and shown: Unicode NFC (official tables mix composed and decomposed forms),
	 * white space trimmed and collapsed to single spaces. Returns null for null.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
	}

	/**
	 * An administrative unit's name without its type ("Xã Hương Sơn" → "Hương Sơn", "Tỉnh Hà Tĩnh" → "Hà Tĩnh"):
	 * what a record's search key keeps of its place, so that a search for "xa" or "tinh" does not match every
	 * record through its address.
	 */
	public static String withoutUnitType(String name) {
		if (name == null) {
			return null;
		}
		return UNIT_TYPE.matcher(clean(name)).replaceFirst("");
	}

	/** True when the text holds nothing but white space (or is null). */
	public static boolean isBlank(String text) {
		return text == null || clean(text).isEmpty();
	}

}
