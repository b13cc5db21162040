package vn.ocophub.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ocophub.certificate.internal.CertificateLifecycle;
import vn.ocophub.evaluation.NotificationManagement;
import vn.ocophub.evaluation.RecognisedResult;
import vn.ocophub.evaluation.ScoreSheetFixtures;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.OcopException;
import vn.ocophub.shared.jobs.DailyJobs;

/**
 * Issue 6's recognition decisions and certificate lifecycle at the service level: a province drafts a decision from
 * its confirmed results and signs it, which issues numbered 36-month certificates and rates the products; only the
 * office in scope acts; the issuer revokes on a statutory ground; the daily job moves certificates to EXPIRING (with
 * one notice) and EXPIRED; and a daily job runs once however many nodes trigger it.
 */
@SpringBootTest
class RecognitionIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	CertificateManagement certificates;

	@Autowired
	CertificateLifecycle lifecycle;

	@Autowired
	ProductManagement products;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	DailyJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void vietnamese() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	ScoreSheetFixtures fixtures() {
		return new ScoreSheetFixtures(context);
	}

	@Test
	void aProvinceDraftsFromItsConfirmedResultsAndSigningIssuesNumberedThirtySixMonthCertificates() {
		List<Long> dossiers = fixtures().confirmedResults(2);
		CurrentUser office = account("vanphong.hatinh");
		List<RecognisedResult> candidates = recognition.candidates(office);
		assertThat(candidates).extracting(RecognisedResult::dossierId).containsAll(dossiers);
		assertThat(candidates).filteredOn(r -> dossiers.contains(r.dossierId()))
			.allSatisfy(r -> assertThat(r.recognisedStars()).isEqualTo(4));
		// Nobody else drafts Hà Tĩnh's decisions.
		refused(() -> recognition.candidates(account("chuthe.cambu")), AccessDenied.class,
				RecognitionManagement.Errors.NOT_OFFICE);
		assertThat(recognition.candidates(account("vanphong.quangninh"))).extracting(RecognisedResult::dossierId)
			.doesNotContainAnyElementsOf(dossiers);

		long id = recognition.draft(DecisionCommand.empty(), dossiers, office);
		DecisionView draft = recognition.get(id, office);
		assertThat(draft.draft()).isTrue();
		assertThat(draft.issuerName()).isEqualTo("Ủy ban nhân dân tỉnh Hà Tĩnh");
		assertThat(draft.items()).hasSize(2).allSatisfy(item -> assertThat(item.stars()).isEqualTo(4));
		assertThat(recognition.candidates(office)).extracting(RecognisedResult::dossierId)
			.doesNotContainAnyElementsOf(dossiers);
		refused(() -> recognition.draft(DecisionCommand.empty(), List.of(dossiers.get(0)), office),
				BusinessRuleViolation.class, RecognitionManagement.Errors.NOT_AVAILABLE);
		refused(() -> recognition.get(id, account("vanphong.quangninh")), AccessDenied.class,
				RecognitionManagement.Errors.NOT_OFFICE);

		// Signing needs a number, a date (not in the future) and a signer.
		assertThat(problems(() -> recognition.sign(id, draft.version(), DecisionCommand.empty(), office)))
			.containsExactlyInAnyOrder("number", "date", "signerName");
		LocalDate today = LocalDate.now(clock);
		assertThat(problems(() -> recognition.sign(id, draft.version(),
				new DecisionCommand("T-" + token() + "/QĐ-UBND", today.plusDays(1), "Trần Báu Hà", null), office)))
			.containsExactly("date");
		refused(() -> recognition.sign(id, draft.version() + 5,
				new DecisionCommand("T-" + token() + "/QĐ-UBND", today, "Trần Báu Hà", null), office),
				BusinessRuleViolation.class, RecognitionManagement.Errors.CONCURRENT_EDIT);

		String number = "T-" + token() + "/QĐ-UBND";
		DecisionView signed = recognition.sign(id, draft.version(),
				new DecisionCommand(number, today, "Trần Báu Hà", "Phó Chủ tịch UBND tỉnh"), office);
		assertThat(signed.draft()).isFalse();
		assertThat(signed.items()).allSatisfy(item -> {
			assertThat(item.certificateNumber()).matches("42-" + today.getYear() + "-\\d{4}");
			CertificateView certificate = certificates.get(item.certificateId(), office);
			assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
			assertThat(certificate.stars()).isEqualTo(4);
			assertThat(certificate.decisionNumber()).isEqualTo(number);
			assertThat(certificate.validFrom()).isEqualTo(today);
			assertThat(certificate.validUntil()).isEqualTo(today.plusMonths(36).minusDays(1));
			assertThat(certificate.provinceName()).isEqualTo("Tỉnh Hà Tĩnh");
			assertThat(products.get(item.productId(), office).status()).isEqualTo(ProductStatus.RATED);
			assertThat(products.get(item.productId(), office).stars()).isEqualTo(4);
			assertThat(certificates.verify(item.certificateNumber())).hasValueSatisfying(
					v -> assertThat(v.productName()).isEqualTo(item.productName()));
			// The producer sees its certificate and was told.
			assertThat(certificates.get(item.certificateId(), account("chuthe.cambu")).number())
				.isEqualTo(item.certificateNumber());
			refused(() -> certificates.get(item.certificateId(), account("vanphong.quangninh")), AccessDenied.class,
					CertificateManagement.Errors.OUT_OF_SCOPE);
		});
		assertThat(signed.items().get(0).certificateNumber()).isNotEqualTo(signed.items().get(1).certificateNumber());
		assertThat(notifications.recent(account("chuthe.cambu"))).anySatisfy(
				n -> assertThat(n.text()).contains(signed.items().get(0).certificateNumber()));
		// A signed decision never changes.
		refused(() -> recognition.update(id, signed.version(), DecisionCommand.empty(), office),
				BusinessRuleViolation.class, RecognitionManagement.Errors.SIGNED);
		refused(() -> recognition.delete(id, signed.version(), office), BusinessRuleViolation.class,
				RecognitionManagement.Errors.SIGNED);
	}

	@Test
	void aDraftKeepsItsNumberUniqueAndGivesBackTheResultsItDrops() {
		List<Long> dossiers = fixtures().confirmedResults(2);
		CurrentUser office = account("vanphong.hatinh");
		long id = recognition.draft(DecisionCommand.empty(), List.of(dossiers.get(0)), office);
		recognition.addResults(id, recognition.get(id, office).version(), List.of(dossiers.get(1)), office);
		DecisionView draft = recognition.get(id, office);
		assertThat(draft.items()).hasSize(2);
		recognition.removeItem(id, draft.version(), draft.items().get(0).id(), office);
		assertThat(recognition.get(id, office).items()).hasSize(1);
		assertThat(recognition.candidates(office)).extracting(RecognisedResult::dossierId)
			.contains(draft.items().get(0).dossierId());
		String number = "U-" + token() + "/QĐ-UBND";
		recognition.update(id, recognition.get(id, office).version(), new DecisionCommand(number, null, null, null), office);
		long other = recognition.draft(DecisionCommand.empty(), List.of(draft.items().get(0).dossierId()), office);
		assertThat(problems(() -> recognition.update(other, recognition.get(other, office).version(),
				new DecisionCommand(number, null, null, null), office))).containsExactly("number");
		recognition.delete(other, recognition.get(other, office).version(), office);
		assertThat(recognition.candidates(office)).extracting(RecognisedResult::dossierId)
			.contains(draft.items().get(0).dossierId());
	}

	@Test
	void theIssuerRevokesOnAStatutoryGroundAndTheProductLeavesTheCatalogue() {
		CertificateView certificate = issued();
		CurrentUser office = account("vanphong.hatinh");
		LocalDate today = LocalDate.now(clock);
		refused(() -> certificates.revoke(certificate.id(), certificate.version(),
				new RevocationCommand(RevocationGround.DISSOLVED, null, "1/QĐ-UBND", today), account("chuthe.cambu")),
				AccessDenied.class, CertificateManagement.Errors.NOT_ISSUER);
		refused(() -> certificates.revoke(certificate.id(), certificate.version(),
				new RevocationCommand(RevocationGround.DISSOLVED, null, "1/QĐ-UBND", today),
				account("vanphong.trunguong")), AccessDenied.class, CertificateManagement.Errors.NOT_ISSUER);
		assertThat(problems(() -> certificates.revoke(certificate.id(), certificate.version(),
				new RevocationCommand(RevocationGround.OTHER, "  ", null, today.plusDays(2)), office)))
			.containsExactlyInAnyOrder("text", "decisionNumber", "date");
		assertThat(problems(() -> certificates.revoke(certificate.id(), certificate.version(),
				new RevocationCommand(null, null, "1/QĐ-UBND", today.minusDays(1)), office)))
			.containsExactlyInAnyOrder("ground", "date");

		CertificateView revoked = certificates.revoke(certificate.id(), certificate.version(),
				new RevocationCommand(RevocationGround.FOOD_SAFETY_VIOLATION, "Vượt giới hạn vi sinh vật", "415/QĐ-UBND",
						today),
				office);
		assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(revoked.revokedOn()).isEqualTo(today);
		assertThat(revoked.revocationGround()).isEqualTo(RevocationGround.FOOD_SAFETY_VIOLATION);
		assertThat(certificates.verify(certificate.number())).hasValueSatisfying(
				v -> assertThat(v.status()).isEqualTo(CertificateStatus.REVOKED));
		assertThat(certificates.currentOf(certificate.productId())).isEmpty();
		assertThat(products.get(certificate.productId(), office).status()).isEqualTo(ProductStatus.REVOKED);
		refused(() -> certificates.revoke(certificate.id(), revoked.version(),
				new RevocationCommand(RevocationGround.DISSOLVED, null, "2/QĐ-UBND", today), office),
				BusinessRuleViolation.class, CertificateManagement.Errors.NOT_REVOCABLE);
		assertThat(certificates.history(certificate.id(), office)).anySatisfy(
				h -> assertThat(h.action()).isEqualTo("CERTIFICATE_REVOKED"));
	}

	@Test
	void theDailyJobWarnsOnceThirtyDaysAheadAndLetsTheCertificateExpire() {
		CertificateView certificate = issued();
		LocalDate today = LocalDate.now(clock);
		CurrentUser producer = account("chuthe.cambu");
		setValidUntil(certificate.id(), today.plusDays(CertificateStatus.EXPIRY_NOTICE_DAYS - 1L));
		assertThat(certificates.verify(certificate.number()).orElseThrow().status()).isEqualTo(CertificateStatus.EXPIRING);
		lifecycle.refresh(today);
		assertThat(storedStatus(certificate.id())).isEqualTo("EXPIRING");
		long notices = notices(producer, certificate.number());
		assertThat(notices).isEqualTo(1);
		assertThat(notifications.recent(account("vanphong.hatinh"))).anySatisfy(
				n -> assertThat(n.text()).contains(certificate.number()));
		lifecycle.refresh(today);
		assertThat(notices(producer, certificate.number())).isEqualTo(1);

		setValidUntil(certificate.id(), today.minusDays(1));
		// The page says EXPIRED before the job has run ...
		assertThat(certificates.verify(certificate.number()).orElseThrow().status()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(certificates.currentOf(certificate.productId())).isEmpty();
		// ... and the job stores it and takes the product out of the program.
		lifecycle.refresh(today);
		assertThat(storedStatus(certificate.id())).isEqualTo("EXPIRED");
		assertThat(products.get(certificate.productId(), producer).status()).isEqualTo(ProductStatus.EXPIRED);
	}

	@Test
	void aDailyJobRunsOnceADayHoweverManyNodesTriggerItAndAgainAfterAFailure() throws Exception {
		String job = "test-" + token();
		LocalDate day = LocalDate.now(clock);
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(nodes.submit(() -> {
					start.await();
					return jobs.runOnce(job, day, () -> {
						runs.incrementAndGet();
						return "ok";
					});
				}));
			}
			start.countDown();
			int ran = 0;
			for (Future<Boolean> result : results) {
				ran += result.get() ? 1 : 0;
			}
			assertThat(ran).isEqualTo(1);
			assertThat(runs).hasValue(1);
		}
		finally {
			nodes.shutdownNow();
		}
		String failing = "test-" + token();
		Throwable thrown = catchThrowable(() -> jobs.runOnce(failing, day, () -> {
			throw new IllegalStateException("database unreachable");
		}));
		assertThat(thrown).hasMessageContaining("database unreachable");
		assertThat(jobs.ran(failing, day)).isFalse();
		assertThat(jobs.runOnce(failing, day, () -> "ok")).isTrue();
		assertThat(jobs.runOnce(failing, day, () -> "ok")).isFalse();
		assertThat(jobs.runOnce(failing, day.plusDays(1), () -> "ok")).isTrue();
	}

	/** A new certificate of Hà Tĩnh, signed today. */
	CertificateView issued() {
		List<Long> dossiers = fixtures().confirmedResults(1);
		CurrentUser office = account("vanphong.hatinh");
		long id = recognition.draft(DecisionCommand.empty(), dossiers, office);
		DecisionView signed = recognition.sign(id, recognition.get(id, office).version(),
				new DecisionCommand("R-" + token() + "/QĐ-UBND", LocalDate.now(clock), "Trần Báu Hà", null), office);
		return certificates.get(signed.items().get(0).certificateId(), office);
	}

	void setValidUntil(long id, LocalDate day) {
		jdbc.sql("UPDATE certificate SET valid_until = :day WHERE id = :id").param("day", day).param("id", id).update();
	}

	String storedStatus(long id) {
		return jdbc.sql("SELECT status FROM certificate WHERE id = :id").param("id", id).query(String.class).single();
	}

	long notices(CurrentUser user, String number) {
		return notifications.recent(user)
			.stream()
			.filter(n -> n.text().contains(number) && n.link().startsWith("/certificates/"))
			.filter(n -> n.text().contains("hết hiệu lực"))
			.count();
	}

	CurrentUser account(String username) {
		return fixtures().account(username);
	}

	static String token() {
		return Long.toString(System.nanoTime(), 36);
	}

	static List<String> problems(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(InvalidInput.class);
		return ((InvalidInput) thrown).problems().stream().map(FieldProblem::field).toList();
	}

	static void refused(ThrowingCallable call, Class<? extends OcopException> type, ErrorCode code) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(type);
		assertThat(((OcopException) thrown).errorCode()).isEqualTo(code);
	}


}
