package vn.ocophub.product.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.PhotoContent;
import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductQuery;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.OcopException;
import vn.ocophub.shared.web.FormErrors;
import vn.ocophub.shared.web.Messages;

/** Pages of the product registry: list with filters, registration, the record with its history, editing. */
@Controller
@RequestMapping("/products")
class ProductController {

	private final ProductManagement products;

	private final ProducerManagement producers;

	private final AdminUnitManagement units;

	private final Messages messages;

	private final java.time.Clock clock;

	ProductController(ProductManagement products, ProducerManagement producers, AdminUnitManagement units,
			Messages messages, java.time.Clock clock) {
		this.clock = clock;
		this.products = products;
		this.producers = producers;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("productSets")
	ProductSet[] productSets() {
		return ProductSet.values();
	}

	@ModelAttribute("productGroups")
	ProductGroup[] productGroups() {
		return ProductGroup.values();
	}

	@ModelAttribute("productStatuses")
	ProductStatus[] productStatuses() {
		return ProductStatus.values();
	}

	@ModelAttribute("allChannels")
	DistributionChannel[] channels() {
		return DistributionChannel.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") ProductFilter filter, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("products", products.search(filter.toQuery(), new PageRequest(page, 25), user));
		ProducerAccess access = producers.access(user);
		model.addAttribute("canAdd", access.officer() || !access.ownProducers().isEmpty());
		// A provincial or commune user filters within the own province only; others see every province.
		String scopeProvince = user.scope().provinceCode();
		model.addAttribute("scopeProvince", scopeProvince);
		model.addAttribute("provinces", units.provinces(null)
			.stream()
			.filter(p -> scopeProvince == null || p.province().code().equals(scopeProvince))
			.toList());
		model.addAttribute("sorts", ProductQuery.Sort.values());
		model.addAttribute("communeName", filter.getCommune() == null || filter.getCommune().isBlank() ? null
				: units.findCurrent(filter.getCommune()).map(u -> u.name()).orElse(filter.getCommune()));
		return "product/list";
	}

	/** The filtered list as an Excel file, in the import template's columns (it can be edited and imported back). */
	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") ProductFilter filter,
			@AuthenticationPrincipal CurrentUser user) {
		String name = "san-pham-ocop-" + java.time.LocalDate.now(clock) + ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> products.export(filter.toQuery(), user, out));
	}

	/** The products of one producer, for the producer's page (loaded by htmx). */
	@GetMapping("/of-producer/{producerId}")
	String ofProducer(@PathVariable long producerId, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProducerView producer = producers.get(producerId, user);
		model.addAttribute("producer", producer);
		model.addAttribute("products", products.search(ProductQuery.ofProducer(producerId), new PageRequest(0, 200), user));
		return "product/of-producer :: products";
	}

	@GetMapping("/new")
	String newProduct(@RequestParam(required = false) Long producer, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		ProductForm form = new ProductForm();
		java.util.Set<Long> own = producers.access(user).ownProducers();
		if (producer != null) {
			form.setProducerId(producer);
		}
		else if (own.size() == 1) {
			form.setProducerId(own.iterator().next());
		}
		model.addAttribute("productForm", form);
		return formView(model, null, user);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("productForm") ProductForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null, user);
		}
		try {
			ProductView created = products.create(form.getCode(), form.toData(), user);
			redirect.addFlashAttribute("success", messages.get("product.saved.created", created.name(), created.code()));
			return "redirect:/products/" + created.id();
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, result, messages);
			return formView(model, null, user);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("product", products.get(id, user));
		model.addAttribute("history", products.history(id, user));
		model.addAttribute("photos", products.photos(id, user));
		return "product/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProductView product = products.get(id, user);
		model.addAttribute("productForm", ProductForm.of(product));
		return formView(model, product, user);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("productForm") ProductForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ProductView product = products.get(id, user);
		if (result.hasErrors()) {
			return formView(model, product, user);
		}
		try {
			ProductView saved = products.update(id, form.getVersion(), form.toData(), user);
			redirect.addFlashAttribute("success", messages.get("product.saved.updated", saved.name()));
			return "redirect:/products/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, result, messages);
			return formView(model, product, user);
		}
		catch (BusinessRuleViolation ex) {
			result.reject(ex.errorCode().code(), messages.of(ex));
			return formView(model, product, user);
		}
	}

	@PostMapping("/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		try {
			products.addPhoto(id, photo.getBytes(), photo.getOriginalFilename(), user);
			redirect.addFlashAttribute("success", messages.get("product.photos.added"));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/products/" + id + "#photos";
	}

	@PostMapping("/{id}/photos/{photoId}/remove")
	String removePhoto(@PathVariable long id, @PathVariable long photoId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		products.removePhoto(id, photoId, user);
		redirect.addFlashAttribute("success", messages.get("product.photos.removed"));
		return "redirect:/products/" + id + "#photos";
	}

	/** A photo's bytes: never sniffed, cached privately, shown inline. */
	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId,
			@RequestParam(defaultValue = "false") boolean thumb, @AuthenticationPrincipal CurrentUser user) {
		PhotoContent content = products.photo(id, photoId, thumb, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("photo-" + photoId).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	private String formView(Model model, ProductView product, CurrentUser user) {
		model.addAttribute("product", product);
		ProductForm form = (ProductForm) model.getAttribute("productForm");
		String producerName = null;
		if (form != null && form.getProducerId() != null) {
			try {
				producerName = producers.get(form.getProducerId(), user).name();
			}
			catch (OcopException ex) {
				// An invisible producer is reported by the save; the form just shows no name.
			}
		}
		model.addAttribute("producerName", producerName);
		model.addAttribute("setsByGroup", Arrays.stream(ProductGroup.values())
			.map(group -> new SetGroup(group, Arrays.stream(ProductSet.values()).filter(s -> s.group() == group).toList()))
			.toList());
		return "product/form";
	}

	/** The product sets of one group, for the grouped choice of the form. */
	record SetGroup(ProductGroup group, java.util.List<ProductSet> sets) {
	}

}
