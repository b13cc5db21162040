package vn.ocophub.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.shared.error.BusinessRuleViolation;

/** Every action from every status: the legal steps land where they should, every other one is refused. */
class DossierTransitionsTests {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T09:00:00+07:00");

	/** action → (statuses it may start from, status it leads to). */
	static final Map<String, Map.Entry<Set<DossierStatus>, DossierStatus>> LEGAL = Map.of(
			"submit", Map.entry(EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED), DossierStatus.SUBMITTED),
			"return", Map.entry(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.COMMUNE_ASSESSED), DossierStatus.RETURNED),
			"assess", Map.entry(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.COMMUNE_ASSESSED), DossierStatus.COMMUNE_ASSESSED),
			"forward", Map.entry(EnumSet.of(DossierStatus.COMMUNE_ASSESSED), DossierStatus.FORWARDED),
			"assign", Map.entry(EnumSet.of(DossierStatus.FORWARDED), DossierStatus.ASSIGNED),
			"score", Map.entry(EnumSet.of(DossierStatus.ASSIGNED), DossierStatus.SCORED),
			"reopen", Map.entry(EnumSet.of(DossierStatus.SCORED), DossierStatus.ASSIGNED),
			"confirm", Map.entry(EnumSet.of(DossierStatus.ASSIGNED, DossierStatus.SCORED), DossierStatus.RESULT_CONFIRMED),
			"lapse", Map.entry(EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED), DossierStatus.LAPSED));

	static final Map<String, BiConsumer<Dossier, String>> ACTIONS = Map.of(
			"submit", (d, actor) -> d.submit(actor, NOW),
			"return", (d, actor) -> d.returnForCompletion("Thiếu giấy chứng nhận ATTP", actor, NOW),
			"assess", (d, actor) -> d.recordCommuneAssessment(actor, NOW),
			"forward", (d, actor) -> d.forward(actor, NOW),
			"assign", (d, actor) -> d.assignToCouncil(actor, NOW),
			"score", (d, actor) -> d.markScored(actor, NOW),
			"reopen", (d, actor) -> d.reopenScoring("Điểm chênh lệch quá 10", actor, NOW),
			"confirm", (d, actor) -> d.confirmResult(actor, NOW),
			"lapse", (d, actor) -> d.lapse("Đợt đã đóng", actor, NOW));

	@Test
	void takesEveryLegalStepAndRefusesEveryOther() throws Exception {
		int legal = 0;
		int refused = 0;
		for (DossierStatus from : DossierStatus.values()) {
			for (var action : ACTIONS.entrySet()) {
				Dossier dossier = in(from);
				var rule = LEGAL.get(action.getKey());
				if (rule.getKey().contains(from)) {
					action.getValue().accept(dossier, "canbo.huongson");
					assertThat(dossier.status()).as("%s from %s", action.getKey(), from).isEqualTo(rule.getValue());
					legal++;
				}
				else {
					assertThatThrownBy(() -> action.getValue().accept(dossier, "canbo.huongson"))
						.as("%s from %s", action.getKey(), from)
						.isInstanceOfSatisfying(BusinessRuleViolation.class, ex -> assertThat(ex.errorCode())
							.isEqualTo(DossierManagement.Errors.ILLEGAL_TRANSITION));
					assertThat(dossier.status()).isEqualTo(from);
					refused++;
				}
			}
		}
		assertThat(legal).isEqualTo(14);
		assertThat(refused).isEqualTo(DossierStatus.values().length * ACTIONS.size() - 14);
	}

	@Test
	void keepsTheStepWithItsReasonForTheHistory() throws Exception {
		Dossier dossier = in(DossierStatus.SUBMITTED);
		dossier.returnForCompletion("Thiếu mẫu", "canbo.huongson", NOW);
		assertThat(dossier.lastStep())
			.isEqualTo(new Dossier.Step(DossierStatus.SUBMITTED, DossierStatus.RETURNED, "Thiếu mẫu"));
		assertThat(dossier.statusChangedAt()).isEqualTo(NOW);
	}

	@Test
	void aCorrectedCommuneAssessmentIsNoNewStep() throws Exception {
		Dossier dossier = in(DossierStatus.COMMUNE_ASSESSED);
		dossier.recordCommuneAssessment("canbo.huongson", NOW);
		assertThat(dossier.lastStep()).isNull();
		assertThat(dossier.status()).isEqualTo(DossierStatus.COMMUNE_ASSESSED);
	}

	@Test
	void onlyADraftOrReturnedDossierIsEdited() throws Exception {
		for (DossierStatus status : DossierStatus.values()) {
			Dossier dossier = in(status);
			if (status == DossierStatus.DRAFT || status == DossierStatus.RETURNED) {
				dossier.edit(data(), "QD148-2023-01", "chuthe.cambu", NOW);
				assertThat(dossier.data().sampleCount()).isEqualTo(5);
			}
			else {
				assertThatThrownBy(() -> dossier.edit(data(), "QD148-2023-01", "chuthe.cambu", NOW))
					.isInstanceOf(BusinessRuleViolation.class);
			}
		}
	}

	static Dossier in(DossierStatus status) throws Exception {
		Dossier dossier = Dossier.draft(1, new Dossier.ProductFacts(7, "42-18133-0001", "Cam bù Hương Sơn", 3,
				"HTX Cam bù Hương Sơn", "42", "18133", "Xã Hương Sơn"), data(), "QD148-2023-01", "chuthe.cambu", NOW);
		Field field = Dossier.class.getDeclaredField("status");
		field.setAccessible(true);
		field.set(dossier, status.name());
		return dossier;
	}

	static DossierData data() {
		return new DossierData(RegistrationType.FIRST_TIME, 11L, "Nguyễn Văn An", "Giám đốc", "0912 345 678", null,
				"Thôn 1, xã Hương Sơn", "Cam bù chín cây", null, 5);
	}

}
