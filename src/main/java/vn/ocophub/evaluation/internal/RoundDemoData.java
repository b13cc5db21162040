package vn.ocophub.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocophub.evaluation.Agreement;
import vn.ocophub.evaluation.CommuneAssessmentData;
import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.LocalFinding;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.evaluation.RoundCommand;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.identity.CurrentUser;

/**
 * A demo evaluation round in progress: Hà Tĩnh's round 2 of 2026, open, with dossiers of the demo Hương Sơn
 * cooperative in several states (one waiting for the commune, one returned, one forwarded to the province with
 * its commune report) and one draft filed by the province office. Everything goes through the same services the
 * pages use, as the demo account whose step it is, so history, audit trail and notifications are real. Loaded
 * once per database, after the demo registry, in one transaction.
 */
@Component
class RoundDemoData {

	/** After the demo registry ({@code RegistryDemoData}, order 100), whose products the dossiers are about. */
	static final int ORDER = 200;

	private static final String NAME = "demo.rounds.v1";

	private static final String PROVINCE = "vanphong.hatinh";

	private static final String COMMUNE = "canbo.huongson";

	private static final String PRODUCER = "chuthe.cambu";

	private static final Logger log = LoggerFactory.getLogger(RoundDemoData.class);

	private final boolean enabled;

	private final RoundManagement rounds;

	private final DossierManagement dossiers;

	private final DemoSteps steps;

	private final Clock clock;

	RoundDemoData(@Value("${ocop.demo.enabled:false}") boolean enabled, RoundManagement rounds,
			DossierManagement dossiers, DemoSteps steps, Clock clock) {
		this.enabled = enabled;
		this.rounds = rounds;
		this.dossiers = dossiers;
		this.steps = steps;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(ORDER)
	void load() {
		if (enabled) {
			steps.once(NAME, "the demo evaluation round (Hà Tĩnh, round 2/2026)", log, this::loadAll);
		}
	}

	private void loadAll() {
		LocalDate today = LocalDate.now(clock);
		long round = as(PROVINCE, user -> rounds.open(new RoundCommand(null, null, 2026, 2, null, today.plusDays(20),
				today.plusDays(35), today.plusDays(50), null, null, null, true), user).id());

		// Waiting for the commune: the demo commune officer has it in the notifications.
		long submitted = file(round, "42-18133-0001", 1.0, RegistrationType.FIRST_TIME, null, 6,
				"Cam bù chín cây trồng trên đất đồi Sơn Kim theo quy trình VietGAP, vỏ mỏng, múi vàng, ngọt thanh.");
		as(PRODUCER, user -> dossiers.submit(submitted, version(submitted, user), user));

		// Returned by the commune for completion, not resubmitted yet.
		long returned = file(round, "42-18133-0003", 0.6, RegistrationType.FIRST_TIME, null, 3,
				"Tinh dầu chưng cất hơi nước từ vỏ cam bù tươi, dùng xông phòng và khử mùi.");
		as(PRODUCER, user -> dossiers.submit(returned, version(returned, user), user));
		as(COMMUNE, user -> dossiers.returnForCompletion(returned, version(returned, user),
				"Bổ sung phiếu kiểm nghiệm chỉ tiêu an toàn của tinh dầu (còn hiệu lực) và ảnh nhãn sản phẩm đang lưu hành.",
				user));

		// Assessed by the commune and forwarded to the province with its report.
		long forwarded = file(round, "42-18133-0002", 0.8, RegistrationType.UPGRADE,
				"Giấy chứng nhận OCOP 3 sao số 125/QĐ-UBND ngày 15/11/2023", 5,
				"Cam bù loại 2 cắt lát, sấy lạnh, giữ màu và vị chua ngọt tự nhiên, không chất bảo quản.");
		as(PRODUCER, user -> dossiers.submit(forwarded, version(forwarded, user), user));
		as(COMMUNE, user -> dossiers.recordCommuneAssessment(forwarded, version(forwarded, user), assessment(), user));
		as(COMMUNE, user -> dossiers.forward(forwarded, version(forwarded, user), user));

		// A draft the province office started for a producer without an account of its own.
		file(round, "42-18547-0001", 0.9, RegistrationType.FIRST_TIME, null, 5, PROVINCE,
				"Bưởi Phúc Trạch trồng tại vùng chỉ dẫn địa lý, múi hồng, ráo nước, vị ngọt thanh.");
	}

	private long file(long round, String productCode, double level, RegistrationType type, String certificate,
			int samples, String summary) {
		return file(round, productCode, level, type, certificate, samples, PRODUCER, summary);
	}

	/** Files a dossier on a new submitted self-assessment of the product, answered at {@code level} (0–1) of each criterion. */
	private long file(long round, String productCode, double level, RegistrationType type, String certificate,
			int samples, String actor, String summary) {
		boolean camBu = actor.equals(PRODUCER);
		return steps.file(round, productCode, actor, set -> DemoAnswers.atLevel(set, level),
				product -> new DossierData(type, null, camBu ? "Phạm Thị Cam" : "Trần Văn Lộc", "Giám đốc hợp tác xã",
						camBu ? "0977 212 221" : "0906 533 278",
						camBu ? "htxcambusonkim@example.vn" : "htxbuoiphuctrach@example.vn",
						product.communeName() + ", " + product.provinceName(), summary, certificate, samples));
	}

	private static CommuneAssessmentData assessment() {
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		findings.put(LocalCriterion.ORIGIN, new LocalFinding(
				"Nguyên liệu là cam bù loại 2 của 48 hộ xã viên tại thôn Tân Hương, có sổ ghi chép vùng trồng.",
				Agreement.AGREE, null));
		findings.put(LocalCriterion.LABOUR, new LocalFinding(
				"Xưởng sấy sử dụng 12 lao động thường xuyên, đều là người trong xã.", Agreement.AGREE, null));
		findings.put(LocalCriterion.IDEA, new LocalFinding("Ý tưởng sấy lạnh cam loại 2 do hợp tác xã đề xuất năm 2023.",
				Agreement.AGREE, null));
		findings.put(LocalCriterion.IDENTITY, new LocalFinding(
				"Sản phẩm gắn với cam bù Hương Sơn nhưng bao bì chưa thể hiện câu chuyện vùng trồng.", Agreement.LOWER,
				"Chủ thể tự đánh giá mức cao nhất; xã đề nghị hội đồng xem xét mức thấp hơn một bậc."));
		return new CommuneAssessmentData(true, true, true, true, findings,
				"Hồ sơ đủ thể thức. UBND xã đề nghị tỉnh đánh giá, phân hạng nâng hạng sản phẩm.");
	}

	private long version(long dossier, CurrentUser user) {
		return steps.version(dossier, user);
	}

	private <T> T as(String username, java.util.function.Function<CurrentUser, T> step) {
		return steps.as(username, step);
	}

}
