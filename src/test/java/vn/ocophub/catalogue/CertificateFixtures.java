package vn.ocophub.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.DecisionCommand;
import vn.ocophub.certificate.DecisionItem;
import vn.ocophub.certificate.RecognitionManagement;
import vn.ocophub.evaluation.ScoreSheetFixtures;
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
		RecognitionManagement recognition = context.getBean(RecognitionManagement.class);
		CertificateManagement certificates = context.getBean(CertificateManagement.class);
		Clock clock = context.getBean(Clock.class);
		CurrentUser office = office(context.getBean(UserDetailsService.class));
		List<Long> dossiers = new ScoreSheetFixtures(context).confirmedResults(count);
		long id = recognition.draft(DecisionCommand.empty(), dossiers, office);
		var signed = recognition.sign(id, recognition.get(id, office).version(), new DecisionCommand(
				"T" + System.nanoTime() % 1_000_000 + "/QĐ-UBND", LocalDate.now(clock), "Nguyễn Văn Ký", "Phó Chủ tịch"),
				office);
		return signed.items()
			.stream()
			.map(DecisionItem::certificateNumber)
			.map(number -> certificates.verify(number).orElseThrow())
			.toList();
	}

}
