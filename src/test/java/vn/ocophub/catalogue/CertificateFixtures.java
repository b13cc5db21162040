package vn.ocophub.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.DecisionCommand;
import vn.ocophub.certificate.DecisionItem;
import vn.ocophub.certificate.RecognitionManagement;
import vn.ocophub.evaluation.RecognisedResult;
import vn.ocophub.identity.CurrentUser;

/**
 * Certificates for tests of the public side, issued the way an office does: the Hà Tĩnh office
 * ({@code vanphong.hatinh}) drafts a decision on some of its confirmed results of the demo data and signs it today.
 */
public final class CertificateFixtures {

	private CertificateFixtures() {
	}

	public static CurrentUser office(UserDetailsService accounts) {
		return (CurrentUser) accounts.loadUserByUsername("vanphong.hatinh");
	}

	/** Signs one decision on {@code count} of the office's confirmed results; their certificates as verified. */
	public static List<CertificateView> issue(int count, RecognitionManagement recognition,
			CertificateManagement certificates, UserDetailsService accounts, Clock clock) {
		CurrentUser office = office(accounts);
		List<RecognisedResult> candidates = recognition.candidates(office);
		assertThat(candidates).as("confirmed Hà Tĩnh results of the demo data").hasSizeGreaterThanOrEqualTo(count);
		List<Long> dossiers = candidates.stream().limit(count).map(RecognisedResult::dossierId).toList();
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
