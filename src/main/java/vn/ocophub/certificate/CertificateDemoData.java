package vn.ocophub.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.ocophub.certificate.internal.CertificateLifecycle;
import vn.ocophub.certificate.internal.CertificateRecords.NewItem;
import vn.ocophub.evaluation.RecognisedResult;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductQuery;
import vn.ocophub.product.ProductSummary;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.jobs.OncePerDatabase;

/**
 * Demo decisions and certificates, so that every certificate status can be seen: the recognitions the demo
 * registry's rated products got before OCOP Hub (provincial decisions of 2024–2025 and two central 5★ decisions),
 * one decision whose certificates are within their last 30 days (EXPIRING), one whose certificates lapsed
 * (EXPIRED: one product re-evaluated since, one not), a certificate revoked for a food-safety violation, and Hà
 * Tĩnh's round 1/2025 and the central round 1/2026 decided in OCOP Hub: the deer-antler product's old 4★ superseded
 * by its re-evaluated 4★, which the central 5★ in turn supersedes. Quảng Ninh's results of round 1/2025 wait in a
 * draft decision. The expiring and expired decisions are dated from today so that they keep those statuses.
 * Firms, people and decision numbers are fictional. Loaded once per database after the demo councils.
 */
@Component
class CertificateDemoData {

	/** After the demo councils (order 210), whose confirmed results the decisions take. */
	static final int ORDER = 220;

	private static final String NAME = "demo.certificates.v1";

	private static final Logger log = LoggerFactory.getLogger(CertificateDemoData.class);

	private static final String HA_TINH = "42";

	private static final String QUANG_NINH = "22";

	private final boolean enabled;

	private final RecognitionManagement recognition;

	private final CertificateManagement certificates;

	private final CertificateLifecycle lifecycle;

	private final ProductManagement products;

	private final UserDetailsService users;

	private final OncePerDatabase loads;

	private final Clock clock;

	CertificateDemoData(@Value("${ocop.demo.enabled:false}") boolean enabled, RecognitionManagement recognition,
			CertificateManagement certificates, CertificateLifecycle lifecycle, ProductManagement products,
			UserDetailsService users, OncePerDatabase loads, Clock clock) {
		this.enabled = enabled;
		this.recognition = recognition;
		this.certificates = certificates;
		this.lifecycle = lifecycle;
		this.products = products;
		this.users = users;
		this.loads = loads;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(ORDER)
	void load() {
		if (enabled) {
			try {
				loads.load(NAME, "the demo decisions and certificates", log, this::loadAll);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	private void loadAll() {
		LocalDate today = LocalDate.now(clock);
		CurrentUser admin = user("admin");
		// Before OCOP Hub: recognitions recorded from the paper decisions.
		record(admin, HA_TINH, "1986/QĐ-UBND", today.minusMonths(36).plusDays(12), "Trần Báu Hà",
				"Phó Chủ tịch UBND tỉnh", "42-18172-0001:4", "42-18172-0002:3");
		record(admin, HA_TINH, "3560/QĐ-UBND", today.minusMonths(36).minusDays(50), "Trần Báu Hà",
				"Phó Chủ tịch UBND tỉnh", "42-18547-0001:4", "42-18406-0001:3");
		record(admin, HA_TINH, "3105/QĐ-UBND", LocalDate.of(2024, 11, 20), "Trần Báu Hà", "Phó Chủ tịch UBND tỉnh",
				"42-18547-0002:3", "42-18073-0001:4", "42-18550-0001:3", "42-18313-0001:4", "42-18676-0001:3",
				"42-18676-0002:3", "42-18418-0001:3", "42-18229-0001:3", "42-18352-0001:3", "42-18562-0001:3",
				"42-18673-0001:3", "42-18115-0001:3", "42-18502-0001:3");
		record(admin, HA_TINH, "1245/QĐ-UBND", LocalDate.of(2025, 5, 22), "Trần Báu Hà", "Phó Chủ tịch UBND tỉnh",
				"42-18766-0001:4", "42-18373-0001:3", "42-18628-0001:3");
		record(admin, QUANG_NINH, "3322/QĐ-UBND", LocalDate.of(2024, 10, 21), "Nghiêm Xuân Cường",
				"Phó Chủ tịch UBND tỉnh", "22-06994-0002:3", "22-06994-0004:4", "22-06994-0005:3", "22-06838-0001:4",
				"22-07192-0001:3", "22-06685-0001:4", "22-06862-0001:4", "22-06862-0002:3", "22-06862-0003:3",
				"22-07090-0002:3", "22-07093-0001:4", "22-06994-0006:3", "22-06841-0001:3", "22-06970-0002:3",
				"22-06895-0001:3");
		record(admin, QUANG_NINH, "1402/QĐ-UBND", LocalDate.of(2025, 6, 12), "Nghiêm Xuân Cường",
				"Phó Chủ tịch UBND tỉnh", "22-06946-0001:4", "22-07132-0001:3");
		record(admin, null, "1620/QĐ-BNN-VPĐP", LocalDate.of(2024, 8, 15), "Trần Thanh Nam", "Thứ trưởng",
				"42-18133-0001:5", "22-06994-0001:5");
		record(admin, null, "2315/QĐ-BNNMT", LocalDate.of(2025, 7, 30), "Trần Thanh Nam", "Thứ trưởng",
				"22-06970-0001:5");
		record(admin, "01", "4517/QĐ-UBND", LocalDate.of(2024, 9, 9), "Nguyễn Mạnh Quyền", "Phó Chủ tịch UBND thành phố",
				"01-00577-0001:4", "01-09700-0001:3", "01-09700-0002:3", "01-10489-0001:3");
		record(admin, "15", "2089/QĐ-UBND", LocalDate.of(2024, 7, 26), "Hoàng Quốc Khánh", "Phó Chủ tịch UBND tỉnh",
				"15-03037-0001:3", "15-02839-0001:3");
		record(admin, "68", "1733/QĐ-UBND", LocalDate.of(2024, 8, 30), "Võ Ngọc Hiệp", "Phó Chủ tịch UBND tỉnh",
				"68-24848-0001:4", "68-24805-0001:3");
		record(admin, "92", "2560/QĐ-UBND", LocalDate.of(2025, 4, 18), "Nguyễn Thực Hiện", "Phó Chủ tịch UBND thành phố",
				"92-31228-0001:3", "92-31299-0001:3", "92-31299-0002:3");
		record(admin, "38", "3012/QĐ-UBND", LocalDate.of(2024, 10, 3), "Lê Đức Giang", "Phó Chủ tịch UBND tỉnh",
				"38-14956-0001:3");
		// In OCOP Hub: Hà Tĩnh's round 1/2025 and the central round 1/2026, decided; Quảng Ninh's waits in a draft.
		decide("vanphong.hatinh", new DecisionCommand("2950/QĐ-UBND", today, "Trần Báu Hà", "Phó Chủ tịch UBND tỉnh"));
		decide("vanphong.trunguong", new DecisionCommand("96/QĐ-BNNMT", today, "Trần Thanh Nam", "Thứ trưởng"));
		as("vanphong.quangninh", office -> {
			List<Long> dossiers = recognition.candidates(office).stream().map(RecognisedResult::dossierId).toList();
			return dossiers.isEmpty() ? 0L : recognition.draft(DecisionCommand.empty(), dossiers, office);
		});
		// A food-safety violation: the province revokes the shrimp paste's certificate.
		as("vanphong.hatinh", office -> {
			CertificateView paste = certificates.search(new CertificateQuery("42-18676-0002", null, null, null, null),
					new PageRequest(0, 5), office)
				.items()
				.stream()
				.filter(c -> c.productCode().equals("42-18676-0002"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("the demo shrimp paste certificate is missing"));
			return certificates.revoke(paste.id(), paste.version(),
					new RevocationCommand(RevocationGround.FOOD_SAFETY_VIOLATION,
							"Đoàn kiểm tra liên ngành phát hiện lô sản phẩm vượt giới hạn vi sinh vật cho phép.",
							"3390/QĐ-UBND", today.minusDays(25)),
					office);
		});
		lifecycle.refresh(today);
	}

	/** A decision of the office's confirmed results, signed. */
	private void decide(String office, DecisionCommand command) {
		as(office, user -> {
			List<Long> dossiers = recognition.candidates(user).stream().map(RecognisedResult::dossierId).toList();
			if (dossiers.isEmpty()) {
				log.warn("No confirmed results for {}'s demo decision", office);
				return null;
			}
			long id = recognition.draft(DecisionCommand.empty(), dossiers, user);
			return recognition.sign(id, recognition.get(id, user).version(), command, user);
		});
	}

	/** A decision signed before OCOP Hub; items as "product code:stars". */
	private void record(CurrentUser admin, String provinceCode, String number, LocalDate date, String signer,
			String title, String... items) {
		List<NewItem> rows = new ArrayList<>();
		for (String item : items) {
			String[] parts = item.split(":");
			ProductSummary p = products.search(new ProductQuery(parts[0], null, null, null, null, null, null, null, null),
					new PageRequest(0, 5), admin)
				.items()
				.stream()
				.filter(s -> s.code().equals(parts[0]))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("the demo product " + parts[0] + " is missing"));
			rows.add(new NewItem(null, p.id(), p.code(), p.name(), p.producerId(), p.producerName(), p.provinceCode(),
					p.communeCode(), p.communeName(), "QD148-2023-" + p.productSet().code(), null, null,
					Integer.parseInt(parts[1])));
		}
		recognition.recordSigned(provinceCode == null ? RoundLevel.CENTRAL : RoundLevel.PROVINCE, provinceCode,
				new DecisionCommand(number, date, signer, title), rows, "demo");
	}

	private CurrentUser user(String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	private <T> T as(String username, Function<CurrentUser, T> step) {
		CurrentUser user = user(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return step.apply(user);
	}

}
