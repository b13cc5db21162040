package vn.ocophub.evaluation.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.evaluation.ConflictKind;
import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.CouncilRole;
import vn.ocophub.evaluation.DossierManagement;

/**
 * A demo council's session from forming to minutes, through {@link CouncilManagement} as the people whose step it
 * is: the office forms the council and assigns the dossiers; every seat declares; every member not recused
 * submits a sheet worth the total the script gives; a divergence is reopened by the chair and re-scored; the
 * chair confirms; the secretary writes the minutes.
 */
@Component
class DemoCouncils {

	/** A dossier and the total each scoring seat gives it, in seat order (ignored for a recused seat). */
	record Scoring(long dossierId, int stars, int... totals) {
	}

	/** A member recused from one dossier. */
	record Recusal(long dossierId, String username, ConflictKind kind, String statement) {
	}

	/** A member whose sheet the chair reopens after a divergence, and the total of the re-scored sheet. */
	record Rescore(long dossierId, String username, int total, String reason) {
	}

	private final CouncilManagement councils;

	private final DossierManagement dossiers;

	private final CriteriaCatalogue criteria;

	private final DemoSteps steps;

	DemoCouncils(CouncilManagement councils, DossierManagement dossiers, CriteriaCatalogue criteria, DemoSteps steps) {
		this.councils = councils;
		this.dossiers = dossiers;
		this.criteria = criteria;
		this.steps = steps;
	}

	/** Forms the council in the round and assigns the dossiers to it. */
	long form(long round, String office, CouncilCommand command, List<Long> dossierIds) {
		long council = steps.as(office, user -> councils.form(round, command, user));
		steps.as(office, user -> councils.assign(council, dossierIds, user));
		return council;
	}

	/** The whole session: every product declared, scored and confirmed, then the minutes. */
	void sit(long council, String office, CouncilCommand command, List<Scoring> products, Recusal recusal,
			Rescore rescore) {
		for (Scoring product : products) {
			for (CouncilCommand.Seat seat : command.seats()) {
				declare(council, product.dossierId(), seat.username(), recusal);
			}
			CriteriaSet set = set(office, product.dossierId());
			List<CouncilCommand.Seat> scoring = scoring(command);
			for (int i = 0; i < scoring.size(); i++) {
				String member = scoring.get(i).username();
				if (!recused(recusal, product.dossierId(), member)) {
					score(council, set, product.dossierId(), product.stars(), member, product.totals()[i], i * 5, true);
				}
			}
			if (rescore != null && rescore.dossierId() == product.dossierId()) {
				rescore(council, set, product, rescore, command);
			}
			steps.as(seat(command, CouncilRole.CHAIR), user -> councils.confirm(council, product.dossierId(), user));
		}
		steps.as(seat(command, CouncilRole.SECRETARY), user -> councils.writeMinutes(council, user));
	}

	/** The member's signed declaration: a conflict when the script recuses the member, none otherwise. */
	void declare(long council, long dossier, String member, Recusal recusal) {
		boolean conflict = recused(recusal, dossier, member);
		steps.as(member, user -> councils.declare(council, dossier, conflict, conflict ? Set.of(recusal.kind()) : Set.of(),
				conflict ? recusal.statement() : null, user));
	}

	/** Saves the member's sheet worth {@code total}; submitted or left as a draft. */
	void score(long council, String office, long dossier, int stars, String member, int total, int offset,
			boolean submit) {
		score(council, set(office, dossier), dossier, stars, member, total, offset, submit);
	}

	private void score(long council, CriteriaSet set, long dossier, int stars, String member, int total, int offset,
			boolean submit) {
		steps.as(member, user -> councils.saveSheet(council, dossier, -1, DemoAnswers.forTotal(set, stars, total, offset),
				submit, user));
	}

	private void rescore(long council, CriteriaSet set, Scoring product, Rescore rescore, CouncilCommand command) {
		long dossier = product.dossierId();
		long memberId = steps.as(rescore.username(), user -> councils.sheet(council, dossier, user).seat().memberId());
		steps.as(seat(command, CouncilRole.CHAIR),
				user -> {
					councils.reopen(council, dossier, memberId, rescore.reason(), user);
					return null;
				});
		steps.as(rescore.username(), user -> councils.saveSheet(council, dossier,
				councils.sheet(council, dossier, user).version(),
				DemoAnswers.forTotal(set, product.stars(), rescore.total(), 3), true, user));
	}

	private CriteriaSet set(String office, long dossier) {
		return criteria.set(steps.as(office, user -> dossiers.get(dossier, user).criteriaSetCode()));
	}

	private static boolean recused(Recusal recusal, long dossier, String member) {
		return recusal != null && recusal.dossierId() == dossier && recusal.username().equals(member);
	}

	static List<CouncilCommand.Seat> scoring(CouncilCommand command) {
		return command.seats().stream().filter(s -> s.role() != CouncilRole.SECRETARY).toList();
	}

	static String seat(CouncilCommand command, CouncilRole role) {
		return command.seats().stream().filter(s -> s.role() == role).findFirst().orElseThrow().username();
	}

}
