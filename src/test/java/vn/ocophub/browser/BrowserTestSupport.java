package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Base of the real-browser tests: the whole application on a random port (with the private in-memory H2 and
 * the demo accounts of the test properties) driven by the Debian headless Chromium. One browser per test
 * class; cookies are cleared before each test so that tests do not depend on each other. Without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped, not failed. The driver
 * path is explicit, so Selenium Manager never runs (nothing is downloaded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Password of every demo account (test properties turn the demo data on). */
	static final String DEMO_PASSWORD = "demo@OCOP2026";

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	/** The window the browser starts with (see {@code --window-size}), and every test ends with. */
	static final Dimension DESKTOP = new Dimension(1280, 900);

	/** An iPhone 12–15 in portrait. */
	static final Dimension PHONE = new Dimension(390, 844);

	static ChromeDriver driver;

	static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			// Surefire reports a class aborted in @BeforeAll as "Tests run: 0" without the reason: say it here.
			System.err.println("Chromium not found at /usr/bin/chromium: browser tests skipped");
		}
		Assumptions.assumeTrue(installed, "Chromium not found at /usr/bin/chromium: browser tests skipped");
		profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--lang=vi", "--force-prefers-reduced-motion",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
			profile = null;
		}
	}

	@BeforeEach
	void freshBrowserState() {
		// Every test starts logged out, in the default language: drop the cookies (session, language choice)
		// of the app's origin, where the previous test left the browser.
		driver.manage().deleteAllCookies();
	}

	/** A test that shrank the window to a phone's leaves the desktop size to the next one, even when it failed. */
	@AfterEach
	void backToDesktopWidth() {
		if (driver != null) {
			driver.manage().window().setSize(DESKTOP);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		driver.get(url(path));
	}

	WebDriverWait waiting() {
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		return waiting().until(condition);
	}

	WebElement visible(String css) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/** Waits until the element's text contains the given text; the element may be swapped by htmx meanwhile. */
	String waitForText(String css, String text) {
		waitUntil(d -> {
			List<WebElement> found = d.findElements(By.cssSelector(css));
			return !found.isEmpty() && found.get(0).getText().contains(text);
		});
		return find(css).getText();
	}

	void waitForPath(String path) {
		waitUntil(d -> pathOf(d.getCurrentUrl()).equals(path));
	}

	String currentPath() {
		return pathOf(driver.getCurrentUrl());
	}

	private static String pathOf(String url) {
		String rest = url.replaceFirst("^https?://[^/]+", "");
		int query = rest.indexOf('?');
		return query < 0 ? rest : rest.substring(0, query);
	}

	/**
	 * Scrolls the element to the middle of the window at once, then clicks it. Bootstrap turns on smooth
	 * scrolling, so a click right after WebDriver's own scrolling can land while the page still moves
	 * ("element click intercepted").
	 */
	void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		element.click();
	}

	/** Clicks the element and waits until the browser has left the current page. */
	void clickAndWaitForNewPage(WebElement element) {
		WebElement html = find("html");
		click(element);
		waitUntil(ExpectedConditions.stalenessOf(html));
		waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	void type(String css, String text) {
		WebElement field = visible(css);
		field.clear();
		field.sendKeys(text);
	}

	void logIn(String username, String password) {
		open("/login");
		type("#username", username);
		type("#password", password);
		clickAndWaitForNewPage(find("#login-submit"));
	}

	/**
	 * The menu, the language links and the user's name share one line at desktop width. Measured once the bar is laid
	 * out expanded (a window still settling from a resize can show the folded bar, whose lists measure zero), and in
	 * one script, so the figures in the message are those the verdict was drawn from.
	 */
	void assertNavigationFitsOnOneLine() {
		waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
				var m = document.querySelector('#mainNav');
				return window.innerWidth >= 1200 && m != null && m.getBoundingClientRect().height > 0;"""));
		String layout = (String) ((JavascriptExecutor) driver).executeScript("""
				var navs = document.querySelectorAll('#mainNav > .navbar-nav');
				var c = document.querySelector('.ocop-navbar > .container');
				var lines = navs.length < 2 ? 1 : (navs[1].getBoundingClientRect().top >= navs[0].getBoundingClientRect().bottom ? 2 : 1);
				var w = function (s) { var e = document.querySelector(s); return e ? Math.round(e.getBoundingClientRect().width) : -1; };
				return lines + (c.scrollWidth > c.clientWidth ? ' overflowing' : '') + ' (window ' + window.innerWidth
					+ ', container ' + w('.ocop-navbar > .container') + ', brand ' + w('.navbar-brand') + ', menu '
					+ w('#mainNav > .navbar-nav') + ', account ' + w('#mainNav > .navbar-nav:last-child') + ', user ' + w('#user-menu')
					+ ', rows ' + Array.prototype.map.call(navs, function (n) { var r = n.getBoundingClientRect();
						return Math.round(r.left) + '..' + Math.round(r.right) + ' x ' + Math.round(r.top) + '..' + Math.round(r.bottom); }).join(' / ')
					+ ', account text ' + JSON.stringify(navs.length ? navs[navs.length - 1].innerText : '') + ')';""");
		assertThat(layout).as("navigation wider than its container: %s", layout).doesNotContain("overflowing");
		assertThat(layout).as("lines of the navigation: %s", layout).startsWith("1 ");
	}

	void logOut() {
		click(visible("#user-menu"));
		WebElement logout = visible("#logout");
		clickAndWaitForNewPage(logout);
	}

	/** Saves a PNG of the browser window to target/screenshots/NAME.png. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	/** A GET with the browser's cookies (its session), outside the browser: for downloads and side checks. */
	HttpResponse<byte[]> fetch(String pathOrUrl) throws IOException, InterruptedException {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : url(pathOrUrl)))
			.header("Cookie", cookies)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A screenshot of the whole page: the window grows to the page's height for the shot, then shrinks back. */
	void fullPageScreenshot(String name) {
		Dimension before = driver.manage().window().getSize();
		Number height = (Number) ((JavascriptExecutor) driver)
			.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
		int target = Math.min(Math.max(height.intValue() + 140, before.getHeight()), 6000);
		driver.manage().window().setSize(new Dimension(before.getWidth(), target));
		try {
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
			screenshot(name);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/** Presses a key (or types text) wherever the focus is. */
	void keys(CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
	}

	/**
	 * Types a date into a date field as a user would: into its first part from its label, then day, month and
	 * year in the order the browser's locale shows them (headless Chromium keeps en-US whatever --lang says).
	 */
	void typeDate(String id, LocalDate date) {
		@SuppressWarnings("unchecked")
		List<String> order = (List<String>) ((JavascriptExecutor) driver).executeScript(
				"return new Intl.DateTimeFormat().formatToParts(new Date(2030, 5, 15))"
						+ ".filter(function (p) { return p.type !== 'literal'; }).map(function (p) { return p.type; });");
		click(find("label[for='" + id + "']"));
		StringBuilder typed = new StringBuilder();
		for (String part : order) {
			typed.append(switch (part) {
				case "day" -> String.format("%02d", date.getDayOfMonth());
				case "month" -> String.format("%02d", date.getMonthValue());
				default -> String.valueOf(date.getYear());
			});
		}
		keys(typed);
		waitUntil(d -> date.toString().equals(d.findElement(By.id(id)).getAttribute("value")));
	}

	/** Waits for the page's confirmation dialog (a form's data-confirm), checks how it starts and accepts it. */
	void acceptConfirmation(String startsWith) {
		Alert alert = waitUntil(ExpectedConditions.alertIsPresent());
		String text = alert.getText();
		if (!text.startsWith(startsWith)) {
			alert.dismiss();
			throw new AssertionError("Confirmation \"" + text + "\" does not start with \"" + startsWith + "\"");
		}
		alert.accept();
	}

	/** Clicks a button that asks first, accepts its confirmation and waits for the page it leads to. */
	void clickConfirmAndWaitForNewPage(WebElement element, String confirmationStart) {
		WebElement html = find("html");
		click(element);
		acceptConfirmation(confirmationStart);
		waitUntil(ExpectedConditions.stalenessOf(html));
		waitUntil(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * The producer's side of filing a dossier in a round: from the round's page to the dossier form, filled in
	 * with the given submitted self-assessment and the Cam bù cooperative's applicant; not saved yet.
	 */
	void fillDossierForm(String round, long selfAssessment) {
		open(round);
		clickAndWaitForNewPage(visible("#dossier-new"));
		new Select(find("#selfAssessmentId")).selectByValue(String.valueOf(selfAssessment));
		type("#applicantName", "Phạm Thị Hoa");
		type("#applicantTitle", "Giám đốc hợp tác xã");
		type("#applicantPhone", "0912 345 678");
		type("#productionAddress", "Thôn Tân Hương, Xã Hương Sơn, Tỉnh Hà Tĩnh");
		type("#productSummary", "Cam bù chín cây trồng trên đất đồi Sơn Kim, vỏ mỏng, vị ngọt thanh.");
	}

	/** The commune's findings on the four local criteria, as the commune officer writes them in these tests. */
	static final Map<String, String> COMMUNE_FINDINGS = Map.of(
			"ORIGIN", "Cam bù trồng tại vùng đồi Sơn Kim của xã viên, có sổ ghi chép vùng trồng.",
			"LABOUR", "Hợp tác xã sử dụng 48 lao động là người trong xã.",
			"IDEA", "Ý tưởng sản phẩm do hợp tác xã xây dựng.",
			"IDENTITY", "Cam bù gắn với vùng thượng nguồn sông Ngàn Phố.");

	/**
	 * The commune officer's assessment on a dossier's page, not saved yet: every format check ticked, the
	 * {@link #COMMUNE_FINDINGS} on the local criteria, each agreeing with the producer, and the conclusion.
	 */
	void fillCommuneAssessment() {
		for (String check : new String[] { "form", "selfAssessment", "samples", "evidence" }) {
			click(find("#check-" + check));
		}
		for (String criterion : List.of("ORIGIN", "LABOUR", "IDEA", "IDENTITY")) {
			type("#finding-" + criterion, COMMUNE_FINDINGS.get(criterion));
			click(find("label[for='agreement-" + criterion + "-AGREE']"));
		}
		type("#conclusion", "Hồ sơ đủ thể thức. Đề nghị tỉnh tổ chức đánh giá, phân hạng.");
	}

	/** The text of a PDF, page after page, in NFC (as the reports write it). */
	static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
			}
			return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
		}
		finally {
			reader.close();
		}
	}

}
