package vn.ocophub.evaluation.web;

import java.util.List;

import vn.ocophub.evaluation.CouncilView;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.MemberProgress;
import vn.ocophub.evaluation.SheetStatus;

/**
 * One council as its member's list of work shows it: every product assigned and what the member does next on
 * it, worked out once here rather than in the template, so that the page only picks the words and the link.
 */
record MemberWork(CouncilView council, List<Item> items) {

	/** What the member does next on a product. */
	enum Next {

		/** Declare any conflict of interest (before seeing the dossier). */
		DECLARE,
		/** Declared no conflict; no sheet yet. */
		SCORE,
		/** A draft sheet to finish. */
		CONTINUE,
		/** The chair reopened the submitted sheet: a new draft revision. */
		RESCORE,
		/** Submitted and locked. */
		SUBMITTED,
		/** Declared a conflict: not scoring this product. */
		RECUSED,
		/** The secretary keeps the minutes and does not score. */
		NOT_SCORING,
		/** The result is confirmed, or the round closed, before the member submitted. */
		CLOSED;

		/** Whether the member still owes something on the product. */
		public boolean todo() {
			return this == DECLARE || this == SCORE || this == CONTINUE || this == RESCORE;
		}

	}

	/** A product assigned to the council, with the member's own progress on it and the next step. */
	record Item(CouncilView.CouncilDossier dossier, MemberProgress progress, Next next) {
	}

	MemberWork {
		items = List.copyOf(items);
	}

	static List<MemberWork> of(List<CouncilView> councils) {
		return councils.stream().map(MemberWork::of).toList();
	}

	static MemberWork of(CouncilView council) {
		long memberId = council.mySeat().memberId();
		return new MemberWork(council, council.dossiers()
			.stream()
			.map(d -> new Item(d, d.of(memberId), next(council, d, d.of(memberId))))
			.toList());
	}

	/** How many products still wait for the member. */
	public long todo() {
		return items.stream().filter(i -> i.next().todo()).count();
	}

	private static Next next(CouncilView council, CouncilView.CouncilDossier dossier, MemberProgress progress) {
		if (!council.mySeat().scores()) {
			return Next.NOT_SCORING;
		}
		if (progress != null && progress.recused()) {
			return Next.RECUSED;
		}
		if (progress != null && progress.submitted()) {
			return Next.SUBMITTED;
		}
		if (!council.roundOpen() || dossier.status() == DossierStatus.RESULT_CONFIRMED
				|| dossier.status() == DossierStatus.LAPSED) {
			return Next.CLOSED;
		}
		if (progress == null || !progress.declared()) {
			return Next.DECLARE;
		}
		if (progress.sheet() == SheetStatus.DRAFT) {
			return progress.revision() > 1 ? Next.RESCORE : Next.CONTINUE;
		}
		return Next.SCORE;
	}

}
