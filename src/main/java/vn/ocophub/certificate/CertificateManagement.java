package vn.ocophub.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.certificate.internal.CertificatePdf;
import vn.ocophub.certificate.internal.CertificateRecords;
import vn.ocophub.certificate.internal.CertificateRecords.CertificateRow;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.audit.HistoryEntry;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Issued certificates: the office's list and pages (officers in their scope, producers their own), revocation by
 * the issuing office, and the public lookup by number that the verification page, its API and the QR code use.
 * The status shown is always the status of the day, derived from the dates as well as from what the daily job
 * stored.
 */
@Service
@Transactional(readOnly = true)
public class CertificateManagement {

	/** Audit target type of certificates. */
	public static final String AUDIT_TYPE = "certificate";

	public enum Errors implements ErrorCode {

		NOT_FOUND("certificate.not-found"), OUT_OF_SCOPE("certificate.out-of-scope"),
		NOT_ISSUER("certificate.not-issuer"), CONCURRENT_EDIT("certificate.concurrent-edit"),
		NOT_REVOCABLE("certificate.not-revocable");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final CertificateRecords records;

	private final ProducerManagement producers;

	private final ProductManagement products;

	private final AuditTrail audit;

	private final Clock clock;

	private final CertificatePdf pdf;

	CertificateManagement(CertificateRecords records, ProducerManagement producers, ProductManagement products,
			AuditTrail audit, Clock clock, CertificatePdf pdf) {
		this.records = records;
		this.pdf = pdf;
		this.producers = producers;
		this.products = products;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of the certificates the user may see. */
	public PageResult<CertificateView> search(CertificateQuery query, PageRequest page, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		LocalDate today = today();
		return records
			.page(query == null ? CertificateQuery.all() : query,
					access.visibility("certificate.province_code", "certificate.commune_code", "certificate.producer_id"),
					access.visibilityParameters(), today, page)
			.map(row -> view(row, today));
	}

	public CertificateView get(long id, CurrentUser user) {
		CertificateRow row = visible(id, user);
		return view(row, today());
	}

	/** The certificates of a product, newest first, if the user may see the product's producer. */
	public List<CertificateView> ofProduct(long productId, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		LocalDate today = today();
		return records.ofProduct(productId)
			.stream()
			.filter(row -> access.canSee(row.producerId(), row.provinceCode(), row.communeCode()))
			.map(row -> view(row, today))
			.toList();
	}

	/**
	 * The printable certificate (PDF, A4 landscape) with the QR code of its verification page, for whoever may see
	 * it; one no longer in force is marked so across the page.
	 */
	public byte[] pdf(long id, CurrentUser user) {
		CertificateView certificate = view(visible(id, user), today());
		var decision = records.decision(certificate.decisionId());
		return pdf.render(certificate, decision.map(d -> d.signerName()).orElse(null),
				decision.map(d -> d.signerTitle()).orElse(null));
	}

	/** The address of the public page that verifies a certificate (the one its QR code holds). */
	public String verificationUrl(String number) {
		return pdf.verificationUrl(number);
	}

	/** Anyone's lookup by number (the verification page and QR code): any status, never an error for a status. */
	public Optional<CertificateView> verify(String number) {
		if (number == null || number.isBlank() || number.length() > 60) {
			return Optional.empty();
		}
		return records.certificateByNumber(number.trim()).map(row -> view(row, today()));
	}

	/** Anyone's lookup by id (the certificate a superseded one links to). */
	public Optional<CertificateView> publicView(long id) {
		return records.certificate(id).map(row -> view(row, today()));
	}

	/**
	 * The certificate that replaced this one in the end (public): its successor's successor and so on, for the page
	 * of a superseded certificate to link the current one. The certificate itself when nothing replaced it.
	 */
	public CertificateView latestOf(CertificateView certificate) {
		CertificateView latest = certificate;
		// A chain is a product's history (a few recognitions); the bound only guards against bad data.
		for (int i = 0; i < 50 && latest.supersededById() != null; i++) {
			Optional<CertificateView> next = publicView(latest.supersededById());
			if (next.isEmpty()) {
				break;
			}
			latest = next.get();
		}
		return latest;
	}

	/** The certificate on which a product is an OCOP product today, if any (public). */
	public Optional<CertificateView> currentOf(long productId) {
		LocalDate today = today();
		return records.inForce(productId, today).stream().findFirst().map(row -> view(row, today));
	}

	/** Every certificate in force today, for open data; streamed in province and name order. */
	public void forEachInForce(Consumer<CertificateView> consumer) {
		LocalDate today = today();
		records.forEachInForce(today, row -> consumer.accept(view(row, today)));
	}

	/** When any certificate last changed, for caching what is derived from them; null when none exists. */
	public OffsetDateTime lastChange() {
		return records.lastChange();
	}

	/** Whether the user's office issued the certificate (and so may revoke it). */
	public boolean issuedBy(CertificateView certificate, CurrentUser user) {
		if (!user.hasRole(Role.PROVINCE_OFFICER) || user.scope().communeCode() != null) {
			return false;
		}
		String scope = user.scope().provinceCode() == null ? "TW" : user.scope().provinceCode();
		return scope.equals(certificate.issuerScope());
	}

	/**
	 * The issuing office revokes a certificate (valid, expiring or expired) on a statutory ground with its
	 * decision's number and date; the product leaves the catalogue unless another certificate keeps it there.
	 */
	@Transactional
	public CertificateView revoke(long id, long version, RevocationCommand command, CurrentUser user) {
		CertificateRow row = visible(id, user);
		LocalDate today = today();
		CertificateView current = view(row, today);
		if (!issuedBy(current, user)) {
			throw new AccessDenied(Errors.NOT_ISSUER);
		}
		if (current.status() == CertificateStatus.REVOKED || current.status() == CertificateStatus.SUPERSEDED) {
			throw new BusinessRuleViolation(Errors.NOT_REVOCABLE, row.number());
		}
		RevocationCommand clean = clean(command);
		List<FieldProblem> problems = new ArrayList<>();
		if (clean.ground() == null) {
			problems.add(new FieldProblem("ground", "certificate.revocation.validation.ground-required"));
		}
		if (clean.ground() == RevocationGround.OTHER && clean.text() == null) {
			problems.add(new FieldProblem("text", "certificate.revocation.validation.text-required"));
		}
		if (clean.text() != null && clean.text().length() > 1000) {
			problems.add(new FieldProblem("text", "certificate.revocation.validation.too-long", 1000));
		}
		if (clean.decisionNumber() == null) {
			problems.add(new FieldProblem("decisionNumber", "certificate.revocation.validation.number-required"));
		}
		else if (clean.decisionNumber().length() > 60) {
			problems.add(new FieldProblem("decisionNumber", "certificate.revocation.validation.too-long", 60));
		}
		if (clean.date() == null) {
			problems.add(new FieldProblem("date", "certificate.revocation.validation.date-required"));
		}
		else if (clean.date().isAfter(today)) {
			problems.add(new FieldProblem("date", "certificate.revocation.validation.date-future"));
		}
		else if (clean.date().isBefore(row.validFrom())) {
			problems.add(new FieldProblem("date", "certificate.revocation.validation.date-before-issue", row.validFrom()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!records.revoke(id, version, clean, user.getUsername(), OffsetDateTime.now(clock))) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		Map<String, String> after = new LinkedHashMap<>();
		after.put("status", CertificateStatus.REVOKED.name());
		after.put("ground", clean.ground().name());
		after.put("text", clean.text());
		after.put("decisionNumber", clean.decisionNumber());
		after.put("date", clean.date().toString());
		audit.recordChanges("CERTIFICATE_REVOKED", AUDIT_TYPE, String.valueOf(id), row.provinceCode(),
				FieldChange.between(Map.of("status", current.status().name()), after));
		if (records.inForce(row.productId(), today).isEmpty()) {
			products.recordOcopStatus(row.productId(), ProductStatus.REVOKED, row.stars(), row.validFrom().getYear());
		}
		return view(records.certificate(id).orElseThrow(), today);
	}

	/** The certificate's history (issue, supersession, revocation), for whoever may see it. */
	public List<HistoryEntry> history(long id, CurrentUser user) {
		visible(id, user);
		return audit.history(AUDIT_TYPE, String.valueOf(id));
	}

	private static RevocationCommand clean(RevocationCommand c) {
		if (c == null) {
			return new RevocationCommand(null, null, null, null);
		}
		return new RevocationCommand(c.ground(), blankToNull(c.text()), blankToNull(c.decisionNumber()), c.date());
	}

	private static String blankToNull(String text) {
		String clean = VietText.clean(text);
		return clean == null || clean.isEmpty() ? null : clean;
	}

	private CertificateRow visible(long id, CurrentUser user) {
		CertificateRow row = records.certificate(id)
			.orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		if (!producers.access(user).canSee(row.producerId(), row.provinceCode(), row.communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		return row;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static CertificateView view(CertificateRow r, LocalDate today) {
		CertificateStatus status = CertificateStatus.on(today, r.validUntil(), r.status() == CertificateStatus.REVOKED,
				r.status() == CertificateStatus.SUPERSEDED);
		return new CertificateView(r.id(), r.number(), status, today, r.stars(), r.productId(), r.productCode(),
				r.productName(), ProductSet.ofCode(r.productSet()).orElse(null), r.producerId(), r.producerName(),
				r.provinceCode(), r.provinceName(), r.communeCode(), r.communeName(), r.issuerScope(), r.issuerName(),
				r.decisionId(), r.decisionNumber(), r.decisionDate(), r.validFrom(), r.validUntil(), r.revokedOn(),
				r.revocationGround(), r.revocationText(), r.revocationDecisionNumber(), r.revokedBy(), r.supersededById(),
				r.supersededByNumber(), r.supersededOn(), r.supersedeReason(), r.issuedAt(), r.issuedBy(), r.version());
	}

}
