package vn.ocophub.evaluation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.BusinessRuleViolation;

/**
 * Saving a dossier after a step and writing the step down, the same way for the dossier's own steps and for the
 * council's: a dossier changed meanwhile is refused with the concurrent-edit message; every step goes to the
 * dossier's history (who, when, from, to, why) and to the audit trail ({@code DOSSIER_<STATUS>}).
 */
@Component
public class DossierSteps {

	private final DossierRepository dossiers;

	private final DossierRecords records;

	private final AuditTrail audit;

	private final Clock clock;

	DossierSteps(DossierRepository dossiers, DossierRecords records, AuditTrail audit, Clock clock) {
		this.dossiers = dossiers;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/** Saves the dossier at the version it was read. */
	public Dossier save(Dossier dossier) {
		try {
			return dossiers.save(dossier);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new BusinessRuleViolation(DossierManagement.Errors.CONCURRENT_EDIT);
		}
	}

	/** Writes a step of a saved dossier to its history and to the audit trail, with details for the audit. */
	public void record(Dossier dossier, Dossier.Step step, String actor, List<FieldChange> details) {
		records.addEvent(dossier.id(), OffsetDateTime.now(clock), actor, step.from(), step.to(), step.reason());
		List<FieldChange> changes = new ArrayList<>();
		changes.add(new FieldChange("status", step.from() == null ? null : step.from().name(), step.to().name()));
		if (step.reason() != null) {
			changes.add(new FieldChange("reason", null, step.reason()));
		}
		changes.addAll(details);
		audit.recordChanges("DOSSIER_" + step.to().name(), DossierManagement.AUDIT_TYPE, String.valueOf(dossier.id()),
				dossier.provinceCode(), changes);
	}

}
