package vn.ocophub.catalogue;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.DecisionItem;
import vn.ocophub.certificate.RecognitionFixtures;
import vn.ocophub.identity.CurrentUser;

/**
 * Certificates for tests of the public side, issued the way an office does: the Hà Tĩnh office
 * ({@code vanphong.hatinh}) drafts a decision on new confirmed results and signs it today.
 */
public final class CertificateFixtures {

	private CertificateFixtures() {
	}

	public static CurrentUser office(UserDetailsService accounts) {
		return (CurrentUser) accounts.loadUserByUsername("vanphong.hatinh");
	}

	/**
	 * Signs one decision on {@code count} new confirmed results of Hà Tĩnh (new products of the Cam bù cooperative
	 * scored by a new council, {@link ScoreSheetFixtures#confirmedResults}): the demo's results are all decided, and
	 * new ones keep the tests independent of each other. Their certificates as verified.
	 */
	public static List<CertificateView> issue(int count, ApplicationContext context) {
		CertificateManagement certificates = context.getBean(CertificateManagement.class);
		return new RecognitionFixtures(context).signedDecision(count)
			.items()
			.stream()
			.map(DecisionItem::certificateNumber)
			.map(number -> certificates.verify(number).orElseThrow())
			.toList();
	}

}
