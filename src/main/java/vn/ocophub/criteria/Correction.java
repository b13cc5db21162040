package vn.ocophub.criteria;

/**
 * A place where the product's rule data differs from the public transcription it was built from, because the
 * official text says otherwise: which element and field, what the transcription has, what the decision has,
 * why, and the source it rests on (the official text where it could be read; otherwise the arithmetic or the
 * other sets, said plainly).
 *
 * @param element the code of the element ({@code B.4}, {@code C.6.d}, {@code A.1.b.3}) or the set code
 * @param field {@code points}, {@code stars}, {@code text}, {@code note}, {@code code} (the criterion letter) or
 *        {@code element} (how the transcription's layout was read)
 */
public record Correction(String element, String field, String transcription, String used, String reason,
		String source) {
}
