package vn.ocophub.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.certificate.internal.CatalogueRecords;
import vn.ocophub.certificate.internal.CertificateRecords;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;

/**
 * The public catalogue of OCOP products: every product on a certificate in force today (valid or expiring; not
 * revoked, superseded or past its last day), searched over the certificate table alone, so that a page is one
 * indexed query and needs no user.
 */
@Service
@Transactional(readOnly = true)
public class CertifiedProducts {

	private final CatalogueRecords records;

	private final CertificateRecords certificates;

	private final Clock clock;

	/**
	 * Aggregates over every certificate in force (counts, provinces, communes) by what they were computed from: the
	 * day and the last change of any certificate. A node asks the database for that last change (an index lookup)
	 * and recomputes only when another node or this one issued, revoked or expired something, or a day began.
	 */
	private final Map<String, Object> aggregates = new ConcurrentHashMap<>();

	private volatile String aggregatesOf = "";

	CertifiedProducts(CatalogueRecords records, CertificateRecords certificates, Clock clock) {
		this.records = records;
		this.certificates = certificates;
		this.clock = clock;
	}

	/** A page of certified products matching the query. */
	public PageResult<CertifiedProduct> search(CatalogueQuery query, PageRequest page) {
		return records.search(query == null ? CatalogueQuery.all() : query, today(), page);
	}

	/** The product on its certificate in force today, if any. */
	public Optional<CertifiedProduct> product(long productId) {
		return records.product(productId, today());
	}

	/** Whether the product is in the catalogue today. */
	public boolean inCatalogue(long productId) {
		return product(productId).isPresent();
	}

	/** How many certified products have 3, 4 and 5 stars, in a province or (null) country-wide. */
	public Map<Integer, Long> countsByStars(String provinceCode) {
		return aggregate("stars:" + provinceCode, () -> Map.copyOf(records.countsByStars(provinceCode, today())));
	}

	/** The provinces that have certified products, in code order. */
	public List<CataloguePlace> provinces() {
		return aggregate("provinces", () -> List.copyOf(records.provinces(today())));
	}

	/** The communes of a province that have certified products, by name. */
	public List<CataloguePlace> communes(String provinceCode) {
		return provinceCode == null || provinceCode.isBlank() ? List.of()
				: aggregate("communes:" + provinceCode, () -> List.copyOf(records.communes(provinceCode, today())));
	}

	@SuppressWarnings("unchecked")
	private <T> T aggregate(String key, Supplier<T> compute) {
		String of = today() + "/" + certificates.lastChange();
		if (!of.equals(aggregatesOf)) {
			aggregatesOf = of;
			aggregates.keySet().removeIf(k -> !k.startsWith(of + "|"));
		}
		return (T) aggregates.computeIfAbsent(of + "|" + key, k -> compute.get());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
