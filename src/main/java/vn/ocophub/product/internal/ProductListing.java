package vn.ocophub.product.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.product.ProductQuery;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductSummary;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.SqlPages;
import vn.ocophub.shared.TextSearch;

/** The product list: scope, filters, accent-free word search, sorting and paging, all in one query. */
@Component
public class ProductListing {

	private static final String PHOTO = "(SELECT MIN(ph.id) FROM product_photo ph WHERE ph.product_id = product.id)";

	private final JdbcClient jdbc;

	ProductListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResult<ProductSummary> page(ProductQuery query, PageRequest page, ProducerAccess access) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, access, params);
		return SqlPages.page(jdbc, ProductStore.COLUMNS + ", " + PHOTO + " AS photo_id", "product", where, order(query),
				params, page, (rs, n) -> {
					long photo = rs.getLong("photo_id");
					Long photoId = rs.wasNull() ? null : photo;
					return summary(ProductStore.map(rs, n), photoId);
				}, !TextSearch.of(query.text()).isEmpty());
	}

	public void stream(ProductQuery query, ProducerAccess access, Consumer<ProductRow> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, access, params);
		jdbc.sql("SELECT " + ProductStore.COLUMNS + " FROM product WHERE " + where + " ORDER BY " + order(query))
			.params(params)
			.query(rs -> {
				consumer.accept(ProductStore.map(rs, 0));
			});
	}

	private static String where(ProductQuery query, ProducerAccess access, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(access.visibility("province_code", "commune_code", "producer_id"));
		params.putAll(access.visibilityParameters());
		if (notBlank(query.provinceCode())) {
			where.append(" AND province_code = :province");
			params.put("province", query.provinceCode().trim());
		}
		if (notBlank(query.communeCode())) {
			where.append(" AND commune_code = :commune");
			params.put("commune", query.communeCode().trim());
		}
		if (query.producerId() != null) {
			where.append(" AND producer_id = :producer");
			params.put("producer", query.producerId());
		}
		if (query.productSet() != null) {
			where.append(" AND product_set = :set");
			params.put("set", query.productSet().code());
		}
		else if (query.group() != null) {
			where.append(" AND product_set IN (:sets)");
			params.put("sets", Arrays.stream(ProductSet.values())
				.filter(set -> set.group() == query.group())
				.map(ProductSet::code)
				.toList());
		}
		if (query.status() != null) {
			where.append(" AND ocop_status = :status");
			params.put("status", query.status().name());
		}
		if (query.stars() != null) {
			where.append(" AND stars = :stars");
			params.put("stars", query.stars());
		}
		TextSearch text = TextSearch.of(query.text());
		if (!text.isEmpty()) {
			where.append(" AND ").append(text.condition("search_key"));
			params.putAll(text.parameters());
		}
		return where.toString();
	}

	private static String order(ProductQuery query) {
		TextSearch text = TextSearch.of(query.text());
		return switch (query.sortOrDefault()) {
			case RELEVANCE -> text.isEmpty() ? "name_key, id" : text.rank("name_key", "code") + ", name_key, id";
			case NAME -> "name_key, id";
			case CODE -> "code, id";
			case PRODUCER -> "producer_name, name_key, id";
			case STARS -> "stars DESC NULLS LAST, name_key, id";
			case UPDATED -> "updated_at DESC, id DESC";
		};
	}

	private static ProductSummary summary(ProductRow row, Long photoId) {
		return new ProductSummary(row.id(), row.code(), row.data().name(), row.data().producerId(),
				row.producerName(), row.data().productSet(), row.provinceCode(), row.provinceName(),
				row.communeCode(), row.communeName(), row.status(), row.stars(), photoId);
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
