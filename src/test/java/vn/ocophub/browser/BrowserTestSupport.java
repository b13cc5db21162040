package vn.ocophub.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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

}
