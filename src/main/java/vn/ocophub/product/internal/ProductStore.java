package vn.ocophub.product.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.shared.VietText;

/** SQL of the product table; the same parameter mapping serves a form's save and an import's batches. */
@Repository
public class ProductStore {

	public static final String COLUMNS = """
			id, code, name, producer_id, producer_name, province_code, commune_code, province_name, commune_name,
			product_set, description, brand, geographical_indication, packaging, label_info, story, usage_guide,
			raw_material_origin, local_material_share, production_capacity, linkage_contracts,
			distribution_channels, export_markets, ocop_status, stars, rated_year, created_at, created_by,
			updated_at, updated_by, version""";

	private static final String INSERT = """
			INSERT INTO product (code, name, producer_id, producer_name, province_code, commune_code, province_name,
			    commune_name, product_set, description, brand, geographical_indication, packaging, label_info, story,
			    usage_guide, raw_material_origin, local_material_share, production_capacity, linkage_contracts,
			    distribution_channels, export_markets, ocop_status, name_key, search_key, created_at, created_by,
			    updated_at, updated_by, version)
			VALUES (:code, :name, :producerId, :producerName, :provinceCode, :communeCode, :provinceName,
			    :communeName, :productSet, :description, :brand, :geographicalIndication, :packaging, :labelInfo,
			    :story, :usageGuide, :rawMaterialOrigin, :localMaterialShare, :productionCapacity,
			    :linkageContracts, :channels, :exportMarkets, 'IDEA', :nameKey, :searchKey, :at, :actor, :at, :actor,
			    0)""";

	private static final String UPDATE = """
			UPDATE product SET name = :name, producer_id = :producerId, producer_name = :producerName,
			    province_code = :provinceCode, commune_code = :communeCode, province_name = :provinceName,
			    commune_name = :communeName, product_set = :productSet, description = :description, brand = :brand,
			    geographical_indication = :geographicalIndication, packaging = :packaging, label_info = :labelInfo,
			    story = :story, usage_guide = :usageGuide, raw_material_origin = :rawMaterialOrigin,
			    local_material_share = :localMaterialShare, production_capacity = :productionCapacity,
			    linkage_contracts = :linkageContracts, distribution_channels = :channels,
			    export_markets = :exportMarkets, name_key = :nameKey, search_key = :searchKey, updated_at = :at,
			    updated_by = :actor, version = version + 1
			WHERE id = :id AND version = :version""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	ProductStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** A product to write, with its producer's name and place as they are now. */
	public record Write(long id, long version, String code, ProductData data, String producerName,
			String provinceCode, String provinceName, String communeCode, String communeName) {
	}

	public long insert(Write write, String actor, OffsetDateTime at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		named.update(INSERT, params(write, actor, at), keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	public boolean update(Write write, String actor, OffsetDateTime at) {
		return named.update(UPDATE, params(write, actor, at)) == 1;
	}

	public void insertAll(List<Write> writes, String actor, OffsetDateTime at) {
		if (!writes.isEmpty()) {
			named.batchUpdate(INSERT, writes.stream().map(w -> params(w, actor, at)).toArray(MapSqlParameterSource[]::new));
		}
	}

	public int updateAll(List<Write> writes, String actor, OffsetDateTime at) {
		if (writes.isEmpty()) {
			return 0;
		}
		int updated = 0;
		for (int count : named.batchUpdate(UPDATE,
				writes.stream().map(w -> params(w, actor, at)).toArray(MapSqlParameterSource[]::new))) {
			updated += count == 1 || count == Statement.SUCCESS_NO_INFO ? 1 : 0;
		}
		return updated;
	}

	public Optional<ProductRow> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE id = :id").param("id", id).query(ProductStore::map)
			.optional();
	}

	public List<ProductRow> findAll(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE id IN (:ids)").param("ids", List.copyOf(ids))
			.query(ProductStore::map)
			.list();
	}

	public Map<String, Long> idsByCode(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("SELECT code, id FROM product WHERE code IN (:codes)").param("codes", List.copyOf(codes)).query(rs -> {
			ids.put(rs.getString(1), rs.getLong(2));
		});
		return ids;
	}

	public boolean codeExists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM product WHERE code = :code").param("code", code).query(Long.class)
			.single() > 0;
	}

	/** Id of the producer's product with this accent-free name, if any. */
	public Optional<Long> idByName(long producerId, String nameKey) {
		return jdbc.sql("SELECT id FROM product WHERE producer_id = :producer AND name_key = :key")
			.param("producer", producerId)
			.param("key", nameKey)
			.query(Long.class)
			.optional();
	}

	/** The highest sequence number used under a code prefix such as "42-18133-". */
	public int lastSequence(String prefix) {
		return jdbc.sql("SELECT code FROM product WHERE code LIKE :prefix")
			.param("prefix", prefix + "%")
			.query(String.class)
			.list()
			.stream()
			.map(code -> code.substring(prefix.length()))
			.filter(rest -> rest.matches("\\d{1,9}"))
			.mapToInt(Integer::parseInt)
			.max()
			.orElse(0);
	}

	/** Every product's code, producer, name key and version, for checking a whole import at once. */
	public void forEachKey(Consumer<Key> consumer) {
		jdbc.sql("SELECT id, code, producer_id, name_key, version FROM product").query(rs -> {
			consumer.accept(new Key(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5)));
		});
	}

	/** The identifying columns of a product. */
	public record Key(long id, String code, long producerId, String nameKey, long version) {
	}

	/** Follows a producer's new name and place in the copies its products keep. */
	public void producerMoved(long producerId, String producerName, String provinceCode, String provinceName,
			String communeCode, String communeName) {
		jdbc.sql("""
				UPDATE product SET producer_name = :name, province_code = :province, province_name = :provinceName,
				    commune_code = :commune, commune_name = :communeName
				WHERE producer_id = :producer""")
			.param("name", producerName)
			.param("province", provinceCode)
			.param("provinceName", provinceName)
			.param("commune", communeCode)
			.param("communeName", communeName)
			.param("producer", producerId)
			.update();
		// The search key holds the producer's name and commune: rebuild it from the stored rows.
		List<ProductRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM product WHERE producer_id = :producer")
			.param("producer", producerId)
			.query(ProductStore::map)
			.list();
		for (ProductRow row : rows) {
			jdbc.sql("UPDATE product SET search_key = :key WHERE id = :id")
				.param("key", searchKey(row.code(), row.data(), row.producerName(), row.communeName(),
						row.provinceName()))
				.param("id", row.id())
				.update();
		}
	}

	/** Sets the OCOP status and stars (by the evaluation and certificate capabilities, and demo data). */
	public void setStatus(long id, ProductStatus status, Integer stars, Integer ratedYear) {
		jdbc.sql("UPDATE product SET ocop_status = :status, stars = :stars, rated_year = :year WHERE id = :id")
			.param("status", status.name())
			.param("stars", stars)
			.param("year", ratedYear)
			.param("id", id)
			.update();
	}

	static MapSqlParameterSource params(Write w, String actor, OffsetDateTime at) {
		ProductData d = w.data();
		Map<String, Object> values = new HashMap<>();
		values.put("id", w.id());
		values.put("version", w.version());
		values.put("code", w.code());
		values.put("name", d.name());
		values.put("producerId", d.producerId());
		values.put("producerName", w.producerName());
		values.put("provinceCode", w.provinceCode());
		values.put("communeCode", w.communeCode());
		values.put("provinceName", w.provinceName());
		values.put("communeName", w.communeName());
		values.put("productSet", d.productSet().code());
		values.put("description", d.description());
		values.put("brand", d.brand());
		values.put("geographicalIndication", d.geographicalIndication());
		values.put("packaging", d.packaging());
		values.put("labelInfo", d.labelInfo());
		values.put("story", d.story());
		values.put("usageGuide", d.usageGuide());
		values.put("rawMaterialOrigin", d.rawMaterialOrigin());
		values.put("localMaterialShare", d.localMaterialShare());
		values.put("productionCapacity", d.productionCapacity());
		values.put("linkageContracts", d.linkageContracts());
		values.put("channels", channels(d.channels()));
		values.put("exportMarkets", d.exportMarkets());
		values.put("nameKey", VietText.searchKey(d.name()));
		values.put("searchKey", searchKey(w.code(), d, w.producerName(), w.communeName(), w.provinceName()));
		values.put("at", at);
		values.put("actor", actor);
		return new MapSqlParameterSource(values);
	}

	static String searchKey(String code, ProductData d, String producerName, String communeName, String provinceName) {
		return VietText.searchKeyOf(1500, d.name(), code, producerName, d.brand(), d.geographicalIndication(),
				VietText.withoutUnitType(communeName), VietText.withoutUnitType(provinceName));
	}

	private static String channels(Set<DistributionChannel> channels) {
		return channels.isEmpty() ? null
				: channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	public static ProductRow map(ResultSet rs, int n) throws SQLException {
		String channelText = rs.getString("distribution_channels");
		Set<DistributionChannel> channels = channelText == null ? Set.of()
				: Arrays.stream(channelText.split(","))
					.map(DistributionChannel::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(DistributionChannel.class)));
		BigDecimal share = rs.getBigDecimal("local_material_share");
		ProductData data = new ProductData(rs.getString("name"), rs.getLong("producer_id"),
				ProductSet.ofCode(rs.getString("product_set")).orElseThrow(), rs.getString("description"),
				rs.getString("brand"), rs.getString("geographical_indication"), rs.getString("packaging"),
				rs.getString("label_info"), rs.getString("story"), rs.getString("usage_guide"),
				rs.getString("raw_material_origin"), share == null ? null : plain(share),
				rs.getString("production_capacity"), rs.getString("linkage_contracts"), channels,
				rs.getString("export_markets"));
		int stars = rs.getInt("stars");
		Integer starValue = rs.wasNull() ? null : stars;
		int year = rs.getInt("rated_year");
		Integer yearValue = rs.wasNull() ? null : year;
		return new ProductRow(rs.getLong("id"), rs.getString("code"), data, rs.getString("producer_name"),
				rs.getString("province_code"), rs.getString("province_name"), rs.getString("commune_code"),
				rs.getString("commune_name"), ProductStatus.valueOf(rs.getString("ocop_status")), starValue, yearValue,
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"), rs.getLong("version"));
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
