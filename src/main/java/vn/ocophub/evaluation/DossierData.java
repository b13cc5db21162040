package vn.ocophub.evaluation;

import vn.ocophub.shared.VietText;

/**
 * The registration form (phiếu đăng ký, Form 01) as the producer fills it: the type of registration, its
 * submitted self-assessment, the applicant's contact, the production address, a short description, the
 * certificate it holds (for an upgrade, re-evaluation or re-recognition) and the number of samples.
 */
public record DossierData(RegistrationType registrationType, Long selfAssessmentId, String applicantName,
		String applicantTitle, String applicantPhone, String applicantEmail, String productionAddress,
		String productSummary, String currentCertificate, Integer sampleCount) {

	/** Text trimmed and in NFC, blanks as null. */
	public DossierData normalized() {
		return new DossierData(registrationType, selfAssessmentId, line(applicantName), line(applicantTitle),
				line(applicantPhone), line(applicantEmail), line(productionAddress), block(productSummary),
				line(currentCertificate), sampleCount);
	}

	private static String line(String value) {
		String clean = VietText.clean(value);
		return clean == null || clean.isEmpty() ? null : clean;
	}

	private static String block(String value) {
		if (value == null) {
			return null;
		}
		String text = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).replace("\r\n", "\n").strip();
		return text.isEmpty() ? null : text;
	}

}
