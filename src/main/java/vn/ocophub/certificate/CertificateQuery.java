package vn.ocophub.certificate;

/**
 * Filters of the office's certificate list: text (product, producer, number, accent-insensitive), status of today,
 * stars, province (country-wide readers), producer.
 */
public record CertificateQuery(String text, CertificateStatus status, Integer stars, String provinceCode,
		Long producerId) {

	public static CertificateQuery all() {
		return new CertificateQuery(null, null, null, null, null);
	}

}
