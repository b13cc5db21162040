package vn.ocophub.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import vn.ocophub.shared.VietText;

/**
 * What a user registers about a producer, from the form, the API or one row of an import. The province is
 * not part of it: it follows from the commune.
 */
public record ProducerData(String name, LegalType legalType, String registrationNumber, LocalDate registrationDate,
		String taxCode, String communeCode, String address, String representativeName, Gender representativeGender,
		boolean representativeMinority, String phone, String email, String website,
		BigDecimal communityCapitalShare, CooperativeRating cooperativeRating, Integer workers, Integer localWorkers,
		ProducerStatus status) {

	/**
	 * The same data as it is stored: text in NFC with single spaces, codes without the spaces and dots people
	 * type into them, registration numbers in upper case, blanks as null, status ACTIVE when not given.
	 */
	public ProducerData normalized() {
		String registration = registrationNumber == null ? null
				: registrationNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return new ProducerData(text(name), legalType, blankToNull(registration), registrationDate,
				TaxCode.normalize(taxCode), blankToNull(communeCode == null ? null : communeCode.trim()), text(address),
				text(representativeName), representativeGender, representativeMinority, text(phone),
				text(email) == null ? null : text(email).toLowerCase(Locale.ROOT), text(website),
				communityCapitalShare, cooperativeRating, workers, localWorkers,
				status == null ? ProducerStatus.ACTIVE : status);
	}

	private static String text(String value) {
		return blankToNull(VietText.clean(value));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
