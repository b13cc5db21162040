package vn.ocophub.catalogue.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocophub.certificate.CertificateManagement;

/**
 * sitemap.xml lists the public pages worth indexing (home, catalogue, provinces, producers and products in force,
 * open data); robots.txt lets crawlers into them and keeps them out of the staff areas and the API.
 */
@RestController
@Hidden
class SitemapController {

	/** Staff areas crawlers have no business in (they would only meet the sign-in page). */
	static final String[] STAFF_AREAS = { "/login", "/workspace", "/account", "/admin/", "/producers", "/products",
			"/rounds", "/dossiers", "/councils", "/decisions", "/certificates", "/notifications", "/imports", "/api/" };

	private final CertificateManagement certificates;

	SitemapController(CertificateManagement certificates) {
		this.certificates = certificates;
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
		for (String area : STAFF_AREAS) {
			robots.append("Disallow: ").append(area).append('\n');
		}
		return robots.append("Allow: /api/v1/public/\n\nSitemap: ").append(PublicPages.baseUrl()).append("/sitemap.xml\n").toString();
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException {
		String base = PublicPages.baseUrl();
		Set<String> producers = new LinkedHashSet<>();
		Set<String> provinces = new LinkedHashSet<>();
		response.setContentType("application/xml;charset=UTF-8");
		try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
			out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
			for (String page : new String[] { "/", "/ocop", "/verify", "/open-data" }) {
				url(out, base + page);
			}
			IOException[] failure = { null };
			certificates.forEachInForce(c -> {
				producers.add("/ocop/producers/" + c.producerId());
				provinces.add("/ocop/provinces/" + c.provinceCode());
				if (failure[0] == null) {
					try {
						url(out, base + "/ocop/products/" + c.productId());
					}
					catch (IOException ex) {
						failure[0] = ex;
					}
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			for (String page : provinces) {
				url(out, base + page);
			}
			for (String page : producers) {
				url(out, base + page);
			}
			out.write("</urlset>\n");
		}
	}

	private static void url(Writer out, String location) throws IOException {
		out.write("  <url><loc>" + HtmlUtils.htmlEscape(location) + "</loc></url>\n");
	}

}
