package vn.ocophub.certificate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocophub.certificate.CatalogueQuery;
import vn.ocophub.certificate.CataloguePlace;
import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.CertifiedProduct;
import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductSet;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.SqlPages;
import vn.ocophub.shared.TextSearch;

/**
 * The SQL of the public catalogue, over the certificate table alone (it names product, producer and places as
 * issued). "In force" is a status of VALID or EXPIRING with the last valid day not past, so that a certificate the
 * daily job has not yet marked expired never shows.
 */
@Repository
public class CatalogueRecords {

	static final String IN_FORCE = "certificate.status IN ('VALID', 'EXPIRING') AND certificate.valid_until >= :today";

	private static final String COLUMNS = """
			certificate.id, certificate.number, certificate.product_id, certificate.product_name, certificate.stars,
			certificate.product_set, certificate.product_group, certificate.producer_id, certificate.producer_name,
			certificate.province_code, certificate.province_name, certificate.commune_code, certificate.commune_name,
			certificate.valid_from, certificate.valid_until""";

	private final JdbcClient jdbc;

	CatalogueRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResult<CertifiedProduct> search(CatalogueQuery query, LocalDate today, PageRequest page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		where.add(IN_FORCE);
		params.put("today", today);
		TextSearch search = TextSearch.of(query.text());
		if (!search.isEmpty()) {
			// The number's words are in the search key: no OR on another column, which would keep the trigram
			// index from serving the search.
			where.add(search.condition("certificate.search_key"));
			params.putAll(search.parameters());
		}
		if (query.stars() != null) {
			where.add("certificate.stars = :stars");
			params.put("stars", query.stars());
		}
		if (query.productSet() != null) {
			where.add("certificate.product_set = :set");
			params.put("set", query.productSet().code());
		}
		else if (query.group() != null) {
			where.add("certificate.product_group = :group");
			params.put("group", query.group().name());
		}
		if (query.provinceCode() != null) {
			where.add("certificate.province_code = :province");
			params.put("province", query.provinceCode());
		}
		if (query.communeCode() != null) {
			where.add("certificate.commune_code = :commune");
			params.put("commune", query.communeCode());
		}
		if (query.producerId() != null) {
			where.add("certificate.producer_id = :producer");
			params.put("producer", query.producerId());
		}
		String order = switch (query.sort()) {
			case RELEVANCE -> search.isEmpty() ? newest()
					: search.rank("certificate.name_key", "certificate.number")
							+ ", certificate.stars DESC, certificate.name_key, certificate.id";
			case NAME -> "certificate.name_key, certificate.id";
			case STARS -> "certificate.stars DESC, certificate.name_key, certificate.id";
			case NEWEST -> newest();
		};
		return SqlPages.page(jdbc, COLUMNS, "certificate", String.join(" AND ", where), order, params, page,
				mapper(today), !search.isEmpty());
	}

	private static String newest() {
		return "certificate.valid_from DESC, certificate.id DESC";
	}

	public Optional<CertifiedProduct> product(long productId, LocalDate today) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE certificate.product_id = :product AND " + IN_FORCE
				+ " ORDER BY certificate.valid_from DESC, certificate.id DESC LIMIT 1")
			.param("product", productId)
			.param("today", today)
			.query(mapper(today))
			.optional();
	}

	public Map<Integer, Long> countsByStars(String provinceCode, LocalDate today) {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		for (int stars = 5; stars >= 3; stars--) {
			counts.put(stars, 0L);
		}
		jdbc.sql("SELECT certificate.stars, COUNT(*) FROM certificate WHERE " + IN_FORCE
				+ " AND (CAST(:province AS VARCHAR) IS NULL OR certificate.province_code = :province)"
				+ " GROUP BY certificate.stars")
			.param("today", today)
			.param("province", provinceCode)
			.query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return counts;
	}

	public List<CataloguePlace> provinces(LocalDate today) {
		return jdbc.sql("SELECT certificate.province_code, MIN(certificate.province_name), COUNT(*) FROM certificate WHERE "
				+ IN_FORCE + " GROUP BY certificate.province_code ORDER BY certificate.province_code")
			.param("today", today)
			.query((rs, n) -> new CataloguePlace(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	public List<CataloguePlace> communes(String provinceCode, LocalDate today) {
		return jdbc.sql("SELECT certificate.commune_code, MIN(certificate.commune_name) AS name, COUNT(*) FROM certificate"
				+ " WHERE " + IN_FORCE + " AND certificate.province_code = :province"
				+ " GROUP BY certificate.commune_code ORDER BY name")
			.param("today", today)
			.param("province", provinceCode)
			.query((rs, n) -> new CataloguePlace(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	static org.springframework.jdbc.core.RowMapper<CertifiedProduct> mapper(LocalDate today) {
		return (rs, n) -> product(rs, today);
	}

	static CertifiedProduct product(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate until = rs.getObject("valid_until", LocalDate.class);
		return new CertifiedProduct(rs.getLong("product_id"), rs.getString("product_name"), rs.getInt("stars"),
				ProductSet.ofCode(rs.getString("product_set")).orElse(null),
				ProductGroup.valueOf(rs.getString("product_group")), rs.getLong("producer_id"),
				rs.getString("producer_name"), rs.getString("province_code"), rs.getString("province_name"),
				rs.getString("commune_code"), rs.getString("commune_name"), rs.getLong("id"), rs.getString("number"),
				CertificateStatus.on(today, until, false, false), rs.getObject("valid_from", LocalDate.class), until);
	}

}
