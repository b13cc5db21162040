package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.shared.AccessScope;

@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class CouncilSmokeTests extends EvaluationIntegrationSupport {

	@Autowired
	CouncilManagement councils;

	@Autowired
	RoundManagement rounds;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	UserManagement users;

	@Autowired
	CriteriaCatalogue criteria;

	@Autowired
	SelfAssessmentManagement assessments;

	@Test
	void smoke() {
		var office = account("vanphong.hatinh");
		// A round and a forwarded dossier of its own: the demo round's forwarded dossier stays as the demo test expects.
		RoundView round = rounds.open(rounds.defaults(office), office);
		DossierRow forwarded = forwarded(round.id());
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String username = "smoke" + token();
			users.create(new UserCommand(username, "Thành viên " + i, null, null, "Sở " + i, Set.of(Role.COUNCIL_MEMBER),
					AccessScope.Level.PROVINCE, "42", PASSWORD), account("admin"));
			names.add(username);
		}
		long id = councils.form(round.id(), new CouncilCommand("Hội đồng thử", "QĐ 1/QĐ-UBND", null,
				List.of(new CouncilCommand.Seat(names.get(0), CouncilRole.CHAIR, "UBND tỉnh"),
						new CouncilCommand.Seat(names.get(1), CouncilRole.MEMBER, "Sở Công Thương"),
						new CouncilCommand.Seat(names.get(2), CouncilRole.MEMBER, "Sở Y tế"),
						new CouncilCommand.Seat(names.get(3), CouncilRole.SECRETARY, "VP NTM")),
				List.of(new CouncilCommand.Advisor("Tư vấn A", "Trường CĐ", "Kiểm tra mẫu"))), office);
		assertThat(councils.assign(id, List.of(forwarded.id()), office)).isEqualTo(1);
		councils.declare(id, forwarded.id(), false, Set.of(), null, account(names.get(0)));
		councils.declare(id, forwarded.id(), false, Set.of(), null, account(names.get(1)));
		councils.declare(id, forwarded.id(), true, Set.of(ConflictKind.KINSHIP), "Anh ruột giám đốc", account(names.get(2)));
		Map<String, String> best = new LinkedHashMap<>(CriteriaFixtures.bestAnswers(criteria.set(dossiers.get(forwarded.id(), office).criteriaSetCode())));
		ScoreSheetView sheet = councils.sheet(id, forwarded.id(), account(names.get(0)));
		assertThat(sheet.version()).isEqualTo(-1);
		sheet = councils.saveSheet(id, forwarded.id(), -1, best, false, account(names.get(0)));
		sheet = councils.saveSheet(id, forwarded.id(), sheet.version(), best, true, account(names.get(0)));
		councils.saveSheet(id, forwarded.id(), -1, best, true, account(names.get(1)));
		ProductResult result = councils.results(round.id(), office)
			.stream()
			.filter(r -> r.dossierId() == forwarded.id())
			.findFirst()
			.orElseThrow();
		assertThat(result.counted()).isEqualTo(2);
		assertThat(result.flags()).isEmpty();
		councils.reopen(id, forwarded.id(), sheet.seat().memberId(), "Thảo luận lại", account(names.get(0)));
		councils.saveSheet(id, forwarded.id(), councils.sheet(id, forwarded.id(), account(names.get(0))).version(), best, true,
				account(names.get(0)));
		ProductResult confirmed = councils.confirm(id, forwarded.id(), account(names.get(0)));
		assertThat(confirmed.confirmed()).isTrue();
		int edition = councils.writeMinutes(id, account(names.get(3)));
		assertThat(councils.minutes(id, edition, office)).startsWith("%PDF".getBytes());
		System.out.println("SMOKE " + confirmed);
	}

	/** A new product of the Cam bù cooperative filed in the round and forwarded by Hương Sơn's officer. */
	DossierRow forwarded(long round) {
		var producer = account("chuthe.cambu");
		long assessment = assessments.start(ownProduct("Quả tươi hội đồng thử " + token()), producer);
		String set = assessments.get(assessment, producer).criteriaSetCode();
		assessments.submit(assessment, 0, CriteriaFixtures.bestAnswers(criteria.set(set)), producer);
		long id = dossiers.file(round, new DossierData(RegistrationType.FIRST_TIME, assessment, "Phạm Thị Cam", null,
				"0977 212 221", null, "Xã Hương Sơn, Tỉnh Hà Tĩnh", "Quả tươi thử hội đồng.", null, 5), producer);
		dossiers.submit(id, dossiers.get(id, producer).version(), producer);
		var commune = account("canbo.huongson");
		Map<LocalCriterion, LocalFinding> findings = new java.util.EnumMap<>(LocalCriterion.class);
		for (LocalCriterion criterion : LocalCriterion.values()) {
			findings.put(criterion, new LocalFinding("Đúng như hồ sơ.", Agreement.AGREE, null));
		}
		dossiers.recordCommuneAssessment(id, dossiers.get(id, commune).version(),
				new CommuneAssessmentData(true, true, true, true, findings, "Đề nghị tỉnh đánh giá."), commune);
		dossiers.forward(id, dossiers.get(id, commune).version(), commune);
		return dossiers.board(round, new BoardQuery(DossierStatus.FORWARDED, null), account("vanphong.hatinh")).get(0);
	}

}
