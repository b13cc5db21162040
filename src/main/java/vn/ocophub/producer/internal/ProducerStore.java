package vn.ocophub.producer.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.ocophub.producer.CooperativeRating;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerData;
import vn.ocophub.producer.ProducerStatus;
import vn.ocophub.shared.VietText;

/**
 * SQL of the producer table. One parameter mapping serves the single save of a form and the batches of an
 * import, so both write exactly the same columns.
 */
@Repository
public class ProducerStore {

	public static final String COLUMNS = """
			id, name, legal_type, registration_number, registration_date, tax_code, province_code, commune_code,
			province_name, commune_name, address, representative_name, representative_gender,
			representative_minority, phone, email, website, community_capital_share, cooperative_rating, workers,
			local_workers, status, created_at, created_by, updated_at, updated_by, version""";

	private static final String INSERT = """
			INSERT INTO producer (name, legal_type, registration_number, registration_date, tax_code, province_code,
			    commune_code, province_name, commune_name, address, representative_name, representative_gender,
			    representative_minority, phone, email, website, community_capital_share, cooperative_rating, workers,
			    local_workers, status, name_key, search_key, created_at, created_by, updated_at, updated_by, version)
			VALUES (:name, :legalType, :registrationNumber, :registrationDate, :taxCode, :provinceCode,
			    :communeCode, :provinceName, :communeName, :address, :representativeName, :representativeGender,
			    :representativeMinority, :phone, :email, :website, :communityCapitalShare, :cooperativeRating, :workers,
			    :localWorkers, :status, :nameKey, :searchKey, :at, :actor, :at, :actor, 0)""";

	private static final String UPDATE = """
			UPDATE producer SET name = :name, legal_type = :legalType, registration_number = :registrationNumber,
			    registration_date = :registrationDate, tax_code = :taxCode, province_code = :provinceCode,
			    commune_code = :communeCode, province_name = :provinceName, commune_name = :communeName,
			    address = :address, representative_name = :representativeName,
			    representative_gender = :representativeGender, representative_minority = :representativeMinority,
			    phone = :phone, email = :email, website = :website, community_capital_share = :communityCapitalShare,
			    cooperative_rating = :cooperativeRating, workers = :workers, local_workers = :localWorkers,
			    status = :status, name_key = :nameKey, search_key = :searchKey, updated_at = :at,
			    updated_by = :actor, version = version + 1
			WHERE id = :id AND version = :version""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	ProducerStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** A producer to write: its data, the names of its units, and (for an update) its id and version. */
	public record Write(long id, long version, ProducerData data, String provinceCode, String provinceName,
			String communeName) {
	}

	public long insert(Write write, String actor, OffsetDateTime at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		named.update(INSERT, params(write, actor, at), keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	/** Updates at the version read; false when someone else saved in between. */
	public boolean update(Write write, String actor, OffsetDateTime at) {
		return named.update(UPDATE, params(write, actor, at)) == 1;
	}

	public void insertAll(List<Write> writes, String actor, OffsetDateTime at) {
		if (!writes.isEmpty()) {
			named.batchUpdate(INSERT, writes.stream().map(w -> params(w, actor, at)).toArray(MapSqlParameterSource[]::new));
		}
	}

	/** Updates a batch; returns how many rows were at the expected version. */
	public int updateAll(List<Write> writes, String actor, OffsetDateTime at) {
		if (writes.isEmpty()) {
			return 0;
		}
		int[] counts = named.batchUpdate(UPDATE,
				writes.stream().map(w -> params(w, actor, at)).toArray(MapSqlParameterSource[]::new));
		int updated = 0;
		for (int count : counts) {
			// Some drivers report SUCCESS_NO_INFO (-2) for batched statements.
			updated += count == 1 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
		}
		return updated;
	}

	public Optional<ProducerRow> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM producer WHERE id = :id").param("id", id).query(ProducerStore::map)
			.optional();
	}

	/** The producers with these ids (an import's batch of updates). */
	public List<ProducerRow> findAll(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM producer WHERE id IN (:ids)").param("ids", List.copyOf(ids))
			.query(ProducerStore::map)
			.list();
	}

	/** Ids of the producers with these registration numbers (after an import's batch of inserts). */
	public Map<String, Long> idsByRegistration(java.util.Collection<String> numbers) {
		if (numbers.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("SELECT registration_number, id FROM producer WHERE registration_number IN (:numbers)")
			.param("numbers", List.copyOf(numbers))
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	/** Id of the producer holding a registration number or a tax code, if any. */
	public Optional<Long> idByRegistration(String registrationNumber) {
		return jdbc.sql("SELECT id FROM producer WHERE registration_number = :value")
			.param("value", registrationNumber)
			.query(Long.class)
			.optional();
	}

	public Optional<Long> idByTaxCode(String taxCode) {
		return jdbc.sql("SELECT id FROM producer WHERE tax_code = :value").param("value", taxCode).query(Long.class)
			.optional();
	}

	/** Every registration number and tax code with the id holding it, for checking a whole import at once. */
	public void forEachKey(Consumer<Key> consumer) {
		jdbc.sql("SELECT id, registration_number, tax_code, province_code, commune_code, version FROM producer")
			.query(rs -> {
				consumer.accept(new Key(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6)));
			});
	}

	/** The identifying columns of a producer. */
	public record Key(long id, String registrationNumber, String taxCode, String provinceCode, String communeCode,
			long version) {
	}

	static MapSqlParameterSource params(Write write, String actor, OffsetDateTime at) {
		ProducerData d = write.data();
		Map<String, Object> values = new HashMap<>();
		values.put("id", write.id());
		values.put("version", write.version());
		values.put("name", d.name());
		values.put("legalType", d.legalType().name());
		values.put("registrationNumber", d.registrationNumber());
		values.put("registrationDate", d.registrationDate());
		values.put("taxCode", d.taxCode());
		values.put("provinceCode", write.provinceCode());
		values.put("communeCode", d.communeCode());
		values.put("provinceName", write.provinceName());
		values.put("communeName", write.communeName());
		values.put("address", d.address());
		values.put("representativeName", d.representativeName());
		values.put("representativeGender", d.representativeGender() == null ? null : d.representativeGender().name());
		values.put("representativeMinority", d.representativeMinority());
		values.put("phone", d.phone());
		values.put("email", d.email());
		values.put("website", d.website());
		values.put("communityCapitalShare", d.communityCapitalShare());
		values.put("cooperativeRating", d.cooperativeRating() == null ? null : d.cooperativeRating().name());
		values.put("workers", d.workers());
		values.put("localWorkers", d.localWorkers());
		values.put("status", d.status().name());
		values.put("nameKey", VietText.searchKey(d.name()));
		values.put("searchKey", searchKey(d, write.communeName(), write.provinceName()));
		values.put("at", at);
		values.put("actor", actor);
		return new MapSqlParameterSource(values);
	}

	/**
	 * The words a producer is found by, accent-free, with a leading space so that "starts a word" is one
	 * {@code LIKE '% word%'}: name, registration number, tax code, address, representative, commune, province.
	 */
	static String searchKey(ProducerData d, String communeName, String provinceName) {
		return VietText.searchKeyOf(1500, d.name(), d.registrationNumber(), d.taxCode(), d.address(),
				d.representativeName(), VietText.withoutUnitType(communeName), VietText.withoutUnitType(provinceName));
	}

	public static ProducerRow map(ResultSet rs, int n) throws SQLException {
		ProducerData data = new ProducerData(rs.getString("name"), LegalType.valueOf(rs.getString("legal_type")),
				rs.getString("registration_number"), rs.getObject("registration_date", LocalDate.class),
				rs.getString("tax_code"), rs.getString("commune_code"), rs.getString("address"),
				rs.getString("representative_name"), enumOrNull(Gender.class, rs.getString("representative_gender")),
				rs.getBoolean("representative_minority"), rs.getString("phone"), rs.getString("email"),
				rs.getString("website"), stripped(rs.getBigDecimal("community_capital_share")),
				enumOrNull(CooperativeRating.class, rs.getString("cooperative_rating")), integer(rs, "workers"),
				integer(rs, "local_workers"), ProducerStatus.valueOf(rs.getString("status")));
		return new ProducerRow(rs.getLong("id"), data, rs.getString("province_code"), rs.getString("province_name"),
				rs.getString("commune_name"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getString("updated_by"), rs.getLong("version"));
	}

	private static BigDecimal stripped(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0)
				: value.stripTrailingZeros();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

}
