package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerManagement;

/**
 * What the evaluation integration tests share: the demo accounts signed in as themselves, new products of the
 * Cam bù cooperative or of a new cooperative of Xã Hương Sơn registered through the API, and requests with CSRF.
 * Every product and producer is new, so the tests also hold on a PostgreSQL database shared with other classes.
 */
abstract class EvaluationIntegrationSupport {

	static final String PASSWORD = "demo@OCOP2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProducerManagement producers;

	@Autowired
	UserDetailsService accounts;

	/** A new fresh-fruit product (set 01) of the Cam bù cooperative, the producer of {@code chuthe.cambu}. */
	long ownProduct(String name) {
		long producer = producers.access(account("chuthe.cambu")).ownProducers().iterator().next();
		return create("chuthe.cambu", "/api/v1/products", Map.of("name", name, "producerId", producer, "productSetCode", "01"));
	}

	/** A fresh-fruit product of a new cooperative of Xã Hương Sơn, registered by the commune's officer. */
	long officerProduct(String name) {
		Map<String, Object> producer = new LinkedHashMap<>();
		producer.put("name", "Hợp tác xã Bưởi " + token());
		producer.put("legalType", "COOPERATIVE");
		producer.put("registrationNumber", "EV" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase());
		producer.put("taxCode", "7" + String.format("%09d", Math.floorMod(SEQUENCE.incrementAndGet(), 1_000_000_000L)));
		producer.put("communeCode", "18133");
		long producerId = create("canbo.huongson", "/api/v1/producers", producer);
		return create("canbo.huongson", "/api/v1/products", Map.of("name", name, "producerId", producerId, "productSetCode", "01"));
	}

	long create(String username, String uri, Map<String, Object> body) {
		MvcTestResult created = mvc.post()
			.uri(uri)
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return JSON.readTree(created.getResponse().getContentAsByteArray()).get("id").asLong();
	}

	MockMvcRequestBuilder post(String username, String uri) {
		return mvc.post().uri(uri).with(user(account(username))).with(csrf());
	}

	MvcTestResult get(String username, String uri) {
		return mvc.get().uri(uri).with(user(account(username))).exchange();
	}

	static String token() {
		return Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

	CurrentUser account(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

}
