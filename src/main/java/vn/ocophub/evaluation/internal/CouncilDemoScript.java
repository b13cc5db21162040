package vn.ocophub.evaluation.internal;

import java.time.LocalDate;
import java.util.List;

import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilCommand.Advisor;
import vn.ocophub.evaluation.CouncilCommand.Seat;
import vn.ocophub.evaluation.CouncilRole;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.evaluation.RoundCommand;

/**
 * The story of the demo councils ({@link CouncilDemoData}): who sits where, which products of the demo registry
 * are filed, and the total each member gives each product. People and decisions are fictional; the agencies are
 * the kinds that sit in provincial councils (Decision 148, Annex II; the regulations of the provinces) and in the
 * central council (seven members, quorum five).
 */
final class CouncilDemoScript {

	private CouncilDemoScript() {
	}

	static final String RULES = "QD1489-2025";

	static final String NATIONAL_OFFICE = "vanphong.trunguong";

	static final String COMMUNE = "canbo.huongson";

	/** The demo council member whose screens must have work on them. */
	static final String MEMBER = "hoidong.hatinh";

	static final String POTENTIAL_FIVE_STARS = "42-18172-0001";

	/**
	 * A product filed in a demo round: its registration, the stars its council's sheets aim at (their star
	 * conditions are met) and one total per scoring seat, in seat order. A null {@code producer} means the office
	 * files it for a producer without an account (and assesses it for the commune).
	 */
	record Entry(String code, String producer, RegistrationType type, String certificate, String applicant,
			String title, String phone, String summary, int stars, int... totals) {
	}

	record RecusalEntry(String code, String username, String statement) {
	}

	record RescoreEntry(String code, String username, int total, String reason) {
	}

	/** A closed provincial round from opening to closing. */
	record Session(String office, RoundCommand round, CouncilCommand council, List<Entry> entries, RecusalEntry recusal,
			RescoreEntry rescore) {
	}

	private static final String DIRECTOR = "Giám đốc hợp tác xã";

	// ------------------------------------------------------------------ Hà Tĩnh

	private static List<Seat> haTinhSeats() {
		return List.of(new Seat("hdhatinh.chutich", CouncilRole.CHAIR, "UBND tỉnh Hà Tĩnh (Phó Chủ tịch)"),
				new Seat("hdhatinh.nnmt", CouncilRole.VICE_CHAIR, "Sở Nông nghiệp và Môi trường"),
				new Seat(MEMBER, CouncilRole.MEMBER, "Sở Công Thương"),
				new Seat("hdhatinh.khcn", CouncilRole.MEMBER, "Sở Khoa học và Công nghệ"),
				new Seat("hdhatinh.yte", CouncilRole.MEMBER, "Sở Y tế"),
				new Seat("hdhatinh.vhttdl", CouncilRole.MEMBER, "Sở Văn hóa, Thể thao và Du lịch"),
				new Seat("hdhatinh.lmhtx", CouncilRole.MEMBER, "Liên minh Hợp tác xã tỉnh"),
				new Seat("vanphong.hatinh", CouncilRole.SECRETARY, "Văn phòng Điều phối nông thôn mới tỉnh"));
	}

	private static List<Advisor> haTinhAdvisors() {
		return List.of(new Advisor("Phan Văn Đức", "Chi cục Phát triển nông thôn Hà Tĩnh", "Kiểm tra hồ sơ, mẫu sản phẩm"),
				new Advisor("Lê Thị Ngọc Hà", "Trung tâm Khuyến nông Hà Tĩnh", "Thẩm định thực tế tại cơ sở"));
	}

	static final Session HA_TINH = new Session("vanphong.hatinh",
			new RoundCommand(null, null, 2025, 1, RULES, LocalDate.of(2025, 8, 29), LocalDate.of(2025, 9, 19),
					LocalDate.of(2025, 10, 16), null, null, null, true),
			new CouncilCommand("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hà Tĩnh đợt 1 năm 2025",
					"Quyết định số 2741/QĐ-UBND ngày 03/10/2025 của UBND tỉnh Hà Tĩnh", LocalDate.of(2025, 10, 16),
					haTinhSeats(), haTinhAdvisors()),
			List.of(new Entry(POTENTIAL_FIVE_STARS, null, RegistrationType.UPGRADE,
					"Giấy chứng nhận OCOP 4 sao số 1986/QĐ-UBND ngày 20/12/2023", "Nguyễn Đình Thắng", "Giám đốc",
					"0903 520 374",
					"Nhung hươu tươi từ 35 hộ nuôi liên kết, sấy lạnh, thái lát; đăng ký nâng hạng để đề nghị đánh giá 5 sao.",
					5, 92, 90, 93, 91, 89, 92, 91),
					new Entry("42-18547-0001", null, RegistrationType.RE_EVALUATION,
							"Giấy chứng nhận OCOP 4 sao số 3560/QĐ-UBND ngày 15/11/2022", "Trần Văn Lộc", DIRECTOR,
							"0906 533 278", "Bưởi Phúc Trạch VietGAP, tem truy xuất từng quả; đánh giá lại khi giấy chứng nhận hết hạn.",
							4, 80, 78, 77, 81, 79, 76, 0),
					new Entry("42-18073-0001", null, RegistrationType.UPGRADE,
							"Giấy chứng nhận OCOP 4 sao số 2210/QĐ-UBND ngày 28/09/2023", "Lê Thị Liên",
							"Chủ hộ kinh doanh", "0994 621 512",
							"Kẹo cu đơ nấu bằng mật mía Hương Sơn và lạc Nghi Xuân; bao bì mới, đăng ký nâng hạng.", 4, 74, 72,
							75, 71, 73, 70, 72),
					new Entry("42-18133-0004", "chuthe.cambu", RegistrationType.FIRST_TIME, null, "Phạm Thị Cam", DIRECTOR,
							"0977 212 221", "Nước cốt cam bù ép lạnh, thanh trùng, đóng chai thủy tinh 330 ml.", 3, 62, 60,
							63, 61, 47, 64, 59),
					new Entry("42-18313-0002", null, RegistrationType.FIRST_TIME, null, "Nguyễn Thị Hằng", DIRECTOR,
							"0945 348 393", "Mật ong rừng Vũ Quang ngâm chanh đào, đóng lọ thủy tinh 500 ml.", 2, 44, 42,
							45, 41, 43, 40, 44)),
			new RecusalEntry("42-18547-0001", "hdhatinh.lmhtx",
					"Tôi đã trực tiếp tư vấn Hợp tác xã Bưởi Phúc Trạch Hương Khê xây dựng phương án sản xuất và hồ sơ đánh giá lại năm 2025."),
			new RescoreEntry("42-18133-0004", "hdhatinh.yte", 58,
					"Điểm của thành viên thấp hơn điểm cao nhất 17 điểm. Hội đồng đã thảo luận lại các chỉ tiêu Phần C "
							+ "(phiếu kiểm nghiệm còn hiệu lực, kế hoạch kiểm soát chất lượng); đề nghị thành viên chấm lại."));

	// ------------------------------------------------------------------ Quảng Ninh

	static final Session QUANG_NINH = new Session("vanphong.quangninh",
			new RoundCommand(null, null, 2025, 1, RULES, LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 26),
					LocalDate.of(2025, 10, 23), null, null, null, true),
			new CouncilCommand("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ninh đợt 1 năm 2025",
					"Quyết định số 3158/QĐ-UBND ngày 08/10/2025 của UBND tỉnh Quảng Ninh", LocalDate.of(2025, 10, 23),
					List.of(new Seat("hdquangninh.chutich", CouncilRole.CHAIR, "UBND tỉnh Quảng Ninh (Phó Chủ tịch)"),
							new Seat("hdquangninh.nnmt", CouncilRole.VICE_CHAIR, "Sở Nông nghiệp và Môi trường"),
							new Seat("hdquangninh.congthuong", CouncilRole.MEMBER, "Sở Công Thương"),
							new Seat("hdquangninh.khcn", CouncilRole.MEMBER, "Sở Khoa học và Công nghệ"),
							new Seat("hdquangninh.yte", CouncilRole.MEMBER, "Sở Y tế"),
							new Seat("hdquangninh.vhttdl", CouncilRole.MEMBER, "Sở Văn hóa, Thể thao và Du lịch"),
							new Seat("hdquangninh.lmhtx", CouncilRole.MEMBER, "Liên minh Hợp tác xã tỉnh"),
							new Seat("vanphong.quangninh", CouncilRole.SECRETARY, "Văn phòng Điều phối nông thôn mới tỉnh")),
					List.of(new Advisor("Nguyễn Thị Thu Thảo", "Chi cục Phát triển nông thôn Quảng Ninh",
							"Kiểm tra hồ sơ, mẫu sản phẩm"))),
			List.of(new Entry("22-06862-0003", null, RegistrationType.UPGRADE,
					"Giấy chứng nhận OCOP 3 sao số 1402/QĐ-UBND ngày 12/06/2024", "Nguyễn Văn Tiến", DIRECTOR, "0912 665 840",
					"Gà Tiên Yên nuôi thả vườn đồi, giết mổ tập trung, đóng gói hút chân không; đăng ký nâng hạng.", 4,
					76, 74, 78, 73, 75, 77, 74),
					new Entry("22-06994-0004", null, RegistrationType.RE_EVALUATION,
							"Giấy chứng nhận OCOP 4 sao số 3322/QĐ-UBND ngày 21/10/2022", "Nguyễn Thị Loan", DIRECTOR,
							"0949 107 137", "Sá sùng Quan Lạn phơi, sấy khô, đóng hộp quà; đánh giá lại khi giấy chứng nhận hết hạn.",
							4, 84, 82, 85, 81, 83, 80, 84),
					new Entry("22-06946-0002", null, RegistrationType.FIRST_TIME, null, "Lý Văn Sáng", DIRECTOR,
							"0949 465 611", "Chè xanh Đường Hoa sấy khô, đóng túi lọc 2 g, hộp 25 túi.", 3, 66, 64, 67, 63,
							65, 62, 66),
					new Entry("22-06970-0002", null, RegistrationType.UPGRADE,
							"Giấy chứng nhận OCOP 3 sao số 2867/QĐ-UBND ngày 30/08/2023", "Bàn Văn Hải", DIRECTOR,
							"0936 691 465", "Lá và hoa trà hoa vàng Ba Chẽ sấy khô, đóng túi lọc; đăng ký nâng hạng.", 3, 56,
							54, 57, 53, 55, 52, 56),
					new Entry("22-06838-0002", null, RegistrationType.FIRST_TIME, null, "Vi Thị Hồng", DIRECTOR,
							"0963 195 080", "Tinh bột dong riềng Bình Liêu lọc thủ công, đóng túi 1 kg.", 2, 46, 44, 47, 43,
							45, 42, 46)),
			null, null);

	// ------------------------------------------------------------------ central round

	static final RoundCommand CENTRAL_ROUND = new RoundCommand(null, null, 2026, 1, RULES, LocalDate.of(2026, 1, 16),
			LocalDate.of(2026, 1, 16), LocalDate.of(2026, 3, 12), null, 5, 7, true);

	static final CouncilCommand CENTRAL_COUNCIL = new CouncilCommand(
			"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp quốc gia đợt 1 năm 2026",
			"Quyết định số 412/QĐ-BNNMT ngày 25/02/2026 của Bộ Nông nghiệp và Môi trường", LocalDate.of(2026, 3, 12),
			List.of(new Seat("hdtrunguong.chutich", CouncilRole.CHAIR, "Bộ Nông nghiệp và Môi trường (Thứ trưởng)"),
					new Seat("hdtrunguong.vpdp", CouncilRole.VICE_CHAIR, "Văn phòng Điều phối nông thôn mới Trung ương"),
					new Seat("hdtrunguong.congthuong", CouncilRole.MEMBER, "Bộ Công Thương"),
					new Seat("hdtrunguong.khcn", CouncilRole.MEMBER, "Bộ Khoa học và Công nghệ"),
					new Seat("hdtrunguong.yte", CouncilRole.MEMBER, "Bộ Y tế"),
					new Seat("hdtrunguong.vhttdl", CouncilRole.MEMBER, "Bộ Văn hóa, Thể thao và Du lịch"),
					new Seat(NATIONAL_OFFICE, CouncilRole.SECRETARY, "Văn phòng Điều phối nông thôn mới Trung ương")),
			List.of(new Advisor("Trần Văn Toàn", "Văn phòng Điều phối nông thôn mới Trung ương",
					"Tổng hợp hồ sơ đề nghị công nhận sản phẩm 5 sao")));

	static final int[] CENTRAL_TOTALS = { 93, 91, 92, 90, 94, 92 };

	// ------------------------------------------------------------------ Hà Tĩnh's open round 2/2026

	/** Filed by the office, forwarded and assigned; the first is being scored, the second declared on. */
	static final List<Entry> OPEN_ROUND_ENTRIES = List.of(
			new Entry("42-18550-0002", null, RegistrationType.FIRST_TIME, null, "Đặng Quốc Tuấn", DIRECTOR,
					"0911 491 627", "Chè búp Hương Đô sao khô thủ công trên chảo gang, đóng túi 200 g.", 3, 66, 64, 63,
					65, 62, 64, 61),
			new Entry("42-18562-0002", null, RegistrationType.FIRST_TIME, null, "Lê Văn Phúc", "Chủ trang trại",
					"0995 901 729", "Trứng gà ri nuôi thả đồi Phúc An, đóng hộp giấy 10 quả.", 3, 60, 58, 59, 61, 57,
					60, 58));

	/** Seats that have not declared on the first dossier yet. */
	static final List<String> OPEN_ROUND_UNDECLARED = List.of("hdhatinh.yte");

	/** Seats that submitted their sheet for the first dossier and declared on the second. */
	static final List<String> OPEN_ROUND_SUBMITTED = List.of("hdhatinh.chutich", "hdhatinh.nnmt", "hdhatinh.khcn");

	static CouncilCommand openRoundCouncil(LocalDate session) {
		return new CouncilCommand("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hà Tĩnh đợt 2 năm 2026",
				"Quyết định số 1175/QĐ-UBND của UBND tỉnh Hà Tĩnh", session, haTinhSeats(),
				haTinhAdvisors());
	}

}
