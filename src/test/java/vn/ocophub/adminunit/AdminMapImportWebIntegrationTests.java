package vn.ocophub.adminunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.shared.AccessScope;

/** The import pages: a malformed table shows its errors row by row in Vietnamese; an oversized one is refused. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminMapImportWebIntegrationTests {

	static final CurrentUser ADMIN = new CurrentUser(0, "admin", "Quản trị", null, true, false,
			Set.of(Role.SYSTEM_ADMIN), AccessScope.country());

	@Autowired
	MockMvcTester mvc;

	@Test
	void aMalformedTableShowsItsErrorsAndCannotBeApplied() {
		String csv = AdminMapImportIntegrationTests.TITLE + AdminMapImportIntegrationTests.HEADER
				+ "Tỉnh Hà Tĩnh (42),Xã Hương Sơn,18133,Xã Sơn Bằng,1819,Nhập toàn bộ,Huyện Hương Sơn (436),Tỉnh Hà Tĩnh (42),\n";
		MvcTestResult upload = mvc.post()
			.uri("/admin/admin-units/import")
			.multipart()
			.file(new MockMultipartFile("file", "bang-loi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(ADMIN))
			.with(csrf())
			.exchange();
		assertThat(upload).hasStatus3xxRedirection();
		String report = upload.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(report).with(user(ADMIN))).hasStatusOk()
			.bodyText()
			.contains("Có lỗi, không thể áp dụng", "Mã Xã cũ", "Mã &quot;1819&quot; không phải mã đơn vị cấp xã (5 chữ số).")
			.doesNotContain("id=\"import-apply\"");
	}

	@Test
	void anEmptyFileIsRefused() {
		MvcTestResult upload = mvc.post()
			.uri("/admin/admin-units/import")
			.multipart()
			.file(new MockMultipartFile("file", "khong-doi.csv", "text/csv", new byte[0]))
			.with(user(ADMIN))
			.with(csrf())
			.exchange();
		assertThat(upload).hasRedirectedUrl("/admin/admin-units/import").flash().containsKey("error");
	}

	@Test
	void refusesAFileAboveTheLimitWithAClearMessage() {
		byte[] big = new byte[AdminMapImports.MAX_BYTES + 1];
		MvcTestResult upload = mvc.post()
			.uri("/admin/admin-units/import")
			.multipart()
			.file(new MockMultipartFile("file", "qua-lon.csv", "text/csv", big))
			.with(user(ADMIN))
			.with(csrf())
			.exchange();
		assertThat(upload).hasRedirectedUrl("/admin/admin-units/import")
			.flash()
			.containsEntry("error", "Tệp vượt quá 10 MB.");
	}

}
