package vn.ocophub.producer.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerQuery;
import vn.ocophub.producer.ProducerSummary;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.SqlPages;
import vn.ocophub.shared.TextSearch;

/** The producer list: scope, filters, accent-free word search, sorting and paging, all in one query. */
@Component
public class ProducerListing {

	private final JdbcClient jdbc;

	ProducerListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResult<ProducerSummary> page(ProducerQuery query, PageRequest page, ProducerAccess access) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, access, params);
		return SqlPages.page(jdbc, ProducerStore.COLUMNS, "producer", where, order(query), params, page,
				(rs, n) -> summary(ProducerStore.map(rs, n)), !TextSearch.of(query.text()).isEmpty());
	}

	public void stream(ProducerQuery query, ProducerAccess access, Consumer<ProducerRow> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, access, params);
		jdbc.sql("SELECT " + ProducerStore.COLUMNS + " FROM producer WHERE " + where + " ORDER BY " + order(query))
			.params(params)
			.query(rs -> {
				consumer.accept(ProducerStore.map(rs, 0));
			});
	}

	private static String where(ProducerQuery query, ProducerAccess access, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(access.visibility("province_code", "commune_code", "id"));
		params.putAll(access.visibilityParameters());
		if (notBlank(query.provinceCode())) {
			where.append(" AND province_code = :province");
			params.put("province", query.provinceCode().trim());
		}
		if (notBlank(query.communeCode())) {
			where.append(" AND commune_code = :commune");
			params.put("commune", query.communeCode().trim());
		}
		if (query.legalType() != null) {
			where.append(" AND legal_type = :legalType");
			params.put("legalType", query.legalType().name());
		}
		if (query.status() != null) {
			where.append(" AND status = :status");
			params.put("status", query.status().name());
		}
		TextSearch text = TextSearch.of(query.text());
		if (!text.isEmpty()) {
			where.append(" AND ").append(text.condition("search_key"));
			params.putAll(text.parameters());
		}
		return where.toString();
	}

	private static String order(ProducerQuery query) {
		TextSearch text = TextSearch.of(query.text());
		return switch (query.sortOrDefault()) {
			case RELEVANCE -> text.isEmpty() ? "name_key, id"
					: text.rank("name_key", "registration_number") + ", name_key, id";
			case NAME -> "name_key, id";
			case REGISTRATION -> "registration_number, id";
			case COMMUNE -> "province_name, commune_name, name_key, id";
			case UPDATED -> "updated_at DESC, id DESC";
		};
	}

	private static ProducerSummary summary(ProducerRow row) {
		var d = row.data();
		return new ProducerSummary(row.id(), d.name(), d.legalType(), d.registrationNumber(), d.taxCode(),
				row.provinceCode(), row.provinceName(), d.communeCode(), row.communeName(), d.address(),
				d.representativeName(), d.status());
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
