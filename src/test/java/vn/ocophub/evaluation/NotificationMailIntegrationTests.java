package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.evaluation.internal.NotificationStore;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.shared.AccessScope;

/**
 * With an SMTP server configured (here a sender that records what it is given), every in-app notification is
 * also e-mailed, after its transaction commits, to the addresses of the accounts it is for, in Bcc and in
 * Vietnamese; a notification whose transaction rolls back is never e-mailed.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@Import(NotificationMailIntegrationTests.RecordingMail.class)
class NotificationMailIntegrationTests extends EvaluationIntegrationSupport {

	@TestConfiguration
	static class RecordingMail {

		static final List<SimpleMailMessage> SENT = new CopyOnWriteArrayList<>();

		@Bean
		JavaMailSender recordingMailSender() {
			return new JavaMailSenderImpl() {
				@Override
				public void send(SimpleMailMessage... messages) {
					SENT.addAll(List.of(messages));
				}
			};
		}

	}

	@Autowired
	NotificationStore notifications;

	@Autowired
	UserManagement users;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNotificationIsEmailedToItsAccountsAfterCommitAndNeverAfterARollback() {
		String username = "xa" + token();
		String email = username + "@huongson.hatinh.gov.vn";
		users.create(new UserCommand(username, "Cán bộ xã thử", email, null, "UBND xã Hương Sơn",
				Set.of(Role.COMMUNE_OFFICER), AccessScope.Level.COMMUNE, "18133", PASSWORD), account("admin"));
		String product = "Cam bù " + token();

		transactions.executeWithoutResult(status -> notifications.toRole(Role.COMMUNE_OFFICER, "42", "18133",
				"evaluation.notification.submitted", List.of(product, "HTX Cam bù Sơn Kim"), "/dossiers/1",
				OffsetDateTime.now()));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> RecordingMail.SENT.stream().anyMatch(m -> m.getText().contains(product)));
		SimpleMailMessage mail = RecordingMail.SENT.stream()
			.filter(m -> m.getText().contains(product))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getBcc()).contains(email);
		assertThat(mail.getTo()).doesNotContain(email);
		assertThat(mail.getSubject()).startsWith("[OCOP Hub] Hồ sơ “" + product + "”");
		assertThat(mail.getText()).contains("chờ xã kiểm tra", "/dossiers/1");

		String rolledBack = "Bưởi " + token();
		transactions.executeWithoutResult(status -> {
			notifications.toRole(Role.COMMUNE_OFFICER, "42", "18133", "evaluation.notification.submitted",
					List.of(rolledBack, "HTX"), "/dossiers/2", OffsetDateTime.now());
			status.setRollbackOnly();
		});
		String marker = "Kẹo cu đơ " + token();
		transactions.executeWithoutResult(status -> notifications.toUser(account(username).id(),
				"evaluation.notification.submitted", List.of(marker, "HTX"), "/dossiers/3", OffsetDateTime.now()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> RecordingMail.SENT.stream().anyMatch(m -> m.getText().contains(marker)));
		assertThat(RecordingMail.SENT).noneMatch(m -> m.getText().contains(rolledBack));
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	vn.ocophub.certificate.RecognitionManagement recognition;

	@Autowired
	vn.ocophub.certificate.internal.CertificateLifecycle lifecycle;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void aCertificateEnteringItsLastThirtyDaysIsEmailedToTheIssuingOffice() {
		String username = "vp" + token();
		String email = username + "@sonn.hatinh.gov.vn";
		users.create(new UserCommand(username, "Chuyên viên OCOP thử", email, null, "Văn phòng Điều phối NTM tỉnh",
				Set.of(Role.PROVINCE_OFFICER), AccessScope.Level.PROVINCE, "42", PASSWORD), account("admin"));
		List<Long> dossiers = new ScoreSheetFixtures(context).confirmedResults(1);
		vn.ocophub.identity.CurrentUser office = account("vanphong.hatinh");
		long decision = recognition.draft(vn.ocophub.certificate.DecisionCommand.empty(), dossiers, office);
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		String number = recognition.sign(decision, recognition.get(decision, office).version(),
				new vn.ocophub.certificate.DecisionCommand("M-" + token() + "/QĐ-UBND", today, "Trần Báu Hà", null), office)
			.items()
			.get(0)
			.certificateNumber();
		jdbc.sql("UPDATE certificate SET valid_until = :day WHERE number = :number")
			.param("day", today.plusDays(20))
			.param("number", number)
			.update();

		lifecycle.refresh(today);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> RecordingMail.SENT.stream()
				.anyMatch(m -> m.getText().contains(number) && java.util.Arrays.asList(m.getBcc()).contains(email)));
		SimpleMailMessage mail = RecordingMail.SENT.stream()
			.filter(m -> m.getText().contains(number) && java.util.Arrays.asList(m.getBcc()).contains(email))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getText()).contains("hết hiệu lực ngày", "đánh giá lại", "/certificates/");
	}

}
