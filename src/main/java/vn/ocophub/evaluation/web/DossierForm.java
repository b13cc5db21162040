package vn.ocophub.evaluation.web;

import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.RegistrationType;

/** The registration form of a dossier as the page posts it. */
record DossierForm(RegistrationType registrationType, Long selfAssessmentId, String applicantName,
		String applicantTitle, String applicantPhone, String applicantEmail, String productionAddress,
		String productSummary, String currentCertificate, Integer sampleCount) {

	static DossierForm empty() {
		return new DossierForm(RegistrationType.FIRST_TIME, null, null, null, null, null, null, null, null, 5);
	}

	static DossierForm of(DossierData d) {
		return new DossierForm(d.registrationType(), d.selfAssessmentId(), d.applicantName(), d.applicantTitle(),
				d.applicantPhone(), d.applicantEmail(), d.productionAddress(), d.productSummary(), d.currentCertificate(),
				d.sampleCount());
	}

	DossierData data() {
		return new DossierData(registrationType, selfAssessmentId, applicantName, applicantTitle, applicantPhone,
				applicantEmail, productionAddress, productSummary, currentCertificate, sampleCount);
	}

}
