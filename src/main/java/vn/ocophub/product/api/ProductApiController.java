package vn.ocophub.product.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductQuery;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.product.ProductSummary;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;

/** The product registry over HTTP Basic, limited to the caller's scope exactly like the pages. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "OCOP products and services, classified in the 26 product sets")
@SecurityRequirement(name = "basicAuth")
class ProductApiController {

	private final ProductManagement products;

	ProductApiController(ProductManagement products) {
		this.products = products;
	}

	/** A product as lists return it; {@code stars} is null until the product is rated. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ProductItem(long id, String code, String name, long producerId, String producerName,
			String productSetCode, String communeCode, String provinceCode, ProductStatus status, Integer stars) {

		static ProductItem of(ProductSummary p) {
			return new ProductItem(p.id(), p.code(), p.name(), p.producerId(), p.producerName(),
					p.productSet().code(), p.communeCode(), p.provinceCode(), p.status(), p.stars());
		}

	}

	/** A product with every field; absent values are null. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ProductDetails(long id, String code, String name, long producerId, String producerName,
			String productSetCode, String communeCode, String communeName, String provinceCode, String provinceName,
			String description, String brand, String geographicalIndication, String packaging, String labelInfo,
			String story, String usageGuide, String rawMaterialOrigin, BigDecimal localMaterialShare,
			String productionCapacity, String linkageContracts, Set<DistributionChannel> channels,
			String exportMarkets, ProductStatus status, Integer stars, Integer ratedYear, OffsetDateTime updatedAt,
			String updatedBy, long version) {

		static ProductDetails of(ProductView v) {
			ProductData d = v.data();
			return new ProductDetails(v.id(), v.code(), d.name(), d.producerId(), v.producerName(),
					d.productSet().code(), v.communeCode(), v.communeName(), v.provinceCode(), v.provinceName(),
					d.description(), d.brand(), d.geographicalIndication(), d.packaging(), d.labelInfo(), d.story(),
					d.usageGuide(), d.rawMaterialOrigin(), d.localMaterialShare(), d.productionCapacity(),
					d.linkageContracts(), d.channels(), d.exportMarkets(), v.status(), v.stars(), v.ratedYear(),
					v.updatedAt(), v.updatedBy(), v.version());
		}

	}

	/** What a client sends to register or update a product ({@code code} only on creation). */
	record ProductRequest(String code, String name, Long producerId, String productSetCode, String description,
			String brand, String geographicalIndication, String packaging, String labelInfo, String story,
			String usageGuide, String rawMaterialOrigin, BigDecimal localMaterialShare, String productionCapacity,
			String linkageContracts, Set<DistributionChannel> channels, String exportMarkets, Long version) {

		ProductData toData() {
			return new ProductData(name, producerId == null ? 0 : producerId,
					ProductSet.ofCode(productSetCode).orElse(null), description, brand, geographicalIndication,
					packaging, labelInfo, story, usageGuide, rawMaterialOrigin, localMaterialShare, productionCapacity,
					linkageContracts, channels, exportMarkets);
		}

	}

	@GetMapping
	@Operation(summary = "Products in the caller's scope; q is searched without accents")
	PageResult<ProductItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String province, @RequestParam(required = false) String commune,
			@RequestParam(required = false) Long producerId, @RequestParam(required = false) String productSetCode,
			@RequestParam(required = false) ProductGroup group, @RequestParam(required = false) ProductStatus status,
			@RequestParam(required = false) Integer stars, @RequestParam(required = false) ProductQuery.Sort sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return products.search(new ProductQuery(q, province, commune, producerId,
				ProductSet.ofCode(productSetCode).orElse(null), group, status, stars, sort), PageRequest.of(page, size),
				user)
			.map(ProductItem::of);
	}

	@PostMapping
	@Operation(summary = "Register a product of a producer the caller may update; 400 lists every invalid field")
	ResponseEntity<ProductDetails> create(@RequestBody ProductRequest request, @AuthenticationPrincipal CurrentUser user) {
		ProductView created = inRequestTerms(request, () -> products.create(request.code(), request.toData(), user));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/products/" + created.id())
			.body(ProductDetails.of(created));
	}

	@GetMapping("/{id}")
	ProductDetails get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return ProductDetails.of(products.get(id, user));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a product at the version read; 409 if it changed since")
	ProductDetails update(@PathVariable long id, @RequestBody ProductRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		long version = request.version() != null ? request.version() : products.get(id, user).version();
		return ProductDetails.of(inRequestTerms(request, () -> products.update(id, version, request.toData(), user)));
	}

	/**
	 * Names invalid fields as the request does: the registry calls the product set {@code productSet}, an API
	 * client sends and reads {@code productSetCode}.
	 */
	private static ProductView inRequestTerms(ProductRequest request, Supplier<ProductView> action) {
		try {
			return action.get();
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.problems().stream().map(p -> inRequestTerms(request, p)).toList());
		}
	}

	/** A code that names no set ("27") reaches the registry as no set; the client is told it is unknown. */
	private static FieldProblem inRequestTerms(ProductRequest request, FieldProblem problem) {
		if (!problem.field().equals("productSet")) {
			return problem;
		}
		String code = request.productSetCode();
		return code != null && !code.isBlank()
				? new FieldProblem("productSetCode", "product.validation.set-unknown", code.trim())
				: new FieldProblem("productSetCode", problem.messageKey(), problem.arguments());
	}

}
