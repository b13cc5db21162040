package vn.ocophub.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocophub.shared.AccessScope;

/**
 * What a user may see and change in the registries: officers (and other readers) everything in their scope,
 * producer accounts only the producers they act for. Built by {@link ProducerManagement#access}; the product
 * registry uses the same rules.
 *
 * @param scope the user's scope
 * @param officer whether the user registers and edits producers and products in the scope
 * @param reader whether the user reads everything in the scope (officers, council members)
 * @param ownProducers the producers a producer account acts for
 * @param actor the username, for the audit trail
 */
public record ProducerAccess(AccessScope scope, boolean officer, boolean reader, Set<Long> ownProducers,
		String actor) {

	public ProducerAccess {
		ownProducers = Set.copyOf(ownProducers);
	}

	public boolean canSee(long producerId, String provinceCode, String communeCode) {
		return (reader || officer) && scope.covers(provinceCode, communeCode) || ownProducers.contains(producerId);
	}

	public boolean canEdit(long producerId, String provinceCode, String communeCode) {
		return officer && scope.covers(provinceCode, communeCode) || ownProducers.contains(producerId);
	}

	/** Whether the user may register new producers (in the scope). */
	public boolean canRegister() {
		return officer;
	}

	/**
	 * The SQL condition that limits a query to what this user may see, over the given columns, with the
	 * parameters of {@link #visibilityParameters()}.
	 */
	public String visibility(String provinceColumn, String communeColumn, String producerIdColumn) {
		List<String> any = new ArrayList<>();
		if (reader || officer) {
			any.add(switch (scope.level()) {
				case COUNTRY -> "1 = 1";
				case PROVINCE -> provinceColumn + " = :scopeProvince";
				case COMMUNE -> "(" + provinceColumn + " = :scopeProvince AND " + communeColumn + " = :scopeCommune)";
			});
		}
		if (!ownProducers.isEmpty()) {
			any.add(producerIdColumn + " IN (:ownProducers)");
		}
		return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
	}

	public Map<String, Object> visibilityParameters() {
		Map<String, Object> params = new HashMap<>();
		if (scope.provinceCode() != null) {
			params.put("scopeProvince", scope.provinceCode());
		}
		if (scope.communeCode() != null) {
			params.put("scopeCommune", scope.communeCode());
		}
		if (!ownProducers.isEmpty()) {
			params.put("ownProducers", List.copyOf(ownProducers));
		}
		return params;
	}

	/** Whether the user sees anything at all. */
	public boolean seesAnything() {
		return reader || officer || !ownProducers.isEmpty();
	}

}
