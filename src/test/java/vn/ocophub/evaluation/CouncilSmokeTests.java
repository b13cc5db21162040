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

	@Test
	void smoke() {
		var office = account("vanphong.hatinh");
		RoundView round = rounds.list(office).stream().filter(RoundView::open).findFirst().orElseThrow();
		DossierRow forwarded = dossiers.board(round.id(), new BoardQuery(DossierStatus.FORWARDED, null), office).get(0);
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
		ProductResult result = councils.results(round.id(), office).get(0);
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

}
