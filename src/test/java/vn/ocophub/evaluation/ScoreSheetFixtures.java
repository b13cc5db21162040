package vn.ocophub.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductSet;
import vn.ocophub.shared.AccessScope;

/**
 * A council at work, for the score sheet tests: a new round of Hà Tĩnh in a year of its own, products of the Cam
 * bù cooperative self-assessed (with an evidence file on A.1.a) and forwarded by Xã Hương Sơn with its findings,
 * and a council of new member accounts, ready to sign in, formed by the province office and given those dossiers.
 * Everything is new, so the tests hold on a database shared with other classes and leave the demo round alone.
 */
public final class ScoreSheetFixtures {

	/** The password of every member account made here (the demo accounts keep theirs). */
	public static final String MEMBER_PASSWORD = "HoiDong2026chamdiem";

	private static final String DEMO_PASSWORD = "demo@OCOP2026";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	/** The commune's finding on the origin of the product, as the sheet shows it. */
	public static final String ORIGIN_FINDING = "Cam bù trồng tại thôn Tân Hương, xã Hương Sơn";

	/** Why the commune rates the idea lower than the producer. */
	public static final String IDEA_NOTE = "Ý tưởng đã có ở xã khác trong tỉnh";

	/** A council as formed: its accounts by seat, and the dossiers assigned to it in order. */
	public record Council(long id, long roundId, List<Long> dossiers, String chair, String member, String other,
			String secretary) {
	}

	private final RoundManagement rounds;

	private final DossierManagement dossiers;

	private final DossierRecords dossierRecords;

	private final SelfAssessmentManagement assessments;

	private final ProductManagement products;

	private final ProducerManagement producers;

	private final CouncilManagement councils;

	private final UserManagement users;

	private final UserDetailsService accounts;

	private final CriteriaCatalogue criteria;

	public ScoreSheetFixtures(ApplicationContext context) {
		this.rounds = context.getBean(RoundManagement.class);
		this.dossiers = context.getBean(DossierManagement.class);
		this.dossierRecords = context.getBean(DossierRecords.class);
		this.assessments = context.getBean(SelfAssessmentManagement.class);
		this.products = context.getBean(ProductManagement.class);
		this.producers = context.getBean(ProducerManagement.class);
		this.councils = context.getBean(CouncilManagement.class);
		this.users = context.getBean(UserManagement.class);
		this.accounts = context.getBean(UserDetailsService.class);
		this.criteria = context.getBean(CriteriaCatalogue.class);
	}

	/** A council of three scoring members and a secretary, given {@code products} new forwarded dossiers of set 01. */
	public Council council(int products) {
		return council(Collections.nCopies(products, ProductSet.S01));
	}

	/** A council of three scoring members and a secretary, given a new forwarded dossier of each product set. */
	public Council council(List<ProductSet> sets) {
		CurrentUser office = account("vanphong.hatinh");
		long round = round();
		List<Long> ids = new ArrayList<>();
		for (ProductSet set : sets) {
			ids.add(forwardedDossier(round, (set == ProductSet.S26 ? "Du lịch vườn cam " : "Mứt gừng sấy dẻo ") + token(), set));
		}
		String chair = member("Nguyễn Văn Chủ Tịch", "UBND tỉnh Hà Tĩnh");
		String member = member("Trần Thị Ủy Viên", "Sở Công Thương Hà Tĩnh");
		String other = member("Lê Văn Khác", "Sở Y tế Hà Tĩnh");
		String secretary = member("Phạm Thị Thư Ký", "Văn phòng Điều phối nông thôn mới tỉnh");
		long id = councils.form(round, new CouncilCommand("Hội đồng đánh giá sản phẩm OCOP " + token(), "123/QĐ-UBND",
				LocalDate.now().plusDays(50),
				List.of(new CouncilCommand.Seat(chair, CouncilRole.CHAIR, "UBND tỉnh Hà Tĩnh"),
						new CouncilCommand.Seat(member, CouncilRole.MEMBER, "Sở Công Thương Hà Tĩnh"),
						new CouncilCommand.Seat(other, CouncilRole.MEMBER, "Sở Y tế Hà Tĩnh"),
						new CouncilCommand.Seat(secretary, CouncilRole.SECRETARY, "Văn phòng Điều phối nông thôn mới tỉnh")),
				List.of()), office);
		councils.assign(id, ids, office);
		return new Council(id, round, ids, chair, member, other, secretary);
	}

	/**
	 * New products of Hà Tĩnh with a confirmed result each: a council scores every one at the best answers (100
	 * points, so the province recognises 4★ and proposes it as potential 5★) and its chair confirms. The dossier ids.
	 */
	public List<Long> confirmedResults(int products) {
		Council council = council(products);
		for (Long dossier : council.dossiers()) {
			for (String scorer : List.of(council.chair(), council.member(), council.other())) {
				councils.declare(council.id(), dossier, false, java.util.Set.of(), null, account(scorer));
				councils.saveSheet(council.id(), dossier, -1, best(set()), true, account(scorer));
			}
			councils.confirm(council.id(), dossier, account(council.chair()));
		}
		return council.dossiers();
	}

	/** A new open round of Hà Tĩnh, in a year in which it has none (the demo rounds are in 2025 and 2026). */
	public long round() {
		for (int i = 0; i < 200; i++) {
			int year = 2030 + (int) Math.floorMod(SEQUENCE.incrementAndGet(), 70L);
			if (dossierRecords.nextNumber("42", year) == 1) {
				LocalDate today = LocalDate.now();
				return rounds.open(new RoundCommand(null, null, year, 1, null, today.plusDays(30), today.plusDays(40),
						today.plusDays(50), null, null, null, true), account("vanphong.hatinh")).id();
			}
		}
		throw new IllegalStateException("no free year");
	}

	/**
	 * A new product of the Cam bù cooperative in the given set, self-assessed at the best option of every criterion
	 * with a PDF on A.1.a, filed in the round, and forwarded by Xã Hương Sơn: it agrees on origin, labour and
	 * identity, and rates the idea lower.
	 */
	public long forwardedDossier(long round, String productName, ProductSet productSet) {
		CurrentUser producer = account("chuthe.cambu");
		long assessment = submittedSelfAssessment(productName, productSet);
		long id = dossiers.file(round, new DossierData(RegistrationType.FIRST_TIME, assessment, "Phạm Thị Cam",
				"Giám đốc hợp tác xã", "0977 212 221", "htxcambu@example.vn", "Thôn Tân Hương, Xã Hương Sơn, Tỉnh Hà Tĩnh",
				"Sản phẩm của hợp tác xã, làm từ cam bù chín cây.", null, productSet == ProductSet.S26 ? null : 5), producer);
		dossiers.submit(id, dossiers.get(id, producer).version(), producer);
		CurrentUser commune = account("canbo.huongson");
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		findings.put(LocalCriterion.ORIGIN, new LocalFinding(ORIGIN_FINDING, Agreement.AGREE, null));
		findings.put(LocalCriterion.LABOUR, new LocalFinding("12 lao động là người trong xã", Agreement.AGREE, null));
		findings.put(LocalCriterion.IDEA, new LocalFinding("Sản phẩm phổ biến trong vùng", Agreement.LOWER, IDEA_NOTE));
		findings.put(LocalCriterion.IDENTITY, new LocalFinding("Gắn với cây cam bù Hương Sơn", Agreement.AGREE, null));
		dossiers.recordCommuneAssessment(id, dossiers.get(id, commune).version(), new CommuneAssessmentData(true, true,
				true, true, findings, "Hồ sơ đủ thể thức, đề nghị tỉnh đánh giá."), commune);
		dossiers.forward(id, dossiers.get(id, commune).version(), commune);
		return id;
	}

	/**
	 * A new product of the Cam bù cooperative in the given set, self-assessed at the best option of every criterion
	 * with a PDF on A.1.a and submitted: ready to be filed in a round. Returns the self-assessment's id.
	 */
	public long submittedSelfAssessment(String productName, ProductSet productSet) {
		CurrentUser producer = account("chuthe.cambu");
		long producerId = producers.access(producer).ownProducers().iterator().next();
		long product = products.create(null, new ProductData(productName, producerId, productSet, null, null, null,
				null, null, null, null, null, null, null, null, null, null), producer).id();
		long assessment = assessments.start(product, producer);
		CriteriaSet set = criteria.set(assessments.get(assessment, producer).criteriaSetCode());
		assessments.addEvidence(assessment, "A.1.a", pdf(), "giay-chung-nhan-vung-trong.pdf", producer);
		assessments.submit(assessment, assessments.get(assessment, producer).version(), best(set), producer);
		return assessment;
	}

	/** A new council member account of Hà Tĩnh that has already chosen its own password. */
	public String member(String fullName, String agency) {
		String username = "hd" + token();
		users.create(new UserCommand(username, fullName, null, null, agency, Set.of(Role.COUNCIL_MEMBER),
				AccessScope.Level.PROVINCE, "42", DEMO_PASSWORD), account("admin"));
		users.changeOwnPassword(account(username), DEMO_PASSWORD, MEMBER_PASSWORD);
		return username;
	}

	/** The best option of every criterion (the first case of an alternative heading): 100 points. */
	public static Map<String, String> best(CriteriaSet set) {
		return CriteriaFixtures.bestAnswers(set);
	}

	/** The first option of every criterion, the least in the decision's order (first case of an alternative). */
	public static Map<String, String> first(CriteriaSet set) {
		Map<String, String> answers = new LinkedHashMap<>();
		best(set).keySet().forEach(criterion -> answers.put(criterion, criterion + ".1"));
		return answers;
	}

	/** The criteria set of the fixtures' products. */
	public CriteriaSet set() {
		return criteria.set("QD148-2023-01");
	}

	public CurrentUser account(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	/** A short token unique in this JVM, to make names and usernames new. */
	public static String token() {
		return Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

	/** A PDF as the evidence check recognises one: its header and its end marker. */
	private static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

}
