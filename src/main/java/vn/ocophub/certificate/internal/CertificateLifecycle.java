package vn.ocophub.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.internal.CertificateRecords.CertificateRow;
import vn.ocophub.evaluation.NotificationManagement;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.jobs.DailyJobs;

/**
 * The daily certificate job: certificates entering their last 30 days become EXPIRING and their producer and issuing
 * office are told that a re-recognition dossier is due (once per certificate); certificates past their last day
 * become EXPIRED and their product, unless another certificate keeps it, leaves the catalogue. It is triggered
 * every hour and at start-up, and runs once per day across all app nodes ({@link DailyJobs}).
 */
@Component
public class CertificateLifecycle {

	/** The job's name in {@code daily_job_run}. */
	public static final String JOB = "certificate-lifecycle";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CertificateRecords records;

	private final DailyJobs jobs;

	private final NotificationManagement notifications;

	private final ProductManagement products;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean enabled;

	CertificateLifecycle(CertificateRecords records, DailyJobs jobs, NotificationManagement notifications,
			ProductManagement products, AuditTrail audit, Clock clock,
			@Value("${ocop.certificate.lifecycle.enabled:true}") boolean enabled) {
		this.records = records;
		this.jobs = jobs;
		this.notifications = notifications;
		this.products = products;
		this.audit = audit;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(cron = "${ocop.certificate.lifecycle.cron:0 5 * * * *}", zone = "Asia/Ho_Chi_Minh")
	void hourly() {
		if (enabled) {
			runToday();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		if (enabled) {
			runToday();
		}
	}

	/** Runs today's job unless a node already did; whether this call ran it. */
	public boolean runToday() {
		LocalDate today = LocalDate.now(clock);
		return jobs.runOnce(JOB, today, () -> refresh(today));
	}

	/**
	 * Brings every stored status to {@code today} and sends the expiry notices due; returns a summary. Idempotent:
	 * what is already up to date is left alone, a notice is sent once per certificate.
	 */
	public String refresh(LocalDate today) {
		OffsetDateTime at = OffsetDateTime.now(clock);
		List<CertificateRow> expired = records.becomingExpired(today);
		for (CertificateRow row : expired) {
			records.setStatus(row.id(), CertificateStatus.EXPIRED, at);
			audit.record("system", "CERTIFICATE_EXPIRED", CertificateManagement.AUDIT_TYPE, String.valueOf(row.id()),
					row.number() + " · " + row.validUntil(), row.provinceCode());
			if (records.inForce(row.productId(), today).isEmpty()) {
				products.recordOcopStatus(row.productId(), ProductStatus.EXPIRED, row.stars(), row.validFrom().getYear());
			}
		}
		List<CertificateRow> expiring = records.becomingExpiring(today);
		for (CertificateRow row : expiring) {
			records.setStatus(row.id(), CertificateStatus.EXPIRING, at);
		}
		List<CertificateRow> unnotified = records.expiringUnnotified(today);
		for (CertificateRow row : unnotified) {
			List<String> args = List.of(row.productName(), row.number(), row.validUntil().format(DAY));
			String link = "/certificates/" + row.id();
			notifications.notifyProducer(row.producerId(), "certificate.notification.expiring-producer", args, link);
			notifications.notifyOffice("TW".equals(row.issuerScope()) ? null : row.issuerScope(),
					"certificate.notification.expiring-office", List.of(row.productName(), row.producerName(),
							row.number(), row.validUntil().format(DAY)), link);
			records.markNotified(row.id(), today);
		}
		return "expired " + expired.size() + ", expiring " + expiring.size() + ", notified " + unnotified.size();
	}

}
