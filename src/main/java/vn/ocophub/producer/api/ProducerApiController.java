package vn.ocophub.producer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
import vn.ocophub.producer.CooperativeRating;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerData;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerQuery;
import vn.ocophub.producer.ProducerStatus;
import vn.ocophub.producer.ProducerSummary;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;

/** The producer registry over HTTP Basic, limited to the caller's scope exactly like the pages. */
@RestController
@RequestMapping("/api/v1/producers")
@Tag(name = "Producers", description = "OCOP producers (chủ thể): cooperatives, enterprises, households…")
@SecurityRequirement(name = "basicAuth")
class ProducerApiController {

	private final ProducerManagement producers;

	ProducerApiController(ProducerManagement producers) {
		this.producers = producers;
	}

	/** A producer as lists return it; absent values are null. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ProducerItem(long id, String name, LegalType legalType, String registrationNumber, String taxCode,
			String communeCode, String communeName, String provinceCode, String provinceName, String address,
			ProducerStatus status) {

		static ProducerItem of(ProducerSummary p) {
			return new ProducerItem(p.id(), p.name(), p.legalType(), p.registrationNumber(), p.taxCode(),
					p.communeCode(), p.communeName(), p.provinceCode(), p.provinceName(), p.address(), p.status());
		}

	}

	/** A producer with every field; absent values are null. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ProducerDetails(long id, String name, LegalType legalType, String registrationNumber,
			LocalDate registrationDate, String taxCode, String communeCode, String communeName, String provinceCode,
			String provinceName, String address, String representativeName, Gender representativeGender,
			boolean representativeMinority, String phone, String email, String website,
			BigDecimal communityCapitalShare, CooperativeRating cooperativeRating, Integer workers,
			Integer localWorkers, ProducerStatus status, OffsetDateTime updatedAt, String updatedBy, long version) {

		static ProducerDetails of(ProducerView v) {
			ProducerData d = v.data();
			return new ProducerDetails(v.id(), d.name(), d.legalType(), d.registrationNumber(), d.registrationDate(),
					d.taxCode(), d.communeCode(), v.communeName(), v.provinceCode(), v.provinceName(), d.address(),
					d.representativeName(), d.representativeGender(), d.representativeMinority(), d.phone(), d.email(),
					d.website(), d.communityCapitalShare(), d.cooperativeRating(), d.workers(), d.localWorkers(),
					d.status(), v.updatedAt(), v.updatedBy(), v.version());
		}

	}

	/** What a client sends to register or update a producer ({@code version} for updates). */
	record ProducerRequest(String name, LegalType legalType, String registrationNumber, LocalDate registrationDate,
			String taxCode, String communeCode, String address, String representativeName,
			Gender representativeGender, Boolean representativeMinority, String phone, String email, String website,
			BigDecimal communityCapitalShare, CooperativeRating cooperativeRating, Integer workers,
			Integer localWorkers, ProducerStatus status, Long version) {

		ProducerData toData() {
			return new ProducerData(name, legalType, registrationNumber, registrationDate, taxCode, communeCode,
					address, representativeName, representativeGender, Boolean.TRUE.equals(representativeMinority),
					phone, email, website, communityCapitalShare, cooperativeRating, workers, localWorkers, status);
		}

	}

	@GetMapping
	@Operation(summary = "Producers in the caller's scope; q is searched without accents")
	PageResult<ProducerItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String province, @RequestParam(required = false) String commune,
			@RequestParam(required = false) LegalType legalType, @RequestParam(required = false) ProducerStatus status,
			@RequestParam(required = false) ProducerQuery.Sort sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return producers.search(new ProducerQuery(q, province, commune, legalType, status, sort),
				PageRequest.of(page, size), user)
			.map(ProducerItem::of);
	}

	@PostMapping
	@Operation(summary = "Register a producer in the caller's scope; 400 lists every invalid field")
	ResponseEntity<ProducerDetails> create(@RequestBody ProducerRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ProducerView created = producers.create(request.toData(), user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/producers/" + created.id())
			.body(ProducerDetails.of(created));
	}

	@GetMapping("/{id}")
	ProducerDetails get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return ProducerDetails.of(producers.get(id, user));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update a producer at the version read; 409 if it changed since")
	ProducerDetails update(@PathVariable long id, @RequestBody ProducerRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		long version = request.version() != null ? request.version() : producers.get(id, user).version();
		return ProducerDetails.of(producers.update(id, version, request.toData(), user));
	}

}
