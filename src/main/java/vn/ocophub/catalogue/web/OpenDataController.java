package vn.ocophub.catalogue.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;

/**
 * Open data: every product with a certificate in force today, as CSV (UTF-8 with a byte order mark, so that
 * Excel reads the Vietnamese) and as JSON. Both are written from the database on each request, row by row, and
 * carry an ETag and Last-Modified from the last certificate change and today's date, so that caches revalidate
 * cheaply and never serve yesterday's list. The column names are stable English identifiers ({@link #COLUMNS}),
 * described in Vietnamese and English on the {@code /open-data} page.
 */
@Controller
class OpenDataController {

	/** The CSV header and the JSON field names, in this order. Changing one breaks users' scripts. */
	static final List<String> COLUMNS = List.of("certificate_number", "stars", "product_id", "product_name",
			"product_set", "producer_id", "producer_name", "province_code", "province_name", "commune_code",
			"commune_name", "valid_from", "valid_until", "product_url", "verify_url");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CertificateManagement certificates;

	private final Clock clock;

	OpenDataController(CertificateManagement certificates, Clock clock) {
		this.certificates = certificates;
		this.clock = clock;
	}

	@GetMapping("/open-data")
	String page(org.springframework.ui.Model model) {
		model.addAttribute("columns", COLUMNS);
		return "catalogue/open-data";
	}

	@GetMapping("/open-data/ocop-products.csv")
	void csv(ServletWebRequest request, HttpServletResponse response) throws IOException {
		if (notModified(request, response)) {
			return;
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ocop-products.csv\"");
		String base = PublicPages.baseUrl();
		try (Writer out = writer(response)) {
			out.write('\uFEFF');
			// The printer writes straight to the buffered writer, which the block closes (and so flushes).
			CSVPrinter printer = new CSVPrinter(out,
					CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
			certificates.forEachInForce(c -> {
				try {
					printer.printRecord(row(c, base).values().stream().map(OpenDataController::csvValue));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	@GetMapping("/open-data/ocop-products.json")
	void json(ServletWebRequest request, HttpServletResponse response) throws IOException {
		if (notModified(request, response)) {
			return;
		}
		response.setContentType("application/json;charset=UTF-8");
		String base = PublicPages.baseUrl();
		try (Writer out = writer(response)) {
			out.write("{\"dataset\":\"ocop-products\",\"date\":\"" + today() + "\",\"items\":[");
			boolean[] first = { true };
			certificates.forEachInForce(c -> {
				try {
					out.write(first[0] ? "\n" : ",\n");
					first[0] = false;
					out.write(JSON.writeValueAsString(row(c, base)));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			out.write("\n]}\n");
		}
	}

	static Map<String, Object> row(CertificateView c, String base) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("certificate_number", c.number());
		row.put("stars", c.stars());
		row.put("product_id", c.productId());
		row.put("product_name", c.productName());
		row.put("product_set", c.productSet() == null ? null : c.productSet().code());
		row.put("producer_id", c.producerId());
		row.put("producer_name", c.producerName());
		row.put("province_code", c.provinceCode());
		row.put("province_name", c.provinceName());
		row.put("commune_code", c.communeCode());
		row.put("commune_name", c.communeName());
		row.put("valid_from", c.validFrom().toString());
		row.put("valid_until", c.validUntil().toString());
		row.put("product_url", base + "/ocop/products/" + c.productId());
		row.put("verify_url", base + "/verify/" + c.number());
		return row;
	}

	/**
	 * Answers 304 when the client's copy is today's and no certificate changed since. The list depends on the day
	 * as well (a certificate lapses at midnight), so today's date is part of the ETag and Last-Modified is never
	 * before today's start.
	 */
	private boolean notModified(ServletWebRequest request, HttpServletResponse response) {
		LocalDate today = today();
		ZoneId zone = clock.getZone();
		OffsetDateTime change = certificates.lastChange();
		long startOfDay = today.atStartOfDay(zone).toInstant().toEpochMilli();
		long lastModified = Math.max(change == null ? 0 : change.toInstant().toEpochMilli(), startOfDay) / 1000 * 1000;
		String etag = "\"" + today + "-" + (change == null ? 0 : change.toInstant().toEpochMilli()) + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
		return request.checkNotModified(etag, lastModified);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Writer writer(HttpServletResponse response) throws IOException {
		return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 16 * 1024);
	}

	/** A value as written to the CSV: a leading =+-@ gets an apostrophe against formula injection in spreadsheets. */
	static Object csvValue(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

}
