package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.shared.AccessScope;

/**
 * The council pages as their users see them: the province's office forms a council through its form (and gets
 * its input back, with each message beside its row, when something is wrong), assigns forwarded dossiers;
 * members declare conflicts of interest on a page that shows no dossier; only the chair confirms results and
 * reopens sheets; the minutes download as PDF; the national office carries a product proposed for 5★ into a
 * central round; strangers are refused. Each test files its own products into the open demo round of Hà Tĩnh.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilPagesIntegrationTests extends EvaluationIntegrationSupport {

	static final String OFFICE = "vanphong.hatinh";

	@Autowired
	CouncilManagement councils;

	@Autowired
	RoundManagement rounds;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	SelfAssessmentManagement assessments;

	@Autowired
	UserManagement users;

	@Autowired
	CriteriaCatalogue criteria;

	@Test
	void theOfficeFormsACouncilThroughItsFormAndGetsItsInputBackWithEachMessageBesideItsRow() {
		long round = demoRound();
		List<String> m = members(4);
		assertThat(get(OFFICE, "/rounds/" + round)).hasStatusOk().bodyText().contains("id=\"council-new\"", "Hội đồng đánh giá");
		assertThat(get(OFFICE, "/rounds/" + round + "/councils/new")).hasStatusOk()
			.bodyText()
			.contains("Thành lập hội đồng đánh giá", m.get(0), "Sở Nông nghiệp " + m.get(0));

		// No name, a seat without agency, an account twice, an advisor without name; blank rows in between.
		MvcTestResult wrong = post(OFFICE, "/rounds/" + round + "/councils").param("name", " ")
			.param("decisionRef", "1234/QĐ-UBND")
			.param("seats[0].username", m.get(0)).param("seats[0].role", "CHAIR").param("seats[0].agency", "UBND tỉnh")
			.param("seats[1].username", "").param("seats[1].role", "MEMBER").param("seats[1].agency", "")
			.param("seats[2].username", m.get(1)).param("seats[2].role", "MEMBER").param("seats[2].agency", "")
			.param("seats[3].username", m.get(0)).param("seats[3].role", "MEMBER").param("seats[3].agency", "Sở Y tế")
			.param("advisors[0].fullName", "").param("advisors[0].agency", "Trường Cao đẳng Việt – Đức")
			.exchange();
		assertThat(wrong).hasStatusOk();
		Document page = html(wrong);
		assertThat(page.select("#council-form-errors").text()).contains("Chưa thể lưu hội đồng");
		assertThat(page.select("#name").hasClass("is-invalid")).isTrue();
		assertThat(page.select("#decisionRef").val()).isEqualTo("1234/QĐ-UBND");
		// The blank row is gone: the row without agency is now row 2, the duplicate row 3, each with its message.
		assertThat(page.select("#seat-0-username option[selected]").val()).isEqualTo(m.get(0));
		assertThat(page.select("#seat-0-agency").val()).isEqualTo("UBND tỉnh");
		assertThat(page.select("#seat-1-username option[selected]").val()).isEqualTo(m.get(1));
		assertThat(page.select("#seat-1-agency.is-invalid + .invalid-feedback").text()).isEqualTo("Hãy nhập cơ quan, đơn vị (tối đa 300 ký tự).");
		assertThat(page.select("#seat-2-username.is-invalid + .invalid-feedback").text())
			.isEqualTo("Tài khoản " + m.get(0) + " đã có ở một vị trí khác trong hội đồng.");
		assertThat(page.select("#seat-2-agency").val()).isEqualTo("Sở Y tế");
		assertThat(page.select("#seat-2-role option[selected]").val()).isEqualTo("MEMBER");
		assertThat(page.select("#advisor-0-agency").val()).isEqualTo("Trường Cao đẳng Việt – Đức");
		assertThat(page.select("#advisor-0-fullName.is-invalid + .invalid-feedback").text()).contains("Hãy nhập họ tên");
		assertThat(page.select("#seats-table tbody tr")).hasSize(12);

		// Without a chair the message stands above the table.
		MvcTestResult noChair = councilForm(post(OFFICE, "/rounds/" + round + "/councils"), "Hội đồng không chủ tịch", m,
				"MEMBER").exchange();
		assertThat(html(noChair).select("#seats-error").text())
			.isEqualTo("Hội đồng phải có đúng một chủ tịch.");

		String name = "Hội đồng OCOP tỉnh Hà Tĩnh " + token();
		MvcTestResult formed = councilForm(post(OFFICE, "/rounds/" + round + "/councils"), name, m, "CHAIR")
			.param("advisors[1].fullName", "Phan Thị Thu").param("advisors[1].agency", "Chi cục Phát triển nông thôn")
			.param("advisors[1].task", "Kiểm tra mẫu sản phẩm")
			.exchange();
		assertThat(formed).hasStatus3xxRedirection().flash().containsEntry("success",
				"Đã thành lập hội đồng. Các thành viên sẽ được thông báo khi hội đồng được giao hồ sơ.");
		String location = formed.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(get(OFFICE, location)).hasStatusOk()
			.bodyText()
			.contains(name, "Thành viên 0", "Sở Nông nghiệp và Môi trường", "Thư ký", "Phan Thị Thu", "Kiểm tra mẫu sản phẩm");
		assertThat(get(OFFICE, "/rounds/" + round)).bodyText().contains(name, "/councils/" + id);

		// Changing it: a page read before someone else's change is refused, with the input kept.
		long version = councils.get(id, account(OFFICE)).version();
		assertThat(get(OFFICE, "/councils/" + id + "/edit")).hasStatusOk().bodyText().contains("Sửa hội đồng đánh giá", name);
		assertThat(councilForm(post(OFFICE, "/councils/" + id).param("version", String.valueOf(version)), name + " (sửa)", m,
				"CHAIR")).hasRedirectedUrl("/councils/" + id).flash().containsEntry("success", "Đã lưu thay đổi của hội đồng.");
		assertThat(councilForm(post(OFFICE, "/councils/" + id).param("version", String.valueOf(version)), "Tên cũ", m, "CHAIR"))
			.hasStatusOk()
			.bodyText()
			.contains("vừa được người khác", "value=\"Tên cũ\"");
		assertThat(councils.get(id, account(OFFICE)).name()).isEqualTo(name + " (sửa)");
		// A council member opens neither form.
		assertThat(get(m.get(1), "/rounds/" + round + "/councils/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(m.get(1), "/councils/" + id + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theOfficeAssignsForwardedDossiersAndMembersDeclareOnAPageThatShowsNoDossier() {
		long round = demoRound();
		List<String> m = members(4);
		long council = council(round, m);
		String product = "Cam bù sấy lạnh " + token();
		long first = forwarded(round, product);
		long second = forwarded(round, "Tinh dầu vỏ cam " + token());

		assertThat(get(OFFICE, "/councils/" + council)).hasStatusOk().bodyText().contains("id=\"assign-form\"", product);
		assertThat(post(OFFICE, "/councils/" + council + "/dossiers")).flash()
			.containsEntry("error", "Hãy chọn ít nhất một hồ sơ.");
		assertThat(post(OFFICE, "/councils/" + council + "/dossiers").param("dossierIds", String.valueOf(first),
				String.valueOf(second))).hasRedirectedUrl("/councils/" + council)
			.flash()
			.containsEntry("success", "Đã giao 2 hồ sơ cho hội đồng. Các thành viên đã được thông báo.");
		assertThat(dossiers.get(first, account(OFFICE)).status()).isEqualTo(DossierStatus.ASSIGNED);
		assertThat(post(OFFICE, "/councils/" + council + "/dossiers").param("dossierIds", String.valueOf(first))).flash()
			.containsEntry("error", "Hồ sơ “" + product + "” đã được giao cho một hội đồng.");
		assertThat(post(m.get(1), "/councils/" + council + "/dossiers").param("dossierIds", String.valueOf(first)))
			.hasStatus(HttpStatus.FORBIDDEN);

		// A member sees what to do, not the others' progress nor results.
		String declaration = "/councils/" + council + "/dossiers/" + first + "/declaration";
		assertThat(get(m.get(1), "/councils/" + council)).hasStatusOk()
			.bodyText()
			.contains("Bạn là Ủy viên của hội đồng này", "id=\"declare-" + first + "\"", declaration)
			.doesNotContain("id=\"results-table\"", "id=\"assign-form\"", "id=\"progress\"");
		assertThat(get(m.get(1), "/rounds/" + round)).bodyText().contains("Bạn là Ủy viên");

		// The declaration page names the product, its producer and commune, never the dossier's content.
		assertThat(get(m.get(1), declaration)).hasStatusOk()
			.bodyText()
			.contains(product, "Hợp tác xã Cam bù Sơn Kim", "Xã Hương Sơn", "không thể sửa sau khi ký",
					"điểm của bạn không được tính", "Tôi không có xung đột lợi ích với sản phẩm này")
			.doesNotContain("Nguyễn Văn Hùng", "0912 345 678", "Cam bù chín cây trồng trên đất đồi", "/self-assessments/",
					"/dossiers/" + first + "\"");
		assertThat(post(m.get(1), declaration)).hasStatusOk().bodyText().contains("Hãy chọn: không có hay có xung đột");
		MvcTestResult other = post(m.get(1), declaration).param("conflict", "true")
			.param("kinds", "KINSHIP", "OTHER")
			.param("statement", " ")
			.exchange();
		Document page = html(other);
		assertThat(page.select("#statement + .invalid-feedback").text()).isEqualTo("Hãy ghi rõ xung đột lợi ích khác là gì.");
		assertThat(page.select("#kind-KINSHIP").hasAttr("checked")).isTrue();
		assertThat(page.select("#conflict-yes").hasAttr("checked")).isTrue();

		// A conflict recuses the member: back to the council, where the product says so.
		assertThat(post(m.get(1), declaration).param("conflict", "true").param("kinds", "KINSHIP")
			.param("statement", "Em ruột giám đốc hợp tác xã")).hasRedirectedUrl("/councils/" + council)
			.flash()
			.containsEntry("success", "Đã ký bản kê khai: bạn tự rút khỏi việc đánh giá “" + product
					+ "”. Điểm của bạn không được tính cho sản phẩm này.");
		Declaration signed = councils.get(council, account(m.get(1))).dossiers().stream()
			.filter(d -> d.dossierId() == first).findFirst().orElseThrow().progress().get(0).declaration();
		assertThat(get(m.get(1), "/councils/" + council)).bodyText().contains("Đã tự rút");
		assertThat(get(m.get(1), declaration)).bodyText()
			.contains("Bản kê khai đã ký", "Quan hệ thân nhân với chủ thể", "Em ruột giám đốc hợp tác xã", signed.signature(),
					DossierIntegrationTests.vietnam(signed.declaredAt()))
			.doesNotContain("id=\"declaration-form\"", "id=\"declaration-score\"");
		assertThat(post(m.get(1), declaration).param("conflict", "false")).hasRedirectedUrl(declaration)
			.flash()
			.containsEntry("error", "Bạn đã kê khai cho sản phẩm này; bản kê khai đã ký không thể sửa.");

		// No conflict: on to the score sheet; the secretary, who does not score, back to the council.
		assertThat(post(m.get(0), declaration).param("conflict", "false"))
			.hasRedirectedUrl("/councils/" + council + "/dossiers/" + first + "/sheet");
		assertThat(get(m.get(0), "/councils/" + council)).bodyText()
			.contains("id=\"score-" + first + "\"", "/councils/" + council + "/dossiers/" + first + "/sheet");
		assertThat(post(m.get(3), declaration).param("conflict", "false")).hasRedirectedUrl("/councils/" + council);
		// The office sees everyone's progress.
		assertThat(get(OFFICE, "/councils/" + council)).bodyText().contains("id=\"progress\"", "Kê khai 3/4", "Tự rút");

		// Once members have declared, the seats are shown fixed and sent as they are; the rest still changes.
		MvcTestResult locked = get(OFFICE, "/councils/" + council + "/edit");
		assertThat(locked).bodyText().contains("thành phần hội đồng không thể thay đổi").doesNotContain("id=\"seat-0-username\"");
		Map<String, String> fields = new LinkedHashMap<>();
		html(locked).select("#council-form input[name]:not([name=_csrf])").forEach(i -> fields.put(i.attr("name"), i.val()));
		fields.put("decisionRef", "QĐ 99/QĐ-UBND");
		MockMvcRequestBuilder change = post(OFFICE, "/councils/" + council);
		fields.forEach(change::param);
		assertThat(change).hasRedirectedUrl("/councils/" + council);
		assertThat(councils.get(council, account(OFFICE))).satisfies(c -> {
			assertThat(c.decisionRef()).isEqualTo("QĐ 99/QĐ-UBND");
			assertThat(c.seats()).extracting(CouncilSeat::username).containsExactlyInAnyOrderElementsOf(m);
		});
	}

	@Test
	void onlyTheChairConfirmsResultsAndReopensSheets() {
		Scored scored = scored();
		long council = scored.council();
		long dossier = scored.dossier();
		List<String> m = scored.members();

		MvcTestResult chair = get(m.get(0), "/councils/" + council);
		assertThat(chair).hasStatusOk()
			.bodyText()
			.contains("id=\"results-table\"", "100,00", "Phần A: 40,00", "Phần C: 35,00", "tiềm năng 5 sao",
					"id=\"confirm-" + dossier + "\"", "reopen-form", "Chờ chủ tịch xác nhận");
		for (String reader : List.of(m.get(1), m.get(3), OFFICE)) {
			assertThat(get(reader, "/councils/" + council)).bodyText()
				.doesNotContain("id=\"confirm-" + dossier + "\"", "reopen-form");
		}
		assertThat(post(m.get(1), "/councils/" + council + "/dossiers/" + dossier + "/confirm"))
			.hasStatus(HttpStatus.FORBIDDEN);

		String reopen = "/councils/" + council + "/dossiers/" + dossier + "/reopen";
		long member = seat(council, m.get(1)).memberId();
		assertThat(post(m.get(0), reopen).param("memberId", String.valueOf(member)).param("reason", " ")).flash()
			.containsEntry("error", "Hãy nêu lý do mở lại phiếu chấm (tối đa 1.000 ký tự).");
		assertThat(post(m.get(1), reopen).param("memberId", String.valueOf(member)).param("reason", "Chấm lại"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(m.get(0), reopen).param("memberId", String.valueOf(member)).param("reason", "Thảo luận lại tiêu chí C"))
			.hasRedirectedUrl("/councils/" + council)
			.flash()
			.containsEntry("success", "Đã mở lại phiếu chấm. Thành viên đã được thông báo để chấm lại.");
		assertThat(get(m.get(0), "/councils/" + council)).bodyText().contains("Đang chấm (nháp)", "lần 2");
		assertThat(get(m.get(1), "/councils/" + council)).bodyText().contains("Tiếp tục chấm");
		submit(council, dossier, m.get(1));

		assertThat(post(m.get(0), "/councils/" + council + "/dossiers/" + dossier + "/confirm"))
			.hasRedirectedUrl("/councils/" + council)
			.flash()
			.containsEntry("success", "Đã xác nhận kết quả của “" + scored.product() + "”: 100,00 điểm, 5 sao.");
		assertThat(get(m.get(0), "/councils/" + council)).bodyText()
			.contains("Công nhận 4 sao, đề xuất Trung ương đánh giá 5 sao (tiềm năng 5 sao)", "Xác nhận bởi Thành viên 0 lúc")
			.doesNotContain("id=\"confirm-" + dossier + "\"", "reopen-form");
		assertThat(post(m.get(0), "/councils/" + council + "/dossiers/" + dossier + "/confirm")).flash().containsKey("error");
	}

	@Test
	void theMinutesDownloadAsPdfAndStrangersAreRefused() {
		Scored scored = scored();
		long council = scored.council();
		List<String> m = scored.members();
		assertThat(get(m.get(3), "/councils/" + council)).bodyText()
			.contains("Cần có ít nhất một sản phẩm đã được xác nhận kết quả")
			.doesNotContain("id=\"minutes-write\"");
		councils.confirm(council, scored.dossier(), account(m.get(0)));

		assertThat(post(m.get(1), "/councils/" + council + "/minutes")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(m.get(3), "/councils/" + council)).bodyText().contains("id=\"minutes-write\"");
		assertThat(post(m.get(3), "/councils/" + council + "/minutes")).hasRedirectedUrl("/councils/" + council)
			.flash()
			.containsEntry("success", "Đã lập biên bản lần 1.");
		String pdf = "/councils/" + council + "/minutes/1.pdf";
		assertThat(get(OFFICE, "/councils/" + council)).bodyText().contains(pdf, "Xem PDF");
		MvcTestResult download = get(OFFICE, pdf);
		assertThat(download).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("inline; filename=\"bien-ban-hoi-dong-" + council + "-lan-1.pdf\"");
		assertThat(new String(download.getResponse().getContentAsByteArray(), 0, 4, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF");
		assertThat(get(m.get(1), pdf)).hasStatusOk();
		assertThat(get(OFFICE, "/councils/" + council + "/minutes/9.pdf")).hasStatus(HttpStatus.NOT_FOUND);

		// A member of another council and the producer see none of it.
		List<String> others = members(4);
		council(demoRound(), others);
		String stranger = others.get(0);
		String declaration = "/councils/" + council + "/dossiers/" + scored.dossier() + "/declaration";
		for (String outsider : List.of(stranger, "chuthe.cambu")) {
			assertThat(get(outsider, "/councils/" + council)).hasStatus(HttpStatus.FORBIDDEN)
				.bodyText()
				.doesNotContain(scored.product());
			assertThat(get(outsider, pdf)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(get(outsider, declaration)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(post(outsider, declaration).param("conflict", "false")).hasStatus(HttpStatus.FORBIDDEN);
		}
		// The office reads the council but signs no declaration of it.
		assertThat(get(OFFICE, declaration)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theNationalOfficeCarriesAProductProposedForFiveStarsIntoItsCentralRound() {
		Scored scored = scored();
		councils.confirm(scored.council(), scored.dossier(), account(scored.members().get(0)));
		String national = newAccount(Role.PROVINCE_OFFICER, AccessScope.Level.COUNTRY, null);
		long central = rounds.open(rounds.defaults(account(national)), account(national)).id();

		assertThat(get(national, "/rounds/" + central)).hasStatusOk()
			.bodyText()
			.contains("Sản phẩm tỉnh đề xuất đánh giá 5 sao", scored.product(), "100,00",
					"value=\"" + scored.dossier() + "\"", "id=\"council-new\"");
		assertThat(get(OFFICE, "/rounds/" + central)).bodyText().doesNotContain("id=\"proposals\"", "id=\"council-new\"");
		assertThat(post(OFFICE, "/rounds/" + central + "/carry-over").param("dossierIds", String.valueOf(scored.dossier())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(national, "/rounds/" + central + "/carry-over").param("dossierIds", String.valueOf(scored.dossier())))
			.hasRedirectedUrl("/rounds/" + central)
			.flash()
			.containsEntry("success",
					"Đã đưa 1 sản phẩm vào đợt để hội đồng Trung ương đánh giá 5 sao. Chủ thể đã được thông báo.");
		assertThat(get(national, "/rounds/" + central)).bodyText()
			.contains(scored.product(), "Đã gửi lên tỉnh (1)")
			.doesNotContain("value=\"" + scored.dossier() + "\"");
	}

	static Document html(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	// --- fixtures ---------------------------------------------------------------------------------------------

	/** A council of the demo round with one dossier every scoring member submitted at full marks. */
	record Scored(long council, long dossier, String product, List<String> members) {
	}

	Scored scored() {
		long round = demoRound();
		List<String> m = members(4);
		long council = council(round, m);
		String product = "Cam bù đặc sản " + token();
		long dossier = forwarded(round, product);
		councils.assign(council, List.of(dossier), account(OFFICE));
		for (String member : m) {
			councils.declare(council, dossier, false, Set.of(), null, account(member));
		}
		for (String member : m.subList(0, 3)) {
			submit(council, dossier, member);
		}
		return new Scored(council, dossier, product, m);
	}

	void submit(long council, long dossier, String member) {
		CurrentUser user = account(member);
		ScoreSheetView sheet = councils.sheet(council, dossier, user);
		councils.saveSheet(council, dossier, sheet.version(),
				CriteriaFixtures.bestAnswers(criteria.set(dossiers.get(dossier, account(OFFICE)).criteriaSetCode())), true, user);
	}

	/** The demo round of Hà Tĩnh, open. */
	long demoRound() {
		return rounds.list(account(OFFICE))
			.stream()
			.filter(r -> r.open() && r.year() == 2026 && r.number() == 2 && "42".equals(r.provinceCode()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** A chair, two members and a secretary, from the accounts given. */
	long council(long round, List<String> m) {
		return councils.form(round, new CouncilCommand("Hội đồng " + token(), "QĐ " + token() + "/QĐ-UBND", null,
				List.of(new CouncilCommand.Seat(m.get(0), CouncilRole.CHAIR, "UBND tỉnh Hà Tĩnh"),
						new CouncilCommand.Seat(m.get(1), CouncilRole.MEMBER, "Sở Công Thương"),
						new CouncilCommand.Seat(m.get(2), CouncilRole.MEMBER, "Sở Y tế"),
						new CouncilCommand.Seat(m.get(3), CouncilRole.SECRETARY, "Văn phòng Điều phối NTM tỉnh")),
				List.of()), account(OFFICE));
	}

	/** The council form with a first seat of the given role, two members, a secretary and one advisor. */
	static MockMvcRequestBuilder councilForm(MockMvcRequestBuilder request, String name, List<String> m, String firstRole) {
		String[] roles = { firstRole, "MEMBER", "MEMBER", "SECRETARY" };
		request.param("name", name).param("decisionRef", "").param("sessionDate", "2026-06-20");
		for (int i = 0; i < 4; i++) {
			request.param("seats[" + i + "].username", m.get(i))
				.param("seats[" + i + "].role", roles[i])
				.param("seats[" + i + "].agency", i == 0 ? "Sở Nông nghiệp và Môi trường" : "Sở " + i);
		}
		return request.param("advisors[0].fullName", "Ngô Văn Tư").param("advisors[0].agency", "Trường Cao đẳng Kỹ thuật");
	}

	CouncilSeat seat(long council, String username) {
		return councils.get(council, account(OFFICE))
			.seats()
			.stream()
			.filter(s -> s.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	/** New council members of Hà Tĩnh who chose their own password, so that pages open for them. */
	List<String> members(int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(newAccount(Role.COUNCIL_MEMBER, AccessScope.Level.PROVINCE, "42"));
		}
		return names;
	}

	/** An account of the role and scope, named "Thành viên n" in the order the test makes them. */
	String newAccount(Role role, AccessScope.Level level, String unit) {
		String username = "hd" + token();
		users.create(new UserCommand(username, "Thành viên " + created++, null, null, "Sở Nông nghiệp " + username,
				Set.of(role), level, unit, PASSWORD), account("admin"));
		users.changeOwnPassword(account(username), PASSWORD, "HoiDong@2026-" + token());
		return username;
	}

	private int created;

	/** A new product of the Cam bù cooperative filed, submitted, assessed by its commune and forwarded. */
	long forwarded(long round, String name) {
		CurrentUser producer = account("chuthe.cambu");
		long product = ownProduct(name);
		long assessment = assessments.start(product, producer);
		assessments.submit(assessment, 0, CriteriaFixtures.bestAnswers(criteria.set(SelfAssessmentIntegrationTests.SET_01)),
				producer);
		long id = dossiers.file(round, new DossierData(RegistrationType.FIRST_TIME, assessment, "Nguyễn Văn Hùng",
				"Giám đốc", "0912 345 678", null, "Thôn Tân Hương", "Cam bù chín cây trồng trên đất đồi.", null, 5), producer);
		dossiers.submit(id, dossiers.get(id, producer).version(), producer);
		CurrentUser commune = account("canbo.huongson");
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		for (LocalCriterion c : LocalCriterion.values()) {
			findings.put(c, new LocalFinding("Đạt như chủ thể tự đánh giá", Agreement.AGREE, null));
		}
		dossiers.recordCommuneAssessment(id, dossiers.get(id, commune).version(),
				new CommuneAssessmentData(true, true, true, true, findings, "Đề nghị tỉnh đánh giá."), commune);
		dossiers.forward(id, dossiers.get(id, commune).version(), commune);
		return id;
	}

}
