package vn.ocophub.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import vn.ocophub.evaluation.ScoreSheetFixtures;
import vn.ocophub.identity.CurrentUser;

/**
 * Confirmed council results of Hà Tĩnh made for the test that uses them: new products of the Cam bù cooperative
 * (the producer of {@code chuthe.cambu}) in a round and council of their own, every sheet at full points, confirmed
 * by the chair. The demo's confirmed results may already be in demo decisions, so no test relies on them.
 */
public final class RecognitionFixtures {

	public static final String OFFICE = "vanphong.hatinh";

	private final ScoreSheetFixtures evaluation;

	private final RecognitionManagement recognitions;

	private final Clock clock;

	public RecognitionFixtures(ApplicationContext context) {
		this.evaluation = new ScoreSheetFixtures(context);
		this.recognitions = context.getBean(RecognitionManagement.class);
		this.clock = context.getBean(Clock.class);
	}

	/** The dossier ids of {@code count} new confirmed results, now candidates of the Hà Tĩnh office. */
	public List<Long> confirmedResults(int count) {
		return evaluation.confirmedResults(count);
	}

	/** A signed decision of the Hà Tĩnh office on new results, dated today. */
	public DecisionView signedDecision(int products) {
		CurrentUser office = account(OFFICE);
		long id = recognitions.draft(DecisionCommand.empty(), confirmedResults(products), office);
		return recognitions.sign(id, recognitions.get(id, office).version(),
				new DecisionCommand(uniqueNumber(), today(), "Nguyễn Văn Ký", "Phó Chủ tịch"), office);
	}

	/** The product of a result still waiting for a decision. */
	String productName(long dossier) {
		return recognitions.candidates(account(OFFICE))
			.stream()
			.filter(r -> r.dossierId() == dossier)
			.findFirst()
			.orElseThrow()
			.productName();
	}

	/** Today in Vietnam, as the services see it. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	static String uniqueNumber() {
		return ScoreSheetFixtures.token().toUpperCase() + "/QĐ-UBND";
	}

	CurrentUser account(String username) {
		return evaluation.account(username);
	}

}
