package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The main flows of the issue in a real browser: logging in and out, switching the language, browsing and
 * searching the administrative map (htmx live search, pre-reform map), an administrator creating a scoped
 * account that then logs in with its one-time password, scope enforcement between administrators, and a
 * validation error in the account form. Screenshots of each step go to target/screenshots.
 */
class BrowserFlowTests extends BrowserTestSupport {

	@Test
	void wrongPasswordShowsTheErrorThenAdminLogsInAndOut() {
		logIn("admin", "not-the-password");
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(driver.getCurrentUrl()).contains("error");
		assertThat(visible("#login-error").getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(findAll("#user-menu")).isEmpty();
		screenshot("01-login-wrong-password");

		type("#username", "admin");
		type("#password", DEMO_PASSWORD);
		clickAndWaitForNewPage(find("#login-submit"));
		waitForPath("/workspace");
		assertThat(visible("#workspace-heading").getText()).contains("Quản trị hệ thống (demo)");
		assertThat(find("#workspace-scope").getText()).isEqualTo("Toàn quốc");
		assertThat(find("#user-menu").getText()).isEqualTo("Quản trị hệ thống (demo)");
		screenshot("02-workspace-admin");

		click(find("#user-menu"));
		assertThat(visible("#logout").getAttribute("class")).contains("dropdown-item");
		screenshot("03-user-menu-open");
		clickAndWaitForNewPage(find("#logout"));
		waitForPath("/");
		assertThat(visible("#logged-out").getText()).isEqualTo("Bạn đã đăng xuất.");
		assertThat(visible("#nav-login").getText()).isEqualTo("Đăng nhập");
		assertThat(findAll("#user-menu")).isEmpty();
		screenshot("04-after-logout");

		// The session is really gone: the workspace asks for a login again.
		open("/workspace");
		waitForPath("/login");
	}

	@Test
	void languageSwitchesToEnglishStaysOnTheNextPageAndSwitchesBack() {
		open("/");
		assertThat(find("html").getAttribute("lang")).isEqualTo("vi");
		assertThat(find("#mainNav").getText()).contains("Bản đồ hành chính").doesNotContain("Administrative map");
		assertThat(find("#commune-count").getText()).isEqualTo("3.321");
		screenshot("10-home-vi");

		clickAndWaitForNewPage(find("#lang-en"));
		assertThat(find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(find("#mainNav").getText()).contains("Administrative map").doesNotContain("Bản đồ hành chính");
		assertThat(find("#lang-en").getAttribute("class")).contains("active");
		assertThat(find("#commune-count").getText()).isEqualTo("3,321");
		Cookie language = driver.manage().getCookieNamed("ocop-lang");
		assertThat(language).isNotNull();
		assertThat(language.getValue()).isEqualTo("en");
		screenshot("11-home-en");

		// The next page, opened without ?lang, is still in English: the cookie carries the choice.
		clickAndWaitForNewPage(find("#mainNav a[href='/map']"));
		assertThat(currentPath()).isEqualTo("/map");
		assertThat(driver.getCurrentUrl()).doesNotContain("lang=");
		assertThat(visible("h1").getText()).isEqualTo("Map of administrative units");
		assertThat(find("label[for='q']").getText()).isEqualTo("Find an administrative unit");
		screenshot("12-map-en");

		// Switching language on a former unit keeps the map date: the same unit, not today's unit of that code.
		open("/map/18133?date=2025-06-30");
		assertThat(visible("#unit-name").getText()).isEqualTo("Thị trấn Phố Châu");
		assertThat(find("#unit-ended").getText()).isEqualTo("This unit ceased to exist after 30/06/2025; see its successors below.");
		clickAndWaitForNewPage(find("#lang-vi"));
		assertThat(find("html").getAttribute("lang")).isEqualTo("vi");
		assertThat(driver.getCurrentUrl()).contains("date=2025-06-30");
		assertThat(visible("#unit-name").getText()).isEqualTo("Thị trấn Phố Châu");
		assertThat(find("#unit-ended").getText()).startsWith("Đơn vị này chỉ có hiệu lực đến hết ngày 30/06/2025");
		assertThat(driver.manage().getCookieNamed("ocop-lang").getValue()).isEqualTo("vi");
		screenshot("13-former-unit-back-in-vi");
	}

	@Test
	void mapListsProvincesSearchesWithoutAccentsAndShowsFormerUnits() {
		open("/map");
		// Seen twice in CI: the table had 4 rows right after the page load, and all 34 when looked at again. Wait
		// for the full table, and should it never come, show what the browser had.
		try {
			waitUntil(d -> findAll("#province-table tbody tr").size() == 34);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("The map lists " + findAll("#province-table tbody tr").size()
					+ " provinces instead of 34 at " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), ex);
		}
		assertThat(find("#province-table").getText()).contains("Tỉnh Hà Tĩnh", "Tỉnh Quảng Ninh", "Thành phố Hà Nội");
		screenshot("20-map-provinces");

		// htmx live search: typing without accents finds the accented names, no page load.
		WebElement page = find("html");
		type("#q", "ha tinh");
		waitForText("#result-table", "Tỉnh Hà Tĩnh");
		assertThat(rowTexts("#result-table tbody tr")).anySatisfy(row -> assertThat(row).contains("42", "Tỉnh Hà Tĩnh"));
		assertThat(findAll("#province-table")).isEmpty();
		assertThat(find("#result-table thead").getText()).contains("Loại").doesNotContain("Cấp");
		waitUntil(d -> d.getCurrentUrl().contains("q=ha+tinh") || d.getCurrentUrl().contains("q=ha%20tinh"));
		screenshot("21-map-search-ha-tinh");

		type("#q", "huong son");
		waitForText("#result-table", "Xã Hương Sơn");
		assertThat(rowTexts("#result-table tbody tr"))
			.anySatisfy(row -> assertThat(row).contains("18133", "Xã Hương Sơn", "Đang hiệu lực"));
		assertThat(find("#result-count").getText()).startsWith("Tìm thấy");
		assertThat(ExpectedConditions.stalenessOf(page).apply(driver)).as("live search must not reload the page")
			.isFalse();
		screenshot("22-map-search-huong-son");

		// The unit page of the new commune, with the units it was formed from.
		clickAndWaitForNewPage(find("#result-table a[href='/map/18133']"));
		assertThat(currentPath()).isEqualTo("/map/18133");
		assertThat(visible("#unit-name").getText()).isEqualTo("Xã Hương Sơn");
		assertThat(findAll("#unit-ended")).isEmpty();
		List<String> predecessors = rowTexts("#predecessor-table tbody tr");
		assertThat(predecessors).hasSizeGreaterThanOrEqualTo(2)
			.anySatisfy(row -> assertThat(row).contains("Thị trấn Phố Châu", "Huyện Hương Sơn", "Tỉnh Hà Tĩnh"))
			.anySatisfy(row -> assertThat(row).contains("Xã Sơn Ninh", "Huyện Hương Sơn"));
		screenshot("23-unit-huong-son");

		// A former unit: it ended on 30/06/2025 and says what it is part of now.
		clickAndWaitForNewPage(find("#predecessor-table").findElement(By.linkText("Thị trấn Phố Châu")));
		assertThat(visible("#unit-name").getText()).isEqualTo("Thị trấn Phố Châu");
		assertThat(visible("#unit-ended").getText()).contains("30/06/2025");
		assertThat(find("#successor-list").getText()).contains("Xã Hương Sơn");
		screenshot("24-unit-pho-chau-ended");

		// The pre-reform map chosen in the "Bản đồ" select: provinces of the old map, with their districts.
		open("/map");
		new Select(visible("#date")).selectByValue("2025-06-30");
		waitUntil(d -> d.findElements(By.cssSelector("#province-table thead th")).size() == 6);
		waitUntil(d -> d.getCurrentUrl().contains("date=2025-06-30"));
		List<WebElement> oldProvinces = findAll("#province-table tbody tr");
		assertThat(oldProvinces).hasSizeGreaterThan(34);
		assertThat(find("#province-table thead").getText()).contains("Quận, huyện");
		// The caption above the table follows the chosen map.
		assertThat(find("#map-caption").getText()).contains("30/06/2025", "trước sắp xếp").doesNotContain("34 tỉnh");
		screenshot("25-map-before-reform");

		// A commune that ended with the reform, reached through the old map's search.
		type("#q", "son ninh");
		waitForText("#result-table", "Xã Sơn Ninh");
		assertThat(rowTexts("#result-table tbody tr"))
			.anySatisfy(row -> assertThat(row).contains("18175", "Xã Sơn Ninh", "Hiệu lực đến 30/06/2025"));
		screenshot("26-map-before-reform-search");
		clickAndWaitForNewPage(find("#result-table").findElement(By.linkText("Xã Sơn Ninh")));
		assertThat(visible("#unit-name").getText()).isEqualTo("Xã Sơn Ninh");
		assertThat(visible("#unit-ended").getText()).contains("30/06/2025");
		assertThat(find("#successor-list").getText()).contains("Xã Hương Sơn");
		screenshot("27-unit-son-ninh-ended");
	}

	@Test
	void adminCreatesCommuneOfficerWhoLogsInWithTheOneTimePassword() {
		String username = "canbo.test" + System.currentTimeMillis() % 1_000_000_000L;
		logIn("admin", DEMO_PASSWORD);
		open("/admin/users");
		assertThat(findAll("#user-table tbody tr a[href^='/admin/users/']")).isNotEmpty();
		screenshot("30-admin-users");
		clickAndWaitForNewPage(visible("#new-user"));
		assertThat(currentPath()).isEqualTo("/admin/users/new");

		type("#username", username);
		type("#fullName", "Hoàng Thị Thuỳ Dương");
		type("#organisation", "UBND xã Hương Sơn");
		click(find("input[name='roles'][value='COMMUNE_OFFICER']"));
		click(find("input[name='scopeLevel'][value='COMMUNE']"));
		type("#unit-search", "huong son");
		// Several communes are called Hương Sơn: pick the one of Hà Tĩnh by its code.
		WebElement pick = visible("#unit-results button[data-pick-code='18133']");
		assertThat(pick.getText()).isEqualTo("Xã Hương Sơn (18133) — Tỉnh Hà Tĩnh");
		screenshot("31-new-user-picker");
		click(pick);
		waitUntil(d -> "18133".equals(d.findElement(By.id("scopeUnitCode")).getAttribute("value")));
		assertThat(find("#scopeUnitCode-label").getText()).isEqualTo("Xã Hương Sơn");
		assertThat(findAll("#unit-results button")).isEmpty();
		screenshot("32-new-user-filled");

		clickAndWaitForNewPage(find("#user-save"));
		assertThat(currentPath()).matches("/admin/users/\\d+");
		String oneTimePassword = visible("#one-time-password").getText().trim();
		assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(10);
		assertThat(find("main").getText()).contains("Đã tạo tài khoản " + username);
		assertThat(find("#fullName").getAttribute("value")).isEqualTo("Hoàng Thị Thuỳ Dương");
		assertThat(find("#scopeUnitCode").getAttribute("value")).isEqualTo("18133");
		assertThat(find("input[name='roles'][value='COMMUNE_OFFICER']").isSelected()).isTrue();
		screenshot("33-user-created-one-time-password");

		// The one-time password is shown once only.
		driver.navigate().refresh();
		assertThat(findAll("#one-time-password")).isEmpty();

		logOut();
		logIn(username, oneTimePassword);
		waitForPath("/account/password");
		assertThat(find("main .alert-warning").getText()).contains("mật khẩu tạm thời");
		screenshot("34-forced-password-change");
		// Every other page sends the user back here until the password is changed.
		open("/workspace");
		waitForPath("/account/password");

		String newPassword = "HuongSon2026x";
		type("#currentPassword", oneTimePassword);
		type("#newPassword", newPassword);
		type("#confirmPassword", newPassword);
		clickAndWaitForNewPage(find("#password-submit"));
		waitForPath("/workspace");
		assertThat(visible("#workspace-heading").getText()).contains("Hoàng Thị Thuỳ Dương");
		assertThat(find("#workspace-scope").getText()).isEqualTo("Xã Hương Sơn, Tỉnh Hà Tĩnh");
		assertThat(find("main").getText()).contains("Đã đổi mật khẩu.", "Cán bộ xã");
		// A commune officer has no administration menu.
		assertThat(findAll("a[href='/admin/users']")).isEmpty();
		screenshot("35-new-user-workspace");

		// The new password works for the next login, the one-time one does not.
		logOut();
		logIn(username, oneTimePassword);
		assertThat(visible("#login-error").getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		logIn(username, newPassword);
		waitForPath("/workspace");
	}

	@Test
	void provinceAdministratorCannotOpenAnAccountOfAnotherProvince() {
		logIn("admin", DEMO_PASSWORD);
		open("/admin/users?q=vanphong.hatinh");
		WebElement link = visible("#user-table").findElement(By.linkText("vanphong.hatinh"));
		String hatinhUserPath = link.getAttribute("href").replaceFirst("^https?://[^/]+", "");
		assertThat(hatinhUserPath).matches("/admin/users/\\d+");
		logOut();

		logIn("quantri.quangninh", DEMO_PASSWORD);
		waitForPath("/workspace");
		assertThat(find("#workspace-scope").getText()).isEqualTo("Tỉnh Quảng Ninh");
		open("/admin/users");
		assertThat(find("#user-table").getText()).doesNotContain("vanphong.hatinh", "canbo.huongson");
		screenshot("40-quangninh-users");

		open(hatinhUserPath);
		assertThat(visible("#error-heading").getText()).isEqualTo("Bạn không có quyền truy cập trang này");
		assertThat(find("#error-detail").getText()).isEqualTo("Tài khoản này nằm ngoài phạm vi quản lý của bạn.");
		assertThat(find("main").getText()).doesNotContain("vanphong.hatinh", "Nguyễn Thị Minh Hà");
		assertThat(findAll("#user-form")).isEmpty();
		screenshot("41-quangninh-403");
	}

	@Test
	void communeRoleWithProvinceScopeIsRejectedAndNothingIsSaved() {
		String username = "sai.phamvi" + System.currentTimeMillis() % 1_000_000_000L;
		logIn("admin", DEMO_PASSWORD);
		open("/admin/users/new");
		type("#username", username);
		type("#fullName", "Vũ Đức Phúc");
		click(find("input[name='roles'][value='COMMUNE_OFFICER']"));
		click(find("input[name='scopeLevel'][value='PROVINCE']"));
		type("#scopeUnitCode", "42");
		clickAndWaitForNewPage(find("#user-save"));

		assertThat(visible("#form-errors").getText()).contains("không phù hợp với phạm vi");
		assertThat(findAll("#one-time-password")).isEmpty();
		// The form keeps what was typed.
		assertThat(find("#username").getAttribute("value")).isEqualTo(username);
		assertThat(find("#fullName").getAttribute("value")).isEqualTo("Vũ Đức Phúc");
		assertThat(find("input[name='scopeLevel'][value='PROVINCE']").isSelected()).isTrue();
		screenshot("50-user-form-role-scope-error");

		open("/admin/users?q=" + username);
		assertThat(find("#user-table").getText()).doesNotContain(username).contains("Không có tài khoản nào.");
	}

	private List<String> rowTexts(String css) {
		return findAll(css).stream().map(WebElement::getText).toList();
	}

}
