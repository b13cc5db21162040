package vn.ocophub.catalogue.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.catalogue.CatalogueParameters;
import vn.ocophub.certificate.CatalogueQuery;
import vn.ocophub.certificate.CertifiedProduct;
import vn.ocophub.certificate.CertifiedProducts;
import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.PhotoContent;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductPhoto;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.web.Messages;

/**
 * The public catalogue: search with filters, and the pages of a certified product, of a producer and of a
 * province. Only products with a certificate in force appear; anything else answers 404 (a certificate's
 * verification page still answers for it).
 */
@Controller
class CatalogueController {

	static final int PAGE_SIZE = 24;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CertifiedProducts catalogue;

	private final ProductManagement products;

	private final CatalogueCards cards;

	private final Messages messages;

	CatalogueController(CertifiedProducts catalogue, ProductManagement products, CatalogueCards cards,
			Messages messages) {
		this.catalogue = catalogue;
		this.products = products;
		this.cards = cards;
		this.messages = messages;
	}

	@GetMapping("/ocop")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String stars,
			@RequestParam(required = false) String group, @RequestParam(required = false) String productSet,
			@RequestParam(required = false) String province, @RequestParam(required = false) String commune,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model) {
		CatalogueParameters parameters = CatalogueParameters.of(q, stars, group, productSet, province, commune, sort,
				page, null, PAGE_SIZE);
		CatalogueQuery query = parameters.query();
		PageResult<CertifiedProduct> result = catalogue.search(query, parameters.page());
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("photos", cards.firstPhotos(result.items()));
		model.addAttribute("filters", FilterOptions.of(query, catalogue.provinces(),
				catalogue.communes(query.provinceCode()), messages));
		model.addAttribute("pagerUrl", searchUrl(query));
		return "catalogue/search";
	}

	/** The search's URL with only the filters set (the pager adds the page). */
	static String searchUrl(CatalogueQuery query) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/ocop");
		param(url, "q", query.text());
		param(url, "stars", query.stars());
		param(url, "productSet", query.productSet() == null ? null : query.productSet().code());
		param(url, "group", query.productSet() != null ? null : query.group());
		param(url, "province", query.provinceCode());
		param(url, "commune", query.communeCode());
		param(url, "sort", query.sort() == CatalogueQuery.Sort.RELEVANCE ? null : query.sort());
		return url.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	/** The commune choices of a province (the filter form swaps them in when the province changes). */
	@GetMapping("/ocop/communes")
	String communes(@RequestParam(required = false) String province, Model model) {
		model.addAttribute("communes", FilterOptions.places(catalogue.communes(province), null));
		return "catalogue/search :: communes";
	}

	@GetMapping("/ocop/products/{productId}")
	String product(@PathVariable long productId, Model model, HttpServletResponse response) {
		Optional<CertifiedProduct> certified = catalogue.product(productId);
		Optional<ProductView> product = certified.flatMap(c -> products.find(productId));
		if (product.isEmpty()) {
			return notFound(response, model);
		}
		List<ProductPhoto> photos = products.photosOf(productId);
		ProductView view = product.get();
		model.addAttribute("product", view);
		model.addAttribute("certified", certified.get());
		model.addAttribute("photos", photos);
		model.addAttribute("channels", List.copyOf(new java.util.TreeSet<DistributionChannel>(view.data().channels())));
		model.addAttribute("jsonLd", jsonLd(view, certified.get(), photos));
		return "catalogue/product";
	}

	@GetMapping("/ocop/producers/{producerId}")
	String producer(@PathVariable long producerId, Model model, HttpServletResponse response) {
		List<CertifiedProduct> items = catalogue.search(CatalogueQuery.ofProducer(producerId),
				new PageRequest(0, PageRequest.MAX_SIZE)).items();
		if (items.isEmpty()) {
			return notFound(response, model);
		}
		model.addAttribute("producer", items.get(0));
		model.addAttribute("items", items);
		model.addAttribute("photos", cards.firstPhotos(items));
		return "catalogue/producer";
	}

	@GetMapping("/ocop/provinces/{code}")
	String province(@PathVariable String code, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		var place = catalogue.provinces().stream().filter(p -> p.code().equals(code)).findFirst();
		if (place.isEmpty()) {
			return notFound(response, model);
		}
		CatalogueParameters parameters = CatalogueParameters.of(null, null, null, null, code, null, "STARS", page,
				null, PAGE_SIZE);
		PageResult<CertifiedProduct> result = catalogue.search(parameters.query(), parameters.page());
		model.addAttribute("province", place.get());
		model.addAttribute("starCounts", catalogue.countsByStars(code));
		model.addAttribute("communes", catalogue.communes(code));
		model.addAttribute("result", result);
		model.addAttribute("photos", cards.firstPhotos(result.items()));
		return "catalogue/province";
	}

	/** A photo of a product in the catalogue (never of any other product), cached by browsers for a day. */
	@GetMapping("/ocop/products/{productId}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long productId, @PathVariable long photoId,
			@RequestParam(defaultValue = "false") boolean thumb) {
		Optional<PhotoContent> content = catalogue.inCatalogue(productId)
				? products.photoOf(productId, photoId, thumb) : Optional.empty();
		return content
			.map(c -> ResponseEntity.ok()
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.contentType(MediaType.parseMediaType(c.contentType()))
				.body(c.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String notFound(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "catalogue/not-found";
	}

	/** schema.org Product: name, images, brand, description, and the OCOP stars as an award and a property. */
	private String jsonLd(ProductView product, CertifiedProduct certified, List<ProductPhoto> photos) {
		String base = PublicPages.baseUrl();
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Product");
		ld.put("name", product.name());
		ld.put("url", base + "/ocop/products/" + product.id());
		List<String> images = new ArrayList<>();
		photos.forEach(p -> images.add(base + "/ocop/products/" + product.id() + "/photos/" + p.id()));
		if (!images.isEmpty()) {
			ld.put("image", images);
		}
		String description = product.data().description() != null ? product.data().description() : product.data().story();
		if (description != null) {
			ld.put("description", description);
		}
		String brand = product.data().brand() != null ? product.data().brand() : certified.producerName();
		ld.put("brand", Map.of("@type", "Brand", "name", brand));
		ld.put("manufacturer", Map.of("@type", "Organization", "name", certified.producerName(), "url",
				base + "/ocop/producers/" + certified.producerId()));
		String award = messages.get("catalogue.jsonld.award", certified.stars(), certified.certificateNumber());
		ld.put("award", award);
		ld.put("additionalProperty", List.of(Map.of("@type", "PropertyValue", "name",
				messages.get("catalogue.jsonld.stars"), "value", certified.stars(), "maxValue", 5),
				Map.of("@type", "PropertyValue", "name", messages.get("catalogue.jsonld.certificate"), "value",
						certified.certificateNumber(), "url", base + "/verify/" + certified.certificateNumber())));
		// "</script" or "<!--" inside a script element would end or confuse it: JSON may write "<" as \u003c.
		return JSON.writeValueAsString(ld).replace("<", "\\u003c");
	}

}
