package vn.ocophub.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.identity.CurrentUser;

/**
 * The registry pages a browser uses: a producer's page shows who changed which field from what to what, and
 * product photos are checked by their content, stored re-encoded, and served only to those who may see the
 * product, never sniffed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistryPagesIntegrationTests {

	static final String PASSWORD = "demo@OCOP2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProductManagement products;

	@Autowired
	UserDetailsService accounts;

	@Test
	void theProducerPageShowsWhoChangedWhichFieldFromWhatToWhat() {
		Map<String, Object> producer = producerBody("Hợp tác xã Nấm rơm " + token());
		long id = create("/api/v1/producers", "canbo.huongson", producer);
		producer.put("address", "Thôn Trung Lưu");
		assertThat(mvc.put()
			.uri("/api/v1/producers/" + id)
			.with(httpBasic("canbo.huongson", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(producer))
			.exchange()).hasStatusOk();

		assertThat(mvc.get().uri("/producers/" + id).with(user(account("vanphong.hatinh")))).hasStatusOk()
			.bodyText()
			.contains("Lịch sử thay đổi", "canbo.huongson", "Địa chỉ (thôn, tổ dân phố, đường)",
					"<del>Thôn Tân Hương</del>", "<ins>Thôn Trung Lưu</ins>", producer.get("name").toString());
		assertThat(mvc.get().uri("/producers/" + id).with(user(account("chuthe.cambu"))))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.doesNotContain(producer.get("name").toString(), "Thôn Trung Lưu");
	}

	@Test
	void theProductPageShowsItsHistoryAndStaysInScope() {
		long producer = create("/api/v1/producers", "canbo.huongson", producerBody("Hợp tác xã Mật ong " + token()));
		Map<String, Object> product = productBody("Mật ong hoa keo", producer);
		long id = create("/api/v1/products", "canbo.huongson", product);
		product.put("brand", "Ong Sơn Kim");
		assertThat(mvc.put()
			.uri("/api/v1/products/" + id)
			.with(httpBasic("vanphong.hatinh", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(product))
			.exchange()).hasStatusOk();

		assertThat(mvc.get().uri("/products/" + id).with(user(account("canbo.huongson")))).hasStatusOk()
			.bodyText()
			.contains("Mật ong hoa keo", "vanphong.hatinh", "Nhãn hiệu, thương hiệu", "<ins>Ong Sơn Kim</ins>");
		assertThat(mvc.get().uri("/products/" + id).with(user(account("quantri.quangninh"))))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.doesNotContain("Mật ong hoa keo");
	}

	@Test
	void refusesAProgramNamedLikeAPhotoAndStoresNothing() {
		long id = newProduct("Chè búp " + token());
		byte[] program = new byte[4096];
		byte[] header = "MZ\u0090\u0000This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(header, 0, program, 0, header.length);

		MvcTestResult upload = upload(id, "canbo.huongson", "photo.jpg", program);
		String message = "Tệp “photo.jpg” không phải là ảnh nên không thể tải lên. Hãy chọn ảnh sản phẩm dạng JPEG,"
				+ " PNG hoặc WebP.";
		assertThat(upload).hasRedirectedUrl("/products/" + id + "#photos").flash().containsEntry("error", message);
		assertThat(products.photos(id, account("canbo.huongson"))).isEmpty();
		assertThat(products.history(id, account("canbo.huongson")))
			.noneMatch(entry -> entry.action().equals("PRODUCT_PHOTO_ADDED"));

		// The page the browser is sent back to (same session) shows the message.
		assertThat(mvc.get()
			.uri("/products/" + id)
			.with(user(account("canbo.huongson")))
			.cookie(upload.getResponse().getCookies())).hasStatusOk()
			.bodyText()
			.contains("alert-danger", message);
	}

	@Test
	void storesARealPhotoAndServesItOnlyToThoseWhoMaySeeTheProduct() throws IOException {
		long id = newProduct("Cam sành " + token());
		MvcTestResult upload = upload(id, "canbo.huongson", "cam-sanh.jpg", jpeg(1200, 900));
		assertThat(upload).hasRedirectedUrl("/products/" + id + "#photos").flash().containsKey("success");

		List<ProductPhoto> photos = products.photos(id, account("canbo.huongson"));
		assertThat(photos).hasSize(1);
		ProductPhoto photo = photos.get(0);
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.width()).isEqualTo(1200);
		assertThat(photo.height()).isEqualTo(900);

		String uri = "/products/" + id + "/photos/" + photo.id();
		MvcTestResult served = mvc.get().uri(uri).with(user(account("vanphong.hatinh"))).exchange();
		assertThat(served).hasStatusOk()
			.hasContentType(MediaType.IMAGE_JPEG)
			.hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(served.getResponse().getHeader("Content-Disposition")).startsWith("inline");
		byte[] bytes = served.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
		assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(1200);

		// The producer account of another producer (the Cam bù cooperative, same commune) gets no photo.
		MvcTestResult refused = mvc.get().uri(uri).with(user(account("chuthe.cambu"))).exchange();
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(new String(refused.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1))
			.doesNotContain("JFIF");
		assertThat(mvc.get().uri(uri + "?thumb=true").with(user(account("quantri.quangninh"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		// …nor can it add one.
		assertThat(upload(id, "chuthe.cambu", "them.jpg", jpeg(800, 600))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(products.photos(id, account("canbo.huongson"))).hasSize(1);
	}


	// --- helpers --------------------------------------------------------------------------------------------

	MvcTestResult upload(long productId, String username, String fileName, byte[] content) {
		return mvc.post()
			.uri("/products/" + productId + "/photos")
			.multipart()
			.file(new MockMultipartFile("photo", fileName, "image/jpeg", content))
			.with(user(account(username)))
			.with(csrf())
			.exchange();
	}

	/** A product of a new cooperative of Xã Hương Sơn, registered by the commune's officer. */
	long newProduct(String name) {
		long producer = create("/api/v1/producers", "canbo.huongson", producerBody("Hợp tác xã Ảnh " + token()));
		return create("/api/v1/products", "canbo.huongson", productBody(name, producer));
	}

	long create(String uri, String username, Map<String, Object> body) {
		MvcTestResult created = mvc.post()
			.uri(uri)
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return JSON.readTree(created.getResponse().getContentAsByteArray()).get("id").asLong();
	}

	static Map<String, Object> producerBody(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("legalType", "COOPERATIVE");
		body.put("registrationNumber", "TW" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase());
		body.put("taxCode", "6" + String.format("%09d", Math.floorMod(SEQUENCE.incrementAndGet(), 1_000_000_000L)));
		body.put("communeCode", "18133");
		body.put("address", "Thôn Tân Hương");
		return body;
	}

	static Map<String, Object> productBody(String name, long producerId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("producerId", producerId);
		body.put("productSetCode", "01");
		return body;
	}

	static String token() {
		return "p" + Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

	CurrentUser account(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	/** A photo-like JPEG: a gradient with a few shapes, so it compresses like a picture, not like a blank. */
	static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(255, 160, 30), width, height, new Color(40, 120, 40)));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(250, 200, 60));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, "jpg", out)).isTrue();
		return out.toByteArray();
	}

}
