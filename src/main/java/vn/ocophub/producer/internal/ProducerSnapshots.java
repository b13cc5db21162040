package vn.ocophub.producer.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.ocophub.producer.ProducerData;

/**
 * A producer's fields as its history records them: field name → value, enums by name (the page translates
 * them), dates as dd/MM/yyyy, the commune with its name.
 */
public final class ProducerSnapshots {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ProducerSnapshots() {
	}

	public static Map<String, String> of(ProducerData d, String communeName) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", d.name());
		fields.put("legalType", name(d.legalType()));
		fields.put("registrationNumber", d.registrationNumber());
		fields.put("registrationDate", d.registrationDate() == null ? null : DAY.format(d.registrationDate()));
		fields.put("taxCode", d.taxCode());
		fields.put("communeCode", d.communeCode() == null ? null
				: (communeName == null ? "" : communeName + " ") + "(" + d.communeCode() + ")");
		fields.put("address", d.address());
		fields.put("representativeName", d.representativeName());
		fields.put("representativeGender", name(d.representativeGender()));
		fields.put("representativeMinority", String.valueOf(d.representativeMinority()));
		fields.put("phone", d.phone());
		fields.put("email", d.email());
		fields.put("website", d.website());
		fields.put("communityCapitalShare", number(d.communityCapitalShare()));
		fields.put("cooperativeRating", name(d.cooperativeRating()));
		fields.put("workers", d.workers() == null ? null : d.workers().toString());
		fields.put("localWorkers", d.localWorkers() == null ? null : d.localWorkers().toString());
		fields.put("status", name(d.status()));
		return fields;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String number(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

}
