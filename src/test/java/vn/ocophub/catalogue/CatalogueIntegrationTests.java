package vn.ocophub.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.RecognitionManagement;
import vn.ocophub.certificate.RevocationCommand;
import vn.ocophub.certificate.RevocationGround;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.VietText;

/**
 * The public side of certificates: verification page and API for every status, the catalogue (search without
 * accents, filters, product, producer and province pages, JSON-LD), open data, sitemap and robots, and that no
 * public page opens a session. The Hà Tĩnh office signs one decision on three of its confirmed results: one
 * certificate stays valid, one is revoked, one has its dates moved to expire. Other classes may add certificates
 * to the same database, so the assertions are about these three only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The three certificates, issued once for the class (the context and its database are shared). */
	static List<CertificateView> issued;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	CertificateManagement certificates;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.ocophub.product.ProductManagement products;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.context.ApplicationContext context;

	CertificateView valid;

	CertificateView toRevoke;

	CertificateView toExpire;

	@BeforeEach
	void issueOnce() {
		synchronized (CatalogueIntegrationTests.class) {
			if (issued == null) {
				issued = CertificateFixtures.issue(3, context);
			}
		}
		valid = issued.get(0);
		toRevoke = issued.get(1);
		toExpire = issued.get(2);
	}

	private CurrentUser office() {
		return CertificateFixtures.office(accounts);
	}

	// ------------------------------------------------------------------ verification

	@Test
	void theVerificationPageAndApiSayAValidCertificateIsValidWithoutOpeningASession() {
		Document html = publicPage("/verify/" + valid.number());
		assertThat(html.selectFirst("#verify-status").attr("data-status")).isEqualTo("VALID");
		assertThat(html.selectFirst("#verify-status").text()).contains("Còn hiệu lực");
		assertThat(html.title()).contains(valid.number());
		assertThat(html.selectFirst("meta[name=description]").attr("content")).contains(valid.productName());
		assertThat(html.select("meta[name=_csrf]")).isEmpty();
		assertThat(html.text()).contains(valid.productName(), valid.producerName(), valid.decisionNumber(),
				valid.issuerName());
		assertThat(html.selectFirst(".ocop-stars").text()).startsWith("★".repeat(valid.stars()));

		JsonNode api = json(mvc.get().uri("/api/v1/public/certificates/" + valid.number()).exchange());
		assertThat(api.get("number").asString()).isEqualTo(valid.number());
		assertThat(api.get("status").asString()).isEqualTo("VALID");
		assertThat(api.get("stars").asInt()).isEqualTo(valid.stars());
		assertThat(api.get("productName").asString()).isEqualTo(valid.productName());
		assertThat(api.get("validUntil").asString()).isEqualTo(valid.validUntil().toString());
		assertThat(api.has("revokedOn")).isTrue();
		assertThat(api.get("revokedOn").isNull()).isTrue();
	}

	@Test
	void anExpiringThenExpiredCertificateSaysWhenItEndsAndItsProductLeavesTheCatalogue() {
		LocalDate today = LocalDate.now(clock);
		moveDates(toExpire, today.minusYears(3).plusDays(10), today.plusDays(9));
		Document expiring = html(mvc.get().uri("/verify/" + toExpire.number()).exchange());
		assertThat(expiring.selectFirst("#verify-status").attr("data-status")).isEqualTo("EXPIRING");
		assertThat(expiring.selectFirst("#days-left").text()).isEqualTo("Còn 9 ngày");
		assertThat(json(mvc.get().uri("/api/v1/public/certificates/" + toExpire.number()).exchange()).get("status").asString())
			.isEqualTo("EXPIRING");
		assertThat(mvc.get().uri("/ocop/products/" + toExpire.productId()).exchange()).hasStatusOk();

		moveDates(toExpire, today.minusYears(3), today.minusDays(1));
		MvcTestResult expired = mvc.get().uri("/verify/" + toExpire.number()).exchange();
		assertThat(expired).hasStatusOk();
		assertThat(html(expired).selectFirst("#verify-status").attr("data-status")).isEqualTo("EXPIRED");
		assertThat(html(expired).select("#product-link")).isEmpty();
		assertThat(json(mvc.get().uri("/api/v1/public/certificates/" + toExpire.number()).exchange()).get("status").asString())
			.isEqualTo("EXPIRED");
		assertThat(mvc.get().uri("/ocop/products/" + toExpire.productId()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body(mvc.get().uri("/open-data/ocop-products.csv").exchange())).doesNotContain(toExpire.number());
		// Other certificates may share the number's words through their product codes; this one is not among them.
		assertThat(json(mvc.get().uri("/api/v1/public/products?q={q}&size=100", toExpire.number()).exchange()).get("items")
			.findValuesAsString("certificateNumber")).doesNotContain(toExpire.number());

		// Replaced by a newer certificate (as a re-recognition does), it links to the current one.
		jdbc.sql("UPDATE certificate SET status = 'SUPERSEDED', superseded_by_id = :by, superseded_on = :on,"
				+ " supersede_reason = 'RE_EVALUATION' WHERE id = :id")
			.param("by", valid.id())
			.param("on", today)
			.param("id", toExpire.id())
			.update();
		Document superseded = html(mvc.get().uri("/verify/" + toExpire.number()).exchange());
		assertThat(superseded.selectFirst("#verify-status").attr("data-status")).isEqualTo("SUPERSEDED");
		assertThat(superseded.selectFirst("#verify-status").attr("class")).contains("bg-primary");
		assertThat(superseded.selectFirst("#superseded-link").attr("href")).isEqualTo("/verify/" + valid.number());
		assertThat(superseded.selectFirst("#superseded-reason").text()).contains("đánh giá lại");
		assertThat(json(mvc.get().uri("/api/v1/public/certificates/" + toExpire.number()).exchange()).get("supersededBy").asString())
			.isEqualTo(valid.number());
	}

	@Test
	void aCertificateSupersededTwiceLinksTheCurrentOneNotItsDirectSuccessor() {
		// The demo's deer-antler product: its old 4★, re-evaluated 4★ and central 5★.
		List<CertificateView> chain = certificates.ofProduct(
				certificates.search(new vn.ocophub.certificate.CertificateQuery("42-18172-0001", null, null, null, null),
						new vn.ocophub.shared.PageRequest(0, 5), office()).items().get(0).productId(),
				(CurrentUser) accounts.loadUserByUsername("vanphong.trunguong"));
		assertThat(chain).hasSize(3);
		Document oldest = publicPage("/verify/" + chain.get(2).number());
		assertThat(oldest.selectFirst("#verify-status").attr("data-status")).isEqualTo("SUPERSEDED");
		assertThat(oldest.selectFirst("#superseded-link").attr("href")).isEqualTo("/verify/" + chain.get(0).number());
		Document upgraded = publicPage("/verify/" + chain.get(1).number());
		assertThat(upgraded.selectFirst("#superseded-reason").text()).contains("nâng hạng");
		assertThat(upgraded.selectFirst("#superseded-link").attr("href")).isEqualTo("/verify/" + chain.get(0).number());
	}

	@Test
	void aRevokedCertificateSaysWhenAndWhyAndItsProductLeavesTheCatalogueAndOpenData() {
		assertThat(body(mvc.get().uri("/open-data/ocop-products.csv").exchange())).contains(toRevoke.number());
		assertThat(mvc.get().uri("/ocop/products/" + toRevoke.productId()).exchange()).hasStatusOk();
		LocalDate today = LocalDate.now(clock);
		CertificateView current = certificates.verify(toRevoke.number()).orElseThrow();
		certificates.revoke(current.id(), current.version(), new RevocationCommand(RevocationGround.FOOD_SAFETY_VIOLATION,
				"Mẫu kiểm tra vượt ngưỡng vi sinh.", "99/QĐ-UBND", today), office());

		MvcTestResult page = mvc.get().uri("/verify/" + toRevoke.number()).exchange();
		assertThat(page).hasStatusOk();
		Document html = html(page);
		assertThat(html.selectFirst("#verify-status").attr("data-status")).isEqualTo("REVOKED");
		assertThat(html.selectFirst("#verify-status").attr("class")).contains("bg-danger");
		assertThat(html.selectFirst("#revocation-ground").text()).isEqualTo("Vi phạm an toàn thực phẩm");
		assertThat(html.selectFirst("#verify-status").text()).contains("Mẫu kiểm tra vượt ngưỡng vi sinh.");
		assertThat(html.selectFirst("#revoked-by").text()).isEqualTo("Theo quyết định thu hồi số 99/QĐ-UBND.");
		JsonNode api = json(mvc.get().uri("/api/v1/public/certificates/" + toRevoke.number()).exchange());
		assertThat(api.get("status").asString()).isEqualTo("REVOKED");
		assertThat(api.get("revokedOn").asString()).isEqualTo(today.toString());
		assertThat(api.get("revocationGround").asString()).isEqualTo("FOOD_SAFETY_VIOLATION");

		assertThat(mvc.get().uri("/ocop/products/" + toRevoke.productId()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(body(mvc.get().uri("/ocop?q={q}", toRevoke.number()).exchange()))
			.doesNotContain("/ocop/products/" + toRevoke.productId() + "\"");
		assertThat(body(mvc.get().uri("/open-data/ocop-products.csv").exchange())).doesNotContain(toRevoke.number());
		assertThat(body(mvc.get().uri("/open-data/ocop-products.json").exchange())).doesNotContain(toRevoke.number());
		assertThat(body(mvc.get().uri("/sitemap.xml").exchange()))
			.doesNotContain("/ocop/products/" + toRevoke.productId() + "<");
	}

	@Test
	void anUnknownNumberIsANotFoundPageWarningOfFakeLabelsAndAProblemDetail() {
		MvcTestResult page = mvc.get().uri("/verify/XX-1999-0000").exchange();
		assertThat(page).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(page.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		Document html = html(page);
		assertThat(html.selectFirst("#verify-status").attr("data-status")).isEqualTo("UNKNOWN");
		assertThat(html.text()).contains("không có trong hồ sơ", "giả");

		MvcTestResult api = mvc.get().uri("/api/v1/public/certificates/XX-1999-0000").header("Accept-Language", "en").exchange();
		assertThat(api).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json(api).get("detail").asString()).isEqualTo("Certificate XX-1999-0000 was not found.");

		// The form sends the number typed to its page.
		assertThat(mvc.get().uri("/verify?number={n}", " " + valid.number() + " ").exchange())
			.hasRedirectedUrl("/verify/" + valid.number());
		assertThat(mvc.get().uri("/verify").exchange()).hasStatusOk();
	}

	// ------------------------------------------------------------------ catalogue

	@Test
	void theCatalogueFindsAProductWithoutAccentsAndByItsFilters() {
		String link = "href=\"/ocop/products/" + valid.productId() + "\"";
		String words = VietText.searchKey(valid.productName());
		assertThat(words).doesNotContain("ă", "ơ", "ư", "đ");
		assertThat(publicPage("/ocop?q=" + words.replace(' ', '+')).select("#results a[" + link + "]")).isNotEmpty();

		assertThat(body(mvc.get().uri("/ocop?q={q}&stars={s}", words, valid.stars()).exchange())).contains(link);
		int other = valid.stars() == 3 ? 4 : 3;
		assertThat(body(mvc.get().uri("/ocop?q={q}&stars={s}", words, other).exchange())).doesNotContain(link);
		String set = valid.productSet().code();
		assertThat(body(mvc.get().uri("/ocop?q={q}&productSet={s}", words, set).exchange())).contains(link);
		assertThat(body(mvc.get().uri("/ocop?q={q}&productSet=26", words).exchange())).doesNotContain(link);
		assertThat(body(mvc.get().uri("/ocop?q={q}&group={g}", words, valid.productSet().group()).exchange())).contains(link);
		assertThat(body(mvc.get().uri("/ocop?province=42&commune={c}&sort=NAME", valid.communeCode()).exchange())).contains(link);
		assertThat(body(mvc.get().uri("/ocop?q={q}&province=01", words).exchange())).doesNotContain(link);
		// The form shows the reader's choices again, labelled in Vietnamese; the card draws the stars and says them.
		Document chosen = publicPage("/ocop?province=42&commune=" + valid.communeCode() + "&stars=" + valid.stars()
				+ "&productSet=" + set + "&sort=NAME");
		assertThat(chosen.select("#province option[selected]").eachAttr("value")).containsExactly("42");
		assertThat(chosen.select("#commune option[selected]").eachAttr("value")).containsExactly(valid.communeCode());
		assertThat(chosen.select("#commune option").size()).isGreaterThan(1);
		assertThat(chosen.select("#stars option[selected]").eachText()).containsExactly(valid.stars() + " sao");
		assertThat(chosen.select("#productSet option[selected]").eachAttr("value")).containsExactly(set);
		assertThat(chosen.select("#productSet option[selected]").text()).startsWith(set + " – ");
		assertThat(chosen.select("#sort option[selected]").eachAttr("value")).containsExactly("NAME");
		assertThat(chosen.select("#group option[selected]")).isEmpty();
		Element card = chosen.select("#results article:has(a[" + link + "])").first();
		assertThat(card).isNotNull();
		assertThat(card.select(".ocop-stars").text())
			.isEqualTo("★".repeat(valid.stars()) + "☆".repeat(5 - valid.stars()));
		assertThat(card.select(".ocop-stars").attr("aria-label")).isEqualTo(valid.stars() + " sao");
		assertThat(card.select("a[" + link + "]")).hasSize(2);
		// Junk in a URL is forgiven by the page.
		assertThat(mvc.get().uri("/ocop?stars=9&productSet=xx&sort=up&page=-3").exchange()).hasStatusOk();
		// The commune choices of a province.
		assertThat(body(mvc.get().uri("/ocop/communes?province=42").exchange())).contains("value=\"" + valid.communeCode() + "\"");

		JsonNode api = json(mvc.get().uri("/api/v1/public/products?q={q}&province=42&size=5", words).exchange());
		assertThat(api.get("page").asInt()).isZero();
		assertThat(api.get("size").asInt()).isEqualTo(5);
		assertThat(api.get("items").valueStream().map(i -> i.get("id").asLong())).contains(valid.productId());
		JsonNode item = api.get("items").valueStream().filter(i -> i.get("id").asLong() == valid.productId()).findFirst().orElseThrow();
		assertThat(item.get("certificateNumber").asString()).isEqualTo(valid.number());
		assertThat(item.get("productSetCode").asString()).isEqualTo(set);
		assertThat(item.get("stars").asInt()).isEqualTo(valid.stars());
	}

	@Test
	void badApiParametersAreAProblemInTheCallersLanguage() {
		MvcTestResult stars = mvc.get().uri("/api/v1/public/products?stars=9").exchange();
		assertThat(stars).hasStatus(HttpStatus.BAD_REQUEST);
		JsonNode problem = json(stars);
		assertThat(problem.get("code").asString()).isEqualTo("validation");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("stars");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Số sao phải là số từ 3 đến 5.");

		JsonNode english = json(mvc.get()
			.uri("/api/v1/public/products?size=100000&productSet=99&stars=x")
			.header("Accept-Language", "en")
			.exchange());
		assertThat(english.get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("stars",
				"productSet", "size");
		assertThat(english.get("errors").valueStream().map(e -> e.get("message").asString()))
			.contains("The page size must be a number from 1 to 100.");
		assertThat(mvc.get().uri("/api/v1/public/products?size=100000").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		// Documented in the OpenAPI description, and open without credentials.
		assertThat(body(mvc.get().uri("/v3/api-docs").exchange())).contains("/api/v1/public/products",
				"/api/v1/public/certificates/{number}");
		assertThat(mvc.get().uri("/api/v1/public/products").exchange().getResponse().getHeader(HttpHeaders.SET_COOKIE))
			.isNull();
	}

	@Test
	void theProductPageShowsTheCertificateAndDescribesTheProductForSearchEngines() {
		Document html = publicPage("/ocop/products/" + valid.productId());
		assertThat(html.title()).contains(valid.productName());
		assertThat(html.selectFirst("meta[name=description]").attr("content")).contains(valid.producerName());
		assertThat(html.selectFirst("#verify-link").attr("href")).isEqualTo("/verify/" + valid.number());
		assertThat(html.selectFirst("#producer-link").attr("href")).isEqualTo("/ocop/producers/" + valid.producerId());
		JsonNode ld = JSON.readTree(html.selectFirst("script[type=application/ld+json]").data());
		assertThat(ld.get("@type").asString()).isEqualTo("Product");
		assertThat(ld.get("name").asString()).isEqualTo(valid.productName());
		assertThat(ld.get("brand").get("@type").asString()).isEqualTo("Brand");
		assertThat(ld.get("award").asString()).contains(valid.stars() + " sao", valid.number());
		assertThat(ld.get("additionalProperty").get(0).get("value").asInt()).isEqualTo(valid.stars());

		Document producer = html(mvc.get().uri("/ocop/producers/" + valid.producerId()).exchange());
		assertThat(producer.selectFirst("#producer-name").text()).isEqualTo(valid.producerName());
		assertThat(producer.select("#results a[href=/ocop/products/" + valid.productId() + "]")).isNotEmpty();
		Document province = html(mvc.get().uri("/ocop/provinces/42").exchange());
		assertThat(province.select("#results a[href=/ocop/products/" + valid.productId() + "]")).isNotEmpty();
		assertThat(Long.parseLong(province.selectFirst("#count-" + valid.stars()).text())).isPositive();

		assertThat(mvc.get().uri("/ocop/products/999999999").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/ocop/producers/999999999").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/ocop/provinces/99").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/ocop/products/" + valid.productId() + "/photos/999999999").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void cardsShowTheFirstPhotoThumbnailServedOnlyForProductsInTheCatalogue() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, (int) (System.nanoTime() & 0xFFFFFF));
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		long photo = products.addPhoto(valid.productId(), png.toByteArray(), "buoi.png", office()).id();

		Document page = html(mvc.get().uri("/ocop/producers/" + valid.producerId()).exchange());
		var img = page.selectFirst("#results img[src^=/ocop/products/" + valid.productId() + "/photos/]");
		assertThat(img).isNotNull();
		assertThat(img.attr("loading")).isEqualTo("lazy");
		assertThat(img.attr("width")).isEqualTo("400");
		assertThat(img.attr("height")).isEqualTo("300");
		MvcTestResult thumb = mvc.get().uri(img.attr("src")).exchange();
		assertThat(thumb).hasStatusOk();
		assertThat(thumb.getResponse().getContentType()).startsWith("image/");
		assertThat(thumb.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
		assertThat(mvc.get().uri("/ocop/products/" + valid.productId() + "/photos/" + photo).exchange()).hasStatusOk();
		// Not under another product, nor for a product outside the catalogue.
		assertThat(mvc.get().uri("/ocop/products/" + toExpire.productId() + "/photos/" + photo).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		JsonNode ld = JSON.readTree(html(mvc.get().uri("/ocop/products/" + valid.productId()).exchange())
			.selectFirst("script[type=application/ld+json]").data());
		assertThat(ld.get("image").get(0).asString()).endsWith("/ocop/products/" + valid.productId() + "/photos/" + photo);
	}

	@Test
	void theHomePageIsPublicWithSearchCountsNewestAndProvinces() {
		Document html = publicPage("/");
		assertThat(html.selectFirst("form[role=search]").attr("action")).isEqualTo("/ocop");
		assertThat(html.selectFirst("#province-count").text()).isEqualTo("34");
		assertThat(Long.parseLong(html.selectFirst("#count-" + valid.stars()).text().replace(".", ""))).isPositive();
		assertThat(html.select("#province-links a[href=/ocop/provinces/42]")).isNotEmpty();
		assertThat(html.select("#home-login")).isNotEmpty();
		assertThat(html.selectFirst("meta[name=description]").attr("content")).isNotBlank();
	}

	// ------------------------------------------------------------------ open data, sitemap, robots

	@Test
	void openDataListsTheValidCertificateAsCsvAndJsonAndRevalidatesByEtag() {
		MvcTestResult csv = mvc.get().uri("/open-data/ocop-products.csv").exchange();
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<String> lines = text.lines().toList();
		assertThat(lines.get(0)).startsWith("certificate_number,stars,product_id,product_name,product_set");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(valid.number() + "," + valid.stars() + ","
				+ valid.productId() + ",").contains(valid.validUntil().toString(), "/verify/" + valid.number()));

		String etag = csv.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).contains(LocalDate.now(clock).toString());
		assertThat(csv.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)).isNotNull();
		assertThat(mvc.get().uri("/open-data/ocop-products.csv").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);

		JsonNode json = json(mvc.get().uri("/open-data/ocop-products.json").exchange());
		assertThat(json.get("date").asString()).isEqualTo(LocalDate.now(clock).toString());
		JsonNode row = json.get("items").valueStream()
			.filter(i -> i.get("certificate_number").asString().equals(valid.number()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("product_name").asString()).isEqualTo(valid.productName());
		assertThat(row.get("province_code").asString()).isEqualTo("42");
		assertThat(row.get("valid_until").asString()).isEqualTo(valid.validUntil().toString());

		Document about = html(mvc.get().uri("/open-data").exchange());
		assertThat(about.select("#csv-link")).isNotEmpty();
		assertThat(about.text()).contains("certificate_number", "valid_until");
	}

	@Test
	void theSitemapListsTheCataloguePagesAndRobotsKeepCrawlersOutOfStaffAreas() {
		String sitemap = body(mvc.get().uri("/sitemap.xml").exchange());
		assertThat(sitemap).startsWith("<?xml")
			.contains("<loc>http://localhost/ocop/products/" + valid.productId() + "</loc>",
					"<loc>http://localhost/ocop/producers/" + valid.producerId() + "</loc>",
					"<loc>http://localhost/ocop/provinces/42</loc>", "<loc>http://localhost/</loc>");
		String robots = body(mvc.get().uri("/robots.txt").exchange());
		assertThat(robots).contains("Disallow: /admin/", "Disallow: /workspace", "Disallow: /api/",
				"Sitemap: http://localhost/sitemap.xml");
		assertThat(robots).doesNotContain("Disallow: /ocop");
	}

	// ------------------------------------------------------------------ helpers

	private void moveDates(CertificateView certificate, LocalDate from, LocalDate until) {
		jdbc.sql("UPDATE certificate SET valid_from = :from, valid_until = :until WHERE id = :id")
			.param("from", from)
			.param("until", until)
			.param("id", certificate.id())
			.update();
	}

	/** A public page, answered without a session cookie. */
	private Document publicPage(String uri) {
		MvcTestResult page = mvc.get().uri(uri).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader(HttpHeaders.SET_COOKIE)).as("Set-Cookie of %s", uri).isNull();
		return html(page);
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static Document html(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static JsonNode json(MvcTestResult result) {
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

}
