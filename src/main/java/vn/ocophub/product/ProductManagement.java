package vn.ocophub.product;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerMoved;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.product.internal.PhotoStore;
import vn.ocophub.product.internal.ProductListing;
import vn.ocophub.product.internal.ProductRow;
import vn.ocophub.product.internal.ProductSnapshots;
import vn.ocophub.product.internal.ProductStore;
import vn.ocophub.product.internal.ProductTemplate;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.audit.HistoryEntry;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.error.OcopException;
import vn.ocophub.shared.media.ImageUploads;
import vn.ocophub.shared.media.ProcessedImage;

/**
 * The product registry: products and services of the producers a user may see, registered and edited by
 * officers in their scope and by a producer account for its own organisation, with the history of every
 * change.
 */
@Service
@Transactional(readOnly = true)
public class ProductManagement {

	/** Photos a product may have. */
	public static final int MAX_PHOTOS = 12;

	/** Audit target type of products. */
	public static final String AUDIT_TYPE = "product";

	/** Error codes of the product registry. */
	public enum Errors implements ErrorCode {

		NOT_FOUND("product.not-found"), OUT_OF_SCOPE("product.out-of-scope"),
		CONCURRENT_EDIT("product.concurrent-edit"), PHOTO_NOT_FOUND("product.photo-not-found"),
		TOO_MANY_PHOTOS("product.too-many-photos"), DUPLICATE_PHOTO("product.duplicate-photo");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private static final ProducerAccess NO_ACCESS = new ProducerAccess(vn.ocophub.shared.AccessScope.country(), false,
			false, java.util.Set.of(), "public");

	private final ProductStore store;

	private final ProductListing listing;

	private final ProducerManagement producers;

	private final AuditTrail audit;

	private final Clock clock;

	private final PhotoStore photos;

	private final ImageUploads images;

	private final MessageSource messages;

	ProductManagement(ProductStore store, ProductListing listing, ProducerManagement producers, AuditTrail audit,
			Clock clock, PhotoStore photos, ImageUploads images, MessageSource messages) {
		this.messages = messages;
		this.photos = photos;
		this.images = images;
		this.store = store;
		this.listing = listing;
		this.producers = producers;
		this.audit = audit;
		this.clock = clock;
	}

	public PageResult<ProductSummary> search(ProductQuery query, PageRequest page, CurrentUser user) {
		return listing.page(query, page, producers.access(user));
	}

	/** Every product of a query the user may see, in list order, for an export; streamed, not collected. */
	public void forEach(ProductQuery query, CurrentUser user, Consumer<ProductView> consumer) {
		ProducerAccess access = producers.access(user);
		listing.stream(query, access, row -> consumer.accept(view(row, access)));
	}

	/** Writes the products of a query the user may see as an XLSX file, streamed row by row. */
	public void export(ProductQuery query, CurrentUser user, OutputStream out) throws IOException {
		Map<Long, String> registrations = producers.registrationNumbers(producers.access(user));
		ProductTemplate.export(out, messages, consumer -> forEach(query, user, consumer), registrations::get);
	}

	public ProductView get(long id, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		return view(visible(id, access), access);
	}

	/**
	 * A product read without a user, for modules that decided it may be shown (the public pages of certified
	 * products); never editable.
	 */
	public Optional<ProductView> find(long id) {
		return store.find(id).map(row -> view(row, NO_ACCESS));
	}

	/** A product's photos, for the public pages of certified products (same caveat as {@link #find}). */
	public List<ProductPhoto> photosOf(long id) {
		return photos.list(id);
	}

	/** The first photo of each product that has one, for the cards of the public catalogue (one query). */
	public Map<Long, ProductPhoto> firstPhotosOf(java.util.Collection<Long> ids) {
		return photos.firsts(ids);
	}

	/** A photo (or its thumbnail) of a product, for the public pages of certified products. */
	public Optional<PhotoContent> photoOf(long id, long photoId, boolean thumbnail) {
		return photos.content(id, photoId, thumbnail);
	}

	/**
	 * Registers a product. {@code code} may be given (a code from an earlier system); without one, the next
	 * free "province-commune-sequence" code is assigned.
	 */
	@Transactional
	public ProductView create(String code, ProductData input, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		ProductData data = input.normalized();
		String givenCode = code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
		List<FieldProblem> problems = new ArrayList<>(ProductRules.check(data));
		problems.addAll(ProductRules.checkCode(givenCode));
		ProducerView producer = editableProducer(data.producerId(), access, problems);
		if (givenCode != null && problems.isEmpty() && store.codeExists(givenCode)) {
			problems.add(new FieldProblem("code", "product.validation.code-taken", givenCode));
		}
		checkNameFree(data, producer, -1, problems);
		InvalidInput.throwIfAny(problems);
		String assigned = givenCode != null ? givenCode : nextCode(producer);
		long id = store.insert(write(0, 0, assigned, data, producer), access.actor(), OffsetDateTime.now(clock));
		audit.recordChanges("PRODUCT_CREATED", AUDIT_TYPE, String.valueOf(id), producer.provinceCode(),
				FieldChange.created(ProductSnapshots.of(data, producer.name())));
		return get(id, user);
	}

	@Transactional
	public ProductView update(long id, long version, ProductData input, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		ProductRow before = editable(id, access);
		ProductData data = input.normalized();
		List<FieldProblem> problems = new ArrayList<>(ProductRules.check(data));
		ProducerView producer = editableProducer(data.producerId(), access, problems);
		checkNameFree(data, producer, id, problems);
		InvalidInput.throwIfAny(problems);
		if (!store.update(write(id, version, before.code(), data, producer), access.actor(),
				OffsetDateTime.now(clock))) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		audit.recordChanges("PRODUCT_UPDATED", AUDIT_TYPE, String.valueOf(id), producer.provinceCode(),
				FieldChange.between(ProductSnapshots.of(before.data(), before.producerName()),
						ProductSnapshots.of(data, producer.name())));
		return get(id, user);
	}

	/** The photos of a product, in their order. */
	public List<ProductPhoto> photos(long id, CurrentUser user) {
		visible(id, producers.access(user));
		return photos.list(id);
	}

	/** The bytes of a photo (or its thumbnail), for a user who may see the product. */
	public PhotoContent photo(long id, long photoId, boolean thumbnail, CurrentUser user) {
		visible(id, producers.access(user));
		return photos.content(id, photoId, thumbnail)
			.orElseThrow(() -> new NotFoundException(Errors.PHOTO_NOT_FOUND, String.valueOf(photoId)));
	}

	/**
	 * Adds a photo: the upload is checked by its content (JPEG, PNG or WebP, at most 10 MB), re-encoded without
	 * its metadata, resized and stored with a thumbnail.
	 */
	@Transactional
	public ProductPhoto addPhoto(long id, byte[] content, String originalName, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		ProductRow product = editable(id, access);
		if (photos.count(id) >= MAX_PHOTOS) {
			throw new BusinessRuleViolation(Errors.TOO_MANY_PHOTOS, MAX_PHOTOS);
		}
		ProcessedImage image = images.process(content, originalName);
		if (photos.hasSame(id, image.sha256())) {
			throw new BusinessRuleViolation(Errors.DUPLICATE_PHOTO);
		}
		String name = originalName == null ? null : VietText.clean(originalName);
		long photoId = photos.insert(id, image.contentType(), image.width(), image.height(), image.image(),
				image.thumbnail(), image.sha256(), name == null || name.length() <= 255 ? name : name.substring(0, 255),
				access.actor(), OffsetDateTime.now(clock));
		audit.recordChanges("PRODUCT_PHOTO_ADDED", AUDIT_TYPE, String.valueOf(id), product.provinceCode(),
				List.of(new FieldChange("photo", null, name == null ? "#" + photoId : name)));
		return photos.find(id, photoId).orElseThrow();
	}

	@Transactional
	public void removePhoto(long id, long photoId, CurrentUser user) {
		ProducerAccess access = producers.access(user);
		ProductRow product = editable(id, access);
		ProductPhoto photo = photos.find(id, photoId)
			.orElseThrow(() -> new NotFoundException(Errors.PHOTO_NOT_FOUND, String.valueOf(photoId)));
		photos.delete(id, photoId);
		audit.recordChanges("PRODUCT_PHOTO_REMOVED", AUDIT_TYPE, String.valueOf(id), product.provinceCode(),
				List.of(new FieldChange("photo", photo.originalName() == null ? "#" + photoId : photo.originalName(),
						null)));
	}

	private ProductRow editable(long id, ProducerAccess access) {
		ProductRow row = visible(id, access);
		if (!access.canEdit(row.data().producerId(), row.provinceCode(), row.communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		return row;
	}

	public List<HistoryEntry> history(long id, CurrentUser user) {
		visible(id, producers.access(user));
		return audit.history(AUDIT_TYPE, String.valueOf(id));
	}

	/**
	 * Records where a product stands in the OCOP program: for the evaluation and certificate capabilities
	 * (and demo data), not for users editing the registry.
	 */
	@Transactional
	public void recordOcopStatus(long id, ProductStatus status, Integer stars, Integer ratedYear) {
		ProductRow row = store.find(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		store.setStatus(id, status, stars, ratedYear);
		audit.recordChanges("PRODUCT_STATUS", AUDIT_TYPE, String.valueOf(id), row.provinceCode(),
				FieldChange.between(status(row.status(), row.stars()), status(status, stars)));
	}

	private static Map<String, String> status(ProductStatus status, Integer stars) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("status", status.name());
		fields.put("stars", stars == null ? null : stars.toString());
		return fields;
	}

	@EventListener
	void producerMoved(ProducerMoved moved) {
		store.producerMoved(moved.producerId(), moved.name(), moved.provinceCode(), moved.provinceName(),
				moved.communeCode(), moved.communeName());
	}

	private ProducerView editableProducer(long producerId, ProducerAccess access, List<FieldProblem> problems) {
		if (producerId <= 0) {
			return null;
		}
		try {
			ProducerView producer = producers.get(producerId, access);
			if (producer.editable()) {
				return producer;
			}
		}
		catch (OcopException ex) {
			// Unknown and invisible producers get the same answer: nothing about others' records leaks.
		}
		problems.add(new FieldProblem("producerId", "product.validation.producer-not-visible"));
		return null;
	}

	/**
	 * Only among the products of a producer the user may update: for any other producer, "already has a product
	 * of this name" would tell that the producer exists and what it makes.
	 */
	private void checkNameFree(ProductData data, ProducerView producer, long self, List<FieldProblem> problems) {
		if (data.name() != null && producer != null) {
			store.idByName(data.producerId(), VietText.searchKey(data.name()))
				.filter(other -> other != self)
				.ifPresent(other -> problems
					.add(new FieldProblem("name", "product.validation.name-taken", data.name())));
		}
	}

	private String nextCode(ProducerView producer) {
		String prefix = producer.provinceCode() + "-" + producer.communeCode() + "-";
		return prefix + String.format("%04d", store.lastSequence(prefix) + 1);
	}

	private ProductRow visible(long id, ProducerAccess access) {
		ProductRow row = store.find(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		if (!access.canSee(row.data().producerId(), row.provinceCode(), row.communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		return row;
	}

	private static ProductStore.Write write(long id, long version, String code, ProductData data,
			ProducerView producer) {
		return new ProductStore.Write(id, version, code, data, producer.name(), producer.provinceCode(),
				producer.provinceName(), producer.communeCode(), producer.communeName());
	}

	private static ProductView view(ProductRow row, ProducerAccess access) {
		return new ProductView(row.id(), row.code(), row.data(), row.producerName(), row.provinceCode(),
				row.provinceName(), row.communeCode(), row.communeName(), row.status(), row.stars(), row.ratedYear(),
				row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(), row.version(),
				access.canEdit(row.data().producerId(), row.provinceCode(), row.communeCode()));
	}

}
